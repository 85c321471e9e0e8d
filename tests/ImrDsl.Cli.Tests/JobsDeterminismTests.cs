using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The report never depends on how many files are checked at once (issue 10): over every example letter, one job,
/// several jobs and the default give the same bytes and exit code in every format. The HTML report names the
/// minute it was made, which is masked; nothing else is.
/// </summary>
public class JobsDeterminismTests
{
    public static TheoryData<string> Formats() => new() { "text", "json", "sarif", "github", "html" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void One_job_and_many_give_the_same_report(string format)
    {
        var one = Check(format, "--jobs", "1");
        Assert.True(one.ExitCode == 1, $"the example letters hold errors, so imr exits 1; it exited {one.ExitCode}: {one.Stderr}");
        Assert.True(one.Stdout.Length > 1000, $"a report of every example letter was expected, got: {one.Stdout}");
        foreach (var jobs in new[] { new[] { "--jobs", "4" }, Array.Empty<string>() })
        {
            var many = Check(format, jobs);
            var label = jobs.Length == 0 ? "the default --jobs" : string.Join(" ", jobs);
            Assert.True(one.ExitCode == many.ExitCode, $"{format}: --jobs 1 exits {one.ExitCode}, {label} exits {many.ExitCode}");
            Assert.True(Masked(one.Stdout) == Masked(many.Stdout), $"{format}: the report with {label} differs from --jobs 1 at character {FirstDifference(Masked(one.Stdout), Masked(many.Stdout))}");
            Assert.Equal(one.Stderr, many.Stderr);
        }
    }

    private static ImrResult Check(string format, params string[] jobs)
        => ImrProcess.Run(ImrProcess.RepoRoot, null, new[] { "check", "examples/letters", "--format", format }.Concat(jobs).ToArray());

    /// <summary>The HTML report's "checked on November 22, 2026 at 15:51 UTC": the only text that may differ between runs.</summary>
    private static string Masked(string report) => Regex.Replace(report, @"[A-Z][a-z]+ [0-9]{1,2}, [0-9]{4} at [0-9]{2}:[0-9]{2} UTC", "<when>");

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}
