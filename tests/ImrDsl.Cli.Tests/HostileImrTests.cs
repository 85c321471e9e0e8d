using System.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Hostile .imr files under the real imr process: conditions of tens of thousands of terms, long `not` chains,
/// huge lists, floods of doc comments, and a user's own regular expressions that do not compile or backtrack.
/// Each ends within the harness's bounds; the user's mistakes are IMR2xx findings with a line, never IMR901.
/// </summary>
public class HostileImrTests
{
    private static string Rule(string condition) => $$"""
        record R {
          service: text
        }

        rule X001 big {
          severity = error
          applies-to = R
          at = service
          require = {{condition}}
          message = "m"
          summary = "s"
          why = "w"
          failing = "f"
          passing = "p"
          suppress = "x"
        }

        """;

    public static TheoryData<string, string> Expressions => new()
    {
        { "or-chain", string.Join(" or ", Enumerable.Repeat("present(service)", 50_000)) },
        { "and-chain", string.Join(" and ", Enumerable.Repeat("non-empty(service)", 30_000)) },
        { "not-chain", string.Concat(Enumerable.Repeat("not ", 30_000)) + "present(service)" },
        { "mixed", string.Join(" or ", Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? "not present(service) and present(service)" : "present(service)")) },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Very_long_conditions_are_checked_and_formatted_without_exhausting_the_stack(string name, string condition)
    {
        using var temp = new TempFolder();
        temp.File($"{name}.imr", Rule(condition).Replace("record R {\n  service: text\n}", "record   R {\n  service: text\n}"));

        var check = HostileHarness.Run(temp.Path, "check", $"{name}.imr");
        Assert.Equal(0, check.ExitCode);

        var format = HostileHarness.Run(temp.Path, "fmt", $"{name}.imr");
        Assert.Equal(0, format.ExitCode);
        var formatted = File.ReadAllText(Path.Combine(temp.Path, $"{name}.imr"));
        Assert.Contains("record R {", formatted);
        // Formatting is idempotent even at this size, and the condition survives whole.
        Assert.Equal(0, HostileHarness.Run(temp.Path, "fmt", "--check", $"{name}.imr").ExitCode);
        Assert.Contains($"require = {condition}", formatted);
    }

    [Fact]
    public void Floods_of_doc_comments_and_huge_lists_end_in_seconds_or_are_refused_as_too_large()
    {
        using var temp = new TempFolder();
        var docs = new StringBuilder();
        for (var i = 0; i < 140_000; i++) docs.Append("/// a line of documentation\n");
        temp.File("docs.imr", docs + "record R {\n  service: text\n}\n");
        var flood = new StringBuilder();
        for (var i = 0; i < 1_000_000; i++) flood.Append("///  doc line\n");
        temp.File("flood.imr", flood + "record R {\n  service: text\n}\n");
        temp.File("list.imr", "record R {\n  tags: text*\n}\n\nrecord D as doc {\n  r: R\n}\n\ndoc {\n  r {\n    tags = [" +
            string.Join(", ", Enumerable.Repeat("\"t\"", 200_000)) + "]\n  }\n}\n");

        var result = HostileHarness.Run(temp.Path, "check", "docs.imr", "flood.imr", "list.imr");

        Assert.Contains("flood.imr:1:1: error IMR000: the file cannot be read: it is larger than 4 MB", result.Stdout);
        Assert.DoesNotContain("docs.imr:", result.Stdout);
        Assert.DoesNotContain("IMR901", result.Stdout);
        Assert.Contains("Checked 3 files:", result.Stdout);
    }

    [Fact]
    public void A_users_bad_or_backtracking_pattern_is_IMR208_at_its_line_never_IMR901()
    {
        using var temp = new TempFolder();
        temp.File("patterns.imr", """
            record Note as note {
              claim: text label pattern "^(a+)+$"
              code: text pattern "(((("
            }

            note "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" {
              code = "x"
            }

            note "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" {
              code = "y"
            }

            """);

        var result = HostileHarness.Run(temp.Path, "check", "patterns.imr");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("IMR901", result.Stdout);
        Assert.Contains("patterns.imr:3:22: error IMR208: this pattern is not a valid regular expression", result.Stdout);
        Assert.Contains("patterns.imr:6:6: error IMR208: the pattern of claim, ^(a+)+$, took too long on this value and was not checked", result.Stdout);
    }
}
