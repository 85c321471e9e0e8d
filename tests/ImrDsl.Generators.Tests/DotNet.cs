using System.Diagnostics;

namespace ImrDsl.Generators.Tests;

/// <summary>Runs the `dotnet` CLI as a child process, for tests that need a real build, pack or run.</summary>
internal static class DotNet
{
    /// <summary>The configuration these tests were built in, so child builds reuse its outputs.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public static (int Exit, string Output) Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(true);
            Assert.Fail($"dotnet {arguments} did not finish within five minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
