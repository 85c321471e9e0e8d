using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Reports stream as files finish, through a reorder window (issue 10): whatever the number of jobs, the bytes written
/// are the same in every format, to standard output and to --output. The HTML report names the minute it was made,
/// which is masked; nothing else is.
/// </summary>
public sealed class JobsDeterminismTests
{
    public static TheoryData<string> Formats => new() { "text", "json", "sarif", "github", "html" };

    private static readonly string[] Inputs = { "examples/letters", "examples/cases" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void One_job_and_the_default_and_many_jobs_write_the_same_bytes(string format)
    {
        var one = Check(format, "--jobs", "1");
        // The examples give findings in many files, so order matters to the bytes being compared.
        Assert.True(one.ExitCode == 1, $"the example letters hold errors, so imr exits 1; it exited {one.ExitCode}: {one.Stderr}");
        Assert.True(Directory.GetFiles(Path.Combine(ImrProcess.RepoRoot, "examples/letters")).Count(f => one.Stdout.Contains(Path.GetFileName(f), StringComparison.Ordinal)) >= 10,
            "the report should name at least ten example letters");
        // More jobs than cores, so files finish out of order even on a small machine.
        foreach (var jobs in new[] { Array.Empty<string>(), new[] { "--jobs", "4" }, new[] { "--jobs", "7" } })
        {
            var many = Check(format, jobs);
            var label = jobs.Length == 0 ? "the default --jobs" : string.Join(" ", jobs);
            Assert.True(one.ExitCode == many.ExitCode, $"{format}: --jobs 1 exits {one.ExitCode}, {label} exits {many.ExitCode}");
            Assert.True(Masked(one.Stdout) == Masked(many.Stdout), $"{format}: the report with {label} differs from --jobs 1 at character {FirstDifference(Masked(one.Stdout), Masked(many.Stdout))}");
            Assert.Equal(one.Stderr, many.Stderr);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_output_file_holds_what_standard_output_gets(string format)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.out");
        var toFile = Check(format, "--jobs", "3", "--output", target);
        var toStdout = Check(format, "--jobs", "1");
        Assert.Equal(toStdout.ExitCode, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(Masked(toStdout.Stdout), Masked(File.ReadAllText(target)));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left beside it
    }

    private static ImrResult Check(string format, params string[] more)
        => ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format, .. more]);

    /// <summary>The HTML report's "checked on November 22, 2026 at 15:51 UTC": the only text that may differ between runs.</summary>
    private static string Masked(string report) => Regex.Replace(report, @"[A-Z][a-z]+ [0-9]{1,2}, [0-9]{4} at [0-9]{2}:[0-9]{2} UTC", "<when>");

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}
