using ImrDsl.Diagnostics;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using ImrDsl.Syntax;

namespace ImrDsl.Tests;

public class ParserTests
{
    private static readonly IReadOnlyList<ImrFileSyntax> Std = Repo.StdFiles.Select(p => ImrParser.Parse(p, File.ReadAllText(p))).ToList();

    private static IReadOnlyList<Diagnostic> Check(string text, string path = "test.imr")
        => ImrCompilation.Create(new[] { ImrParser.Parse(path, text) }, Std).Diagnostics;

    [Fact]
    public void Syntax_errors_in_separate_members_are_each_reported_once()
    {
        const string text = """
            guideline G {
              title = "G"
              aliases = ["a" "b"]
              page-count = 12
              topic "T" {
                pages = 1-
              }
            }
            record R {
              a: text
              b: : text
              c: integer
            }
            """;
        var diagnostics = ImrParser.Parse("t.imr", text).Diagnostics;
        Assert.Equal(new[] { (3, 18), (6, 14), (11, 6) }, diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(diagnostics, d => Assert.Equal("IMR101", d.Id));
        Assert.Equal("expected ',' or ']', found a string", diagnostics[0].Message);
    }

    [Fact]
    public void A_misspelled_keyword_is_reported_once_with_a_suggestion()
    {
        var diagnostics = ImrParser.Parse("t.imr", "recrod Foo {\n  a: text\n}\nrecord Bar {\n  b: text\n}\n").Diagnostics;
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("IMR105", 1, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("unknown keyword 'recrod'; did you mean 'record'?", diagnostic.Message);
    }

    [Fact]
    public void A_second_namespace_is_an_error_not_silently_dropped()
    {
        var file = ImrParser.Parse("t.imr", "namespace A\nenum E { a \"A\" }\nnamespace B\n");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("IMR101", 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("A", file.Namespace!.Text);
        Assert.Null(ImrDsl.Formatting.ImrFormatter.Format(file));
    }

    [Fact]
    public void An_unclosed_block_is_reported_at_its_opening_brace()
    {
        var file = ImrParser.Parse("t.imr", "guideline G {\n  title = \"G\"\n  topic \"T\" {\n    pages = 1\n");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("IMR107", 3, 13), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Unterminated_strings_and_comments_have_their_own_ids()
    {
        Assert.Equal("IMR102", Assert.Single(ImrParser.Parse("t.imr", "enum E {\n  a \"A\n}\n").Diagnostics).Id);
        Assert.Equal("IMR103", Assert.Single(ImrParser.Parse("t.imr", "enum E { a \"A\" }\n/* open").Diagnostics).Id);
        Assert.Equal("IMR104", ImrParser.Parse("t.imr", "rule R x {\n  why = \"\"\"\n  text\n}\n").Diagnostics[0].Id);
    }

    [Fact]
    public void Numbers_ranges_lists_dates_and_intervals_are_told_apart()
    {
        var file = ImrParser.Parse("t.imr", "case {\n a = 64\n b = 63-66\n c = 13-16, 43-44\n d = 2015-03-17\n e = 0..120\n}\n");
        Assert.Empty(file.Diagnostics);
        Assert.Equal("(block case {(= a (pages 64))(= b (pages 63-66))(= c (pages 13-16 43-44))(= d 2015-03-17)(= e 0..120)})", SyntaxDump.Write(file));
    }

    [Fact]
    public void Text_blocks_lose_their_common_indentation()
    {
        var file = ImrParser.Parse("t.imr", "case {\n  r = \"\"\"\n      first\n        second\n      \"\"\"\n}\n");
        var attribute = (AttributeSyntax)((BlockSyntax)file.Declarations[0]).Body!.Members[0];
        Assert.Equal("first\n  second", ((StringSyntax)attribute.Value).Value);
    }

    [Fact]
    public void Conditions_parse_with_precedence_and_not_chains()
    {
        var file = ImrParser.Parse("t.imr", "rule R r { require = not a(x) or b(y) and not not c(z) }");
        Assert.Empty(file.Diagnostics);
        Assert.Equal("(rule R r {(= require (or (not (call a x)) (and (call b y) (not (not (call c z))))))})", SyntaxDump.Write(file));
    }

    [Fact]
    public void Semantic_errors_suggest_near_names()
    {
        var diagnostics = Check("record R {\n  a: Outcom\n}\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("IMR201", diagnostic.Id);
        Assert.Contains("did you mean 'Outcome'?", diagnostic.Message);
    }

    /// <summary>
    /// A predicate's optional argument (conclusion-agrees' service) may be given or left out; fewer or more arguments are
    /// an error that says how many it takes.
    /// </summary>
    [Theory]
    [InlineData("conclusion-agrees(rationale, outcome)", null)]
    [InlineData("conclusion-agrees(rationale, outcome, service)", null)]
    [InlineData("conclusion-agrees(rationale)", "'conclusion-agrees' takes 2 to 3 arguments, not 1")]
    [InlineData("conclusion-agrees(rationale, outcome, service, service)", "'conclusion-agrees' takes 2 to 3 arguments, not 4")]
    [InlineData("conclusion-agrees(rationale, outcome, outcome)", "argument 3 of 'conclusion-agrees' must be a text field")]
    [InlineData("non-empty(rationale, service)", "'non-empty' takes 1 argument, not 2")]
    // An enum given by its name, whose members' names name items.
    [InlineData("conclusion-names-item(rationale, service, outcome)", null)]
    [InlineData("conclusion-names-item(rationale, service, outcome, Medicine)", null)]
    [InlineData("conclusion-names-item(rationale, service, outcome, Medicin)", "argument 4 of 'conclusion-names-item' must name an enum; did you mean 'Medicine'?")]
    [InlineData("conclusion-names-item(rationale, service, outcome, \"Medicine\")", "argument 4 of 'conclusion-names-item' must name an enum")]
    public void Optional_arguments_may_be_left_out_and_no_more(string call, string? error)
    {
        var diagnostics = Check($"rule HSE100 r {{\n  applies-to = DisputedItem\n  summary = \"s\"\n  require = {call}\n  message = \"m\"\n}}\n");
        if (error is null) Assert.Empty(diagnostics);
        else Assert.Contains(error, Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Duplicate_declarations_across_files_are_reported()
    {
        var diagnostics = Check("enum Outcome {\n  yes \"Yes\"\n}\n");
        Assert.Equal("IMR202", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void One_hundred_thousand_nested_blocks_end_in_one_clear_diagnostic()
    {
        const int depth = 100_000;
        var text = string.Concat(Enumerable.Repeat("case { item {", depth / 2)) + string.Concat(Enumerable.Repeat("} }", depth / 2));
        var file = ImrParser.Parse("deep.imr", text);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("IMR106", diagnostic.Id);
        Assert.Contains("nested more than 64 levels", diagnostic.Message);
    }

    [Fact]
    public void Deep_parentheses_and_long_not_chains_do_not_overflow_the_stack()
    {
        var parens = "rule R r { require = " + new string('(', 100_000) + "a(x)" + new string(')', 100_000) + " }";
        Assert.Equal("IMR106", Assert.Single(ImrParser.Parse("p.imr", parens).Diagnostics).Id);
        var nots = "rule R r { require = " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "a(x) }";
        Assert.Empty(ImrParser.Parse("n.imr", nots).Diagnostics);
    }

    [Fact]
    public void A_fifty_megabyte_input_is_refused_with_a_diagnostic()
    {
        var text = new string(' ', 50 * 1024 * 1024);
        var diagnostic = Assert.Single(ImrParser.Parse("huge.imr", text).Diagnostics);
        Assert.Equal("IMR109", diagnostic.Id);
        Assert.Contains("50.0 MB", diagnostic.Message);
    }

    [Fact]
    public void Garbage_input_never_throws()
    {
        var random = new Random(12345);
        const string alphabet = "{}[]()\"=:,.-+*?/ \n\tabcdez019\\";
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var file = ImrParser.Parse("g.imr", new string(chars));
            Assert.All(file.Diagnostics, d => Assert.DoesNotContain("IMR9", d.Id));
            _ = ImrCompilation.Create(new[] { file }, Std);
        }
    }

    [Fact]
    public void Example_case_documents_check_clean()
    {
        foreach (var name in new[] { "seed-000.imr", "seed-002.imr", "seed-003.imr" })
        {
            var path = Repo.PathOf("examples", "cases", name);
            Assert.Empty(Check(File.ReadAllText(path), name).Select(d => d.ToString()));
        }
    }
}
