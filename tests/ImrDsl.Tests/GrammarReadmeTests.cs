using System.Text.RegularExpressions;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using ImrDsl.Syntax;

namespace ImrDsl.Tests;

/// <summary>Every ```imr example in grammar/README.md checks as the page says it does.</summary>
public class GrammarReadmeTests
{
    private static readonly IReadOnlyList<ImrFileSyntax> Std = Repo.StdFiles.Select(p => ImrParser.Parse(p, File.ReadAllText(p))).ToList();

    public static IEnumerable<object[]> Examples()
    {
        var text = File.ReadAllText(Repo.PathOf("grammar", "README.md")).Replace("\r\n", "\n");
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
        var compilation = ImrCompilation.FromDisk(new[] { new ImrDsl.Text.SourceFile(Repo.PathOf("grammar", "README.md.imr"), code) }, Std);
        var actual = compilation.Diagnostics.Select(d => d.Id).OrderBy(id => id).ToList();
        var expected = expectedIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(id => id).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join("; ", compilation.Diagnostics)}]");
    }
}
