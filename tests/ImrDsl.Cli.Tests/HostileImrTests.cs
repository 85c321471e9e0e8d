using System.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Hostile .imr files under the real imr process: conditions of tens of thousands of terms, long `not` chains,
/// huge lists, floods of doc comments, and a user's own regular expressions that do not compile or backtrack.
/// Each ends within the harness's bounds; the user's mistakes are IMR2xx findings with a line, never IMR901.
/// </summary>
public class HostileImrTests
{
    /// <summary>A rule on R whose condition is given, and a case document with one R whose s is "x", so the rule is evaluated.</summary>
    private static string Rule(string condition) => $$"""
        record R {
          s: text
        }

        record D as doc {
          r: R
        }

        rule X001 big {
          severity = error
          applies-to = R
          at = s
          require = {{condition}}
          message = "m"
          summary = "s"
          why = "w"
          failing = "f"
          passing = "p"
          suppress = "x"
        }

        doc {
          r {
            s = "x"
          }
        }

        """;

    private static string Repeat(string term, string join, int count) => string.Join(join, Enumerable.Repeat(term, count));

    /// <summary>
    /// Conditions up to the 4 MB a file may hold, each nesting one level per operator in the syntax, and whether the
    /// rule holds for the document (s is present). Only the last term of each chain decides, so every term is asked;
    /// a run of `not`s holds when it is even. At this size each overflowed the stack before the model became flat
    /// (the process ended with "Stack overflow"); 50,000 terms already did in a Debug build.
    /// </summary>
    public static TheoryData<string, string, bool> Expressions => new()
    {
        { "or-chain", Repeat("not present(s)", " or ", 200_000) + " or present(s)", true },
        { "or-chain-failing", Repeat("not present(s)", " or ", 200_000), false },
        { "and-chain", Repeat("present(s)", " and ", 250_000) + " and not present(s)", false },
        { "and-chain-holding", Repeat("present(s)", " and ", 250_000), true },
        { "not-chain-even", string.Concat(Enumerable.Repeat("not ", 900_000)) + "present(s)", true },
        { "not-chain-odd", string.Concat(Enumerable.Repeat("not ", 900_001)) + "present(s)", false },
        { "mixed", string.Join(" or ", Enumerable.Range(0, 100_000).Select(i => i % 3 == 0 ? "not present(s) and present(s)" : "not not not present(s)")), false },
        { "nested-chains", Repeat("(" + Repeat("not present(s)", " or ", 1_000) + ") and present(s)", " or ", 150) + " or present(s)", true },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Conditions_as_long_as_a_file_may_be_are_checked_evaluated_and_formatted_without_exhausting_the_stack(string name, string condition, bool holds)
    {
        using var temp = new TempFolder();
        var source = Rule(condition);
        Assert.True(Encoding.UTF8.GetByteCount(source) < 4 * 1024 * 1024, "the file must be within imr's limit, or it is refused unread");
        temp.File($"{name}.imr", source.Replace("record R {\n  s: text\n}", "record   R {\n  s: text\n}"));

        var check = HostileHarness.Run(temp.Path, "check", $"{name}.imr");
        Assert.Equal(holds ? 0 : 1, check.ExitCode);
        Assert.Equal(holds ? 0 : 1, check.Stdout.Split('\n').Count(line => line.Contains("error X001: m")));
        Assert.DoesNotContain("IMR901", check.Stdout);

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
