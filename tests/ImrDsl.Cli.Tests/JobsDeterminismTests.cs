namespace ImrDsl.Cli.Tests;

/// <summary>
/// Reports stream as files finish, through a reorder window: whatever the number of jobs, the bytes written are the
/// same, in every streamed format, to standard output and to --output.
/// </summary>
public sealed class JobsDeterminismTests
{
    public static TheoryData<string> Formats => new() { "text", "json", "sarif", "github" };

    private static readonly string[] Inputs = { "examples/letters", "examples/cases" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void One_job_and_the_default_and_many_jobs_write_the_same_bytes(string format)
    {
        var one = ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format, "--jobs", "1"]);
        var byDefault = ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format]);
        // More jobs than cores, so files finish out of order even on a small machine.
        var many = ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format, "--jobs", "7"]);

        // The examples give findings in many files, so order matters to the bytes being compared.
        Assert.Equal(1, one.ExitCode);
        Assert.True(Directory.GetFiles(Path.Combine(ImrProcess.RepoRoot, "examples/letters")).Count(f => one.Stdout.Contains(Path.GetFileName(f), StringComparison.Ordinal)) >= 10,
            "the report should name at least ten example letters");
        Assert.Equal(one.Stdout, byDefault.Stdout);
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(one.ExitCode, byDefault.ExitCode);
        Assert.Equal(one.ExitCode, many.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_output_file_holds_what_standard_output_gets(string format)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.out");
        var toFile = ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format, "--jobs", "3", "--output", target]);
        var toStdout = ImrProcess.Run(ImrProcess.RepoRoot, null, ["check", .. Inputs, "--format", format, "--jobs", "1"]);
        Assert.Equal(toStdout.ExitCode, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(toStdout.Stdout, File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left beside it
    }
}
