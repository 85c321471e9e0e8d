using System.Diagnostics;

namespace ImrDsl.Cli.Tests;

public sealed record ImrResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built imr.dll in its own process with `dotnet`, from a given working directory.</summary>
internal static class ImrProcess
{
    private static readonly string ImrDll = Path.Combine(AppContext.BaseDirectory, "imr.dll");

    public static string RepoRoot => ImrDsl.TestSupport.RepositoryRoot.Path;

    public static ImrResult Run(string workingDirectory, string? stdin, params string[] args)
        => Run(workingDirectory, stdin, new Dictionary<string, string?>(), args);

    /// <summary>Runs imr with some environment variables set (a value) or removed (null); NO_COLOR=1 unless given.</summary>
    public static ImrResult Run(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ImrDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("FORCE_COLOR"); // a CI runner's FORCE_COLOR must not colour the reports tests read
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(true);
            throw new TimeoutException("imr did not finish within two minutes: " + string.Join(" ", args));
        }
        return new ImrResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
