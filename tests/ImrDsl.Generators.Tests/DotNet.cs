using System.Diagnostics;

namespace ImrDsl.Generators.Tests;

/// <summary>Runs the `dotnet` CLI (or a program it made) as a child process, for tests that need a real build, pack or run.</summary>
internal static class DotNet
{
    /// <summary>The configuration these tests were built in, so child builds reuse its outputs.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public static (int Exit, string Output) Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null)
        => RunProgram("dotnet", workingDirectory, arguments, environment);

    /// <summary>
    /// Runs <paramref name="program"/> with the arguments as one command-line string. With <paramref name="clearEnvironment"/>
    /// the child sees only <paramref name="environment"/>, as `env -i` gives it.
    /// </summary>
    public static (int Exit, string Output) RunProgram(string program, string workingDirectory, string arguments,
        IReadOnlyDictionary<string, string>? environment = null, bool clearEnvironment = false)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (clearEnvironment) start.Environment.Clear();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(true);
            Assert.Fail($"{program} {arguments} did not finish within five minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>
/// Tests that run `dotnet build`, `pack`, `run` or `publish` on the repository's own projects run one at a time:
/// two at once would write the same obj/ and bin/ folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealDotNetBuilds
{
    public const string Name = "real dotnet builds";
}
