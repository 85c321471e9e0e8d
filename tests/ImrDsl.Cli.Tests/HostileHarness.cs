using System.Diagnostics;
using System.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>What a hostile-input run of the real imr process did, with the resources it took.</summary>
public sealed record BoundedResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long PeakMegabytes)
{
    public override string ToString() => $"exit {ExitCode} in {Elapsed.TotalSeconds:0.0} s, peak {PeakMegabytes} MB\nstdout: {Cut(Stdout)}\nstderr: {Cut(Stderr)}";
    private static string Cut(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}

/// <summary>
/// Runs the built imr.dll as its own process and holds it to the bounds hostile input must stay within: an exit code
/// of 0, 1 or 2 (never a crash), no more than <see cref="MaxSeconds"/>, and a peak resident memory (the kernel's
/// VmHWM high-water mark, polled from /proc while it runs) under <see cref="MaxMegabytes"/>. A run past the time
/// limit is killed and fails the test. Limits are on the process, as a user sees it, not on a unit test's clock.
/// </summary>
internal static class HostileHarness
{
    public const int MaxMegabytes = 300;
    /// <summary>Generous against a shared CI machine: the hangs this guards against never end at all.</summary>
    public const int MaxSeconds = 30;

    private static readonly string ImrDll = Path.Combine(AppContext.BaseDirectory, "imr.dll");

    public static BoundedResult Run(string workingDirectory, params string[] args) => RunWithStdin(workingDirectory, null, args);

    /// <param name="workingDirectory">Where imr runs.</param>
    /// <param name="stdinFrom">A file (a device such as /dev/zero, too) to connect to standard input, or null for none.</param>
    /// <param name="args">imr's arguments.</param>
    public static BoundedResult RunWithStdin(string workingDirectory, string? stdinFrom, params string[] args)
        => RunCommand(workingDirectory, stdinFrom, new[] { "dotnet", ImrDll }.Concat(args).ToArray());

    /// <summary>
    /// Runs imr with shell words after its arguments: a redirection of its standard streams (">/dev/full", ">&amp;-" or
    /// "<&amp;-" to close one), or an argument the shell makes of bytes no .NET string holds ("$(printf 'caf\351.txt')").
    /// </summary>
    public static BoundedResult RunWithShellWords(string workingDirectory, string shellWords, params string[] args)
        => RunCommand(workingDirectory, null, new[] { "/bin/sh", "-c", $"exec \"$@\" {shellWords}", "sh", "dotnet", ImrDll }.Concat(args).ToArray());

    /// <summary>Runs a command line that ends in running imr (through setpriv, say) and holds it to the bounds.</summary>
    public static BoundedResult RunCommand(string workingDirectory, string? stdinFrom, params string[] command)
    {
        // The shell only sets up standard input and then becomes the command (exec), so the process measured is imr itself.
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" < \"$IMR_STDIN\"");
        start.ArgumentList.Add("sh");
        foreach (var arg in command) start.ArgumentList.Add(arg);
        start.Environment["IMR_STDIN"] = stdinFrom ?? "/dev/null";
        start.Environment["NO_COLOR"] = "1";
        var shown = string.Join(' ', command.Select(Path.GetFileName));
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKilobytes = 0;
        var status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(10))
        {
            peakKilobytes = Math.Max(peakKilobytes, HighWaterMark(status));
            if (clock.Elapsed > TimeSpan.FromSeconds(MaxSeconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"{shown} ran past {MaxSeconds} s and was killed (peak {peakKilobytes / 1024} MB)");
            }
        }
        clock.Stop();
        var result = new BoundedResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peakKilobytes / 1024);
        Assert.True(result.ExitCode is 0 or 1 or 2, $"{shown} crashed: {result}");
        Assert.True(result.PeakMegabytes < MaxMegabytes, $"{shown} used too much memory: {result}");
        Assert.True(peakKilobytes > 0, $"the memory of the imr process could not be read from /proc: {result}");
        return result;
    }

    /// <summary>VmHWM, the peak resident set in KB, or 0 once the process is gone.</summary>
    private static long HighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return 0;
    }

    /// <summary>Runs a program that builds part of a fixture (mkfifo, ln, chmod); a failure fails the test with its output.</summary>
    public static void Shell(string workingDirectory, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"fixture command failed: {command}: {error}");
    }

    public static string Letter(string name) => File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", name));

    /// <summary>Control characters (but tab) or bidirectional overrides: what must never reach a report raw.</summary>
    public static bool HasRawControl(string text)
        => text.Any(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069');

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
