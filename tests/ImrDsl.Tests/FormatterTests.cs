using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Formatting;
using ImrDsl.Parsing;
using ImrDsl.Syntax;

namespace ImrDsl.Tests;

public class FormatterTests
{
    public static IEnumerable<object[]> RepositoryFiles()
        => Repo.StdFiles.Concat(Directory.GetFiles(Repo.PathOf("examples", "cases"), "*.imr"))
            .Where(p => !p.EndsWith("mistakes.imr", StringComparison.Ordinal))
            .Select(p => new object[] { Path.GetRelativePath(Repo.Root, p) });

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Formatting_keeps_the_meaning_and_is_idempotent(string relativePath)
        => AssertRoundTrip(File.ReadAllText(Repo.PathOf(relativePath)));

    [Fact]
    public void Comments_are_kept_in_place()
    {
        const string text = "// head\nnamespace A\n\n/// Docs.\nenum E { // trailing\n  a \"A\" // after a\n  /* before b */ b \"B\"\n}\n// tail\n";
        var formatted = ImrFormatter.Format("t.imr", text)!;
        Assert.Equal("// head\nnamespace A\n\n/// Docs.\nenum E { // trailing\n  a \"A\" // after a\n  /* before b */\n  b \"B\"\n}\n\n// tail\n", formatted);
        AssertRoundTrip(text);
    }

    /// <summary>
    /// A comment among a list's items stays beside its item wherever it stands: before the first, between two, after
    /// the last, trailing an item, in a short list or a long one. Written on one line, the list moved them after itself.
    /// </summary>
    [Theory]
    [InlineData("[\n    // before One\n    \"One\",\n    \"Two\",\n  ]")]
    [InlineData("[\"One\", // after One\n \"Two\"]")]
    [InlineData("[\"One\",\n /* before Two */ \"Two\"]")]
    [InlineData("[\"One\", \"Two\"\n  // before ]\n]")]
    [InlineData("[ // before One\n \"One\"]")]
    [InlineData("[\n // before One\n \"One\", // after One\n // before Two\n \"Two\", // after Two\n // before Three\n \"Three\" /* after Three */\n]")]
    public void A_comment_in_a_list_stays_beside_its_item(string list)
    {
        var text = $"namespace A\n\nguideline G {{\n  title = \"G\"\n  aliases = {list}\n}}\n";
        var formatted = ImrFormatter.Format("t.imr", text)!;
        var lines = formatted.Split('\n');
        foreach (var comment in ImrParser.Parse("t.imr", text).Comments)
        {
            var words = comment.Text.Trim('/', '*', ' ').Split(' ');
            var at = Array.FindIndex(lines, l => l.Contains(comment.Text, StringComparison.Ordinal));
            Assert.True(at >= 0, $"'{comment.Text}' is lost:\n{formatted}");
            var neighbour = words[0] == "before" ? lines[at + 1].Trim() : lines[at].Replace(comment.Text, "").Trim();
            var item = words[1] == "]" ? "]" : $"\"{words[1]}\"";
            Assert.True(neighbour.StartsWith(item, StringComparison.Ordinal), $"'{comment.Text}' is beside '{neighbour}', not {item}:\n{formatted}");
        }
        AssertRoundTrip(text);
    }

    [Fact]
    public void Layout_is_canonical()
    {
        var formatted = ImrFormatter.Format("t.imr", "record   R as case{a:text* required   pattern \"x\"\nb : integer range 1..2}  case \"x\"{a=[\"p\",\"q\"] }")!;
        Assert.Equal("record R as case {\n  a: text* required pattern \"x\"\n  b: integer range 1..2\n}\n\ncase \"x\" {\n  a = [\"p\", \"q\"]\n}\n", formatted);
    }

    /// <summary>A nested block the author wrote on one line with one attribute stays so when it fits; anything else is expanded.</summary>
    [Theory]
    [InlineData("  topic \"Pain\" { aliases = [\"Pain\"] }\n", "  topic \"Pain\" { aliases = [\"Pain\"] }\n")]
    [InlineData("  topic \"Pain\"{aliases=[\"Pain\"]}\n", "  topic \"Pain\" { aliases = [\"Pain\"] }\n")]
    [InlineData("  topic \"Pain\" {\n aliases = [\"Pain\"] }\n", "  topic \"Pain\" {\n    aliases = [\"Pain\"]\n  }\n")]
    [InlineData("  topic \"Pain\" { pages = 1 aliases = [\"Pain\"] }\n", "  topic \"Pain\" {\n    pages = 1\n    aliases = [\"Pain\"]\n  }\n")]
    [InlineData("  topic \"Pain\" { /* c */ pages = 1 }\n", "  topic \"Pain\" { /* c */\n    pages = 1\n  }\n")]
    [InlineData("  topic \"Pain\" { note { pages = 1 } }\n", "  topic \"Pain\" {\n    note { pages = 1 }\n  }\n")]
    [InlineData("  topic \"A topic whose title is long\" { aliases = [\"First alias of some length\", \"Second alias of some length\"] }\n",
        "  topic \"A topic whose title is long\" {\n    aliases = [\"First alias of some length\", \"Second alias of some length\"]\n  }\n")]
    public void Short_one_line_blocks_stay_on_one_line(string member, string expected)
    {
        var formatted = ImrFormatter.Format("t.imr", "guideline G {\n  title = \"G\"\n" + member + "}\n")!;
        Assert.Equal("guideline G {\n  title = \"G\"\n" + expected + "}\n", formatted);
        AssertRoundTrip(formatted);
    }

    [Fact]
    public void Top_level_blocks_are_expanded_even_when_written_on_one_line()
        => Assert.Equal("case {\n  priority = \"Standard\"\n}\n", ImrFormatter.Format("t.imr", "case { priority = \"Standard\" }"));

    [Fact]
    public void One_blank_line_between_members_is_kept_and_more_become_one()
    {
        const string text = "guideline G {\n\n  title = \"G\"\n  page-count = 9\n\n\n  // topics\n  topic \"A\" {\n    pages = 1\n\n    aliases = [\"a\"] // a\n  }\n}\n";
        var formatted = ImrFormatter.Format("t.imr", text)!;
        Assert.Equal("guideline G {\n  title = \"G\"\n  page-count = 9\n\n  // topics\n  topic \"A\" {\n    pages = 1\n\n    aliases = [\"a\"] // a\n  }\n}\n", formatted);
        AssertRoundTrip(text);
    }

    [Fact]
    public void Files_with_syntax_errors_are_not_formatted()
        => Assert.Null(ImrFormatter.Format("t.imr", "enum E { a = }"));

    [Fact]
    public void Generated_documents_round_trip()
    {
        Prop.ForAll(Documents.ToArbitrary(), text =>
        {
            AssertRoundTrip(text);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static void AssertRoundTrip(string text)
    {
        var original = ImrParser.Parse("in.imr", text);
        Assert.Empty(original.Diagnostics);
        var once = ImrFormatter.Format(original);
        Assert.NotNull(once);
        var reparsed = ImrParser.Parse("out.imr", once!);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal(SyntaxDump.Write(original), SyntaxDump.Write(reparsed));
        Assert.Equal(original.Comments.Count, reparsed.Comments.Count);
        Assert.Equal(once, ImrFormatter.Format(reparsed));
    }

    // ---- a generator of valid documents with random layout and comments ----

    private static readonly Gen<string> Space = Gen.Elements(" ", "  ", "\n", " \n  ", "\t", " /* c */ ", " // c\n");
    private static readonly Gen<string> Name = Gen.Elements("a", "topic", "non-empty", "x_1", "case-number", "Outcome", "upheld");
    private static readonly Gen<string> Text = Gen.Elements("\"\"", "\"plain\"", "\"with \\\"quotes\\\" and \\\\\"", "\"tab\\there\"", "\"\"\"\n  one\n    two\n  \"\"\"");
    private static readonly Gen<string> Numeric = Gen.Elements("64", "63-66", "13-16, 43-44", "2015-03-17", "1,2", "0..120");

    private static Gen<string> Value(int depth)
    {
        var leaf = Gen.OneOf(Text, Numeric, Name);
        if (depth <= 0) return leaf;
        var list = from items in Gen.ListOf(Gen.OneOf(Text, Name)).Select(l => l.Take(4))
                   from sp in Space
                   select "[" + sp + string.Join("," + sp, items) + "]";
        var call = from f in Name from args in Gen.ListOf(Gen.OneOf(Name, Text)).Select(l => l.Take(3)) select $"{f}({string.Join(", ", args)})";
        var logic = from l in call from op in Gen.Elements(" and ", " or ", " and not ") from r in call from paren in Gen.Elements(true, false)
                    select paren ? $"({l}{op}{r})" : $"{l}{op}{r}";
        return Gen.OneOf(leaf, list, call, logic);
    }

    private static Gen<string> Member(int depth)
    {
        var attribute = from n in Name from sp in Space from v in Value(1) select $"{n}{sp}={sp}{v}";
        if (depth <= 0) return attribute;
        var block = from n in Name
                    from label in Gen.Elements("", " \"L\"", " reviewer")
                    from members in Gen.ListOf(Member(depth - 1)).Select(l => l.Take(3))
                    from sp in Space
                    select $"{n}{label} {{{sp}{string.Join(sp, members)}{sp}}}";
        var bare = from n in Name select $"{n} \"Display\"";
        return Gen.OneOf(attribute, attribute, block, bare);
    }

    private static readonly Gen<string> Field =
        from n in Name
        from t in Gen.Elements("text", "integer", "date", "pages", "Outcome")
        from c in Gen.Elements("", "*", "+")
        from o in Gen.Elements("", " required", " non-empty label", " pattern \"^a$\"", " range 1..9", " as item")
        select $"{n}: {t}{c}{o}";

    private static readonly Gen<string> Declaration = Gen.OneOf(
        from n in Name from ms in Gen.ListOf(Member(2)).Select(l => l.Take(4)) from sp in Space select $"enum {n} {{{sp}{string.Join("\n", ms)}{sp}}}",
        from n in Name from fs in Gen.ListOf(Field).Select(l => l.Take(5)) from k in Gen.Elements("", " as case") select $"record {n}{k} {{\n{string.Join("\n", fs)}\n}}",
        from n in Name from ms in Gen.ListOf(Member(2)).Select(l => l.Take(4)) select $"guideline {n} {{ {string.Join(" ", ms)} }}",
        from ms in Gen.ListOf(Member(2)).Select(l => l.Take(4)) select $"rule IMR123 some-rule {{\n{string.Join("\n", ms)}\n}}",
        from n in Name from ms in Gen.ListOf(Member(3)).Select(l => l.Take(4)) from label in Gen.Elements("", " \"CM13-0068515\"") select $"case{label} {{\n{string.Join("\n", ms)}\n}}");

    private static readonly Gen<string> Documents =
        from header in Gen.Elements("", "namespace Imr.Test\n", "namespace A\nuse \"x.imr\"\n")
        from declarations in Gen.ListOf(Declaration).Select(l => l.Take(5))
        from sp in Space
        select header + sp + string.Join("\n" + sp, declarations) + "\n";
}
