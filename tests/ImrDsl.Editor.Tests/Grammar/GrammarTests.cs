using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrDsl.Editor.Tests.Grammar;

/// <summary>
/// grammar/imr.tmLanguage.json, run through the tokenizer VS Code itself uses (vscode-textmate with vscode-oniguruma),
/// on every example of grammar/README.md and every file of grammar/std, against the scopes in expected-scopes.json.
/// </summary>
public sealed class GrammarTests
{
    private static readonly string GrammarPath = Path.Combine(NodeTools.RepoRoot, "grammar", "imr.tmLanguage.json");
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazySources = new(LoadSources);
    private static readonly Lazy<IReadOnlyDictionary<string, Tokenized>> LazyTokens = new(() => Tokenize(LazySources.Value));

    public static IEnumerable<object[]> Sources() => LazySources.Value.Keys.Select(k => new object[] { k });

    [Fact]
    public void Every_example_and_std_file_has_expected_scopes_and_no_expectation_is_stale()
    {
        var expected = ExpectedScopes().Keys.ToHashSet();
        var missing = LazySources.Value.Keys.Where(k => !expected.Contains(k)).ToList();
        var stale = expected.Where(k => !LazySources.Value.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "no expected scopes for: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "expected scopes for sources that no longer exist: " + string.Join(", ", stale));
        Assert.True(LazySources.Value.Count >= 20, $"only {LazySources.Value.Count} sources were found");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Tokens_carry_the_expected_scopes(string source)
    {
        var tokens = LazyTokens.Value[source].Tokens;
        var expectations = ExpectedScopes()[source];
        Assert.NotEmpty(expectations);
        var next = 0;
        foreach (var (text, scope) in expectations)
        {
            var index = tokens.FindIndex(next, t => t.Text == text);
            Assert.True(index >= 0, $"{source}: no token '{text}' after line {(next > 0 ? tokens[next - 1].Line : 1)}");
            var token = tokens[index];
            Assert.True(token.Scopes.Contains(scope),
                $"{source} line {token.Line}: '{text}' has scopes [{string.Join(", ", token.Scopes)}], expected {scope}");
            next = index + 1;
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_region_closes_and_nothing_is_marked_illegal(string source)
    {
        var tokenized = LazyTokens.Value[source];
        Assert.False(tokenized.OpenAtEnd, $"{source}: a string, comment or block is still open after the last line");
        Assert.Empty(tokenized.Tokens.Where(t => t.Scopes.Any(s => s.StartsWith("invalid", StringComparison.Ordinal))).Select(t => $"{t.Line}: {t.Text}"));
        // Every non-blank token is something more than plain source, except the text between tokens of a record body (': ').
        Assert.Empty(tokenized.Tokens.Where(t => t.Text.Trim().Length > 0 && t.Scopes.Count == 1 && t.Text.Trim() != ":").Select(t => $"{t.Line}: '{t.Text}'"));
    }

    /// <summary>Cases the examples do not show, each with the scope the language's lexical rules call for.</summary>
    [Theory]
    [InlineData("x = \"a \\q b\"", "\\q", "invalid.illegal.escape.imr")]
    [InlineData("x = \"tab\\tand \\u00e9\"", "\\u00e9", "constant.character.escape.imr")]
    [InlineData("x = \"tab\\tand \\u00e9\"", "\\t", "constant.character.escape.imr")]
    [InlineData("x = \"\"\"\n  no \\n escapes in a text block\n  \"\"\"", "  no \\n escapes in a text block", "string.quoted.triple.imr")]
    [InlineData("x = \"case { y = 1 }\"", "case { y = 1 }", "string.quoted.double.imr")]
    [InlineData("x = \"not closed\ny = 2", "y", "entity.other.attribute-name.imr")]
    [InlineData("x = \"not closed\ny = 2", "2", "constant.numeric.integer.imr")]
    [InlineData("//// four slashes", "///", "comment.line.documentation.imr")]
    [InlineData("x = 1 // trailing", " trailing", "comment.line.double-slash.imr")]
    [InlineData("/* a\n case { */ y = 1", " case { ", "comment.block.imr")]
    [InlineData("/* a\n case { */ y = 1", "y", "entity.other.attribute-name.imr")]
    [InlineData("pages = 13-16, 43-44", "43", "constant.numeric.page-range.imr")]
    [InlineData("age = 123456789", "123456789", "constant.numeric.integer.imr")]
    [InlineData("when = 2015-03-17", "2015-03-17", "constant.numeric.date.imr")]
    [InlineData("require = not (present(a) or b.c)", "or", "keyword.operator.logical.imr")]
    [InlineData("require = not (present(a) or b.c)", "b.c", "variable.other.imr")]
    [InlineData("require = not-a-predicate(a)", "not-a-predicate", "entity.name.function.imr")]
    [InlineData("record R {\n  a: Outcome+\n}", "+", "keyword.operator.cardinality.imr")]
    [InlineData("record R {\n  a: Outcome?\n}", "?", "keyword.operator.cardinality.imr")]
    [InlineData("record R\n{\n  a: integer\n}", "integer", "support.type.primitive.imr")]
    [InlineData("enum E {\n  a \"A\"\n}\ncase { outcome = a }", "case", "entity.name.tag.imr")]
    public void Lexical_edge_cases(string text, string tokenText, string scope)
    {
        var tokens = Tokenize(new Dictionary<string, string> { ["edge"] = text })["edge"].Tokens;
        var token = tokens.FirstOrDefault(t => t.Text == tokenText);
        Assert.True(token is not null, $"no token '{tokenText}' in: {string.Join(" | ", tokens.Select(t => t.Text))}");
        Assert.Contains(scope, token!.Scopes);
    }

    private static IReadOnlyDictionary<string, string> LoadSources()
    {
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var readme = File.ReadAllText(Path.Combine(NodeTools.RepoRoot, "grammar", "README.md")).Replace("\r\n", "\n");
        var section = "(top)";
        var counts = new Dictionary<string, int>();
        foreach (Match m in Regex.Matches(readme, @"^## (?<heading>[^\n]+)$|^```imr\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            if (m.Groups["heading"].Success) { section = m.Groups["heading"].Value.Trim(); continue; }
            counts[section] = counts.GetValueOrDefault(section) + 1;
            sources[$"README: {section} #{counts[section]}"] = m.Groups["code"].Value;
        }
        foreach (var file in Directory.GetFiles(Path.Combine(NodeTools.RepoRoot, "grammar", "std"), "*.imr"))
            sources["std/" + Path.GetFileName(file)] = File.ReadAllText(file);
        return sources;
    }

    private static Dictionary<string, List<(string Text, string Scope)>> ExpectedScopes()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(NodeTools.RepoRoot, "tests", "ImrDsl.Editor.Tests", "Grammar", "expected-scopes.json")));
        return document.RootElement.EnumerateObject().Where(p => p.Name != "//").ToDictionary(
            p => p.Name,
            p => p.Value.EnumerateArray().Select(pair => (pair[0].GetString()!, pair[1].GetString()!)).ToList());
    }

    private sealed record Token(int Line, string Text, IReadOnlyList<string> Scopes);

    private sealed record Tokenized(List<Token> Tokens, bool OpenAtEnd);

    private static IReadOnlyDictionary<string, Tokenized> Tokenize(IReadOnlyDictionary<string, string> sources)
    {
        var result = NodeTools.Node("tokenize.js", JsonSerializer.Serialize(sources), TimeSpan.FromMinutes(2), GrammarPath);
        Assert.True(result.ExitCode == 0, $"tokenize.js failed:\n{result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => new Tokenized(
                p.Value.GetProperty("tokens").EnumerateArray().Select(t => new Token(
                    t.GetProperty("line").GetInt32(), t.GetProperty("text").GetString()!,
                    t.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToList())).ToList(),
                p.Value.GetProperty("openAtEnd").GetBoolean()));
    }
}
