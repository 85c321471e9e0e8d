using System.Text.RegularExpressions;

namespace ImrDsl.Domain.Tests;

/// <summary>Every ```imr example in grammar/README.md checks as the page says it does, through the same check as `imr check`.</summary>
public class GrammarReadmeTests
{
    public static IEnumerable<object[]> Examples()
    {
        var text = File.ReadAllText(Path.Combine(Letters.Root, "grammar", "README.md")).Replace("\r\n", "\n");
        var pattern = new Regex(@"(?:<!-- must fail: (?<ids>[A-Z0-9, ]+) -->\n)?```imr\n(?<code>.*?)```", RegexOptions.Singleline);
        var index = 0;
        foreach (Match match in pattern.Matches(text))
        {
            var line = text[..match.Index].Count(c => c == '\n') + 1;
            yield return new object[] { $"example {++index} (README.md line {line})", match.Groups["code"].Value, match.Groups["ids"].Value };
        }
    }

    [Fact]
    public void The_reference_has_passing_and_failing_examples()
    {
        var examples = Examples().ToList();
        Assert.True(examples.Count >= 15, $"only {examples.Count} examples found");
        Assert.Contains(examples, e => ((string)e[2]).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_checks_as_documented(string name, string code, string expectedIds)
    {
        var file = new ImrDsl.Text.SourceFile(Path.Combine(Letters.Root, "grammar", "README.md.imr"), code);
        // An example that declares rules checks its own documents with them, as `imr check` does.
        var diagnostics = CaseValidation.CheckFile(file, StandardLibrary.Files);
        // The reference documents the language's own diagnostics; the checker's rules (IMR000-IMR099) also run on
        // these partial cases but are documented by `imr explain`, so they are not part of an example's contract.
        var language = diagnostics.Where(d => !d.Id.StartsWith("IMR0", StringComparison.Ordinal)).ToList();
        var actual = language.Select(d => d.Id).OrderBy(id => id).ToList();
        var expected = expectedIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(id => id).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join("; ", language)}]");
    }
}
