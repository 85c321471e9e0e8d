using System.Diagnostics;
using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool 5.7.0), installed with npm on first use, validating
/// against the SARIF 2.1.0 schema shipped in Schemas/ and running GitHub's ingestion rules (GHnnnn) too.
/// </summary>
public sealed class SarifValidator
{
    private static readonly Lazy<string> Tool = new(Install);

    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json");

    /// <summary>The errors the validator reports for a SARIF file (warnings are left out).</summary>
    public static IReadOnlyList<string> Errors(string sarifPath)
    {
        var output = Path.Combine(Path.GetDirectoryName(sarifPath)!, "validation-" + Path.GetFileName(sarifPath));
        var (exit, log) = Run(Tool.Value, Path.GetDirectoryName(sarifPath)!,
            "validate", "--json-schema", SchemaPath, "--rule-kind", "Sarif;Ghas", "--output", output, sarifPath);
        Assert.True(exit == 0 && File.Exists(output), $"the SARIF Multitool failed:\n{log}");
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetProperty("text").GetString()}")
            .ToList();
    }

    private static string Install()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "sarif-tools");
        var tool = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(tool))
        {
            Directory.CreateDirectory(folder);
            // --ignore-scripts: the package's only script sets the run bit, which we do ourselves below.
            var (exit, log) = Run("npm", folder, "install", "--prefix", folder, "--no-audit", "--no-fund", "--ignore-scripts", "@microsoft/sarif-multitool@5.7.0");
            Assert.True(exit == 0 && File.Exists(tool), $"npm could not install @microsoft/sarif-multitool 5.7.0:\n{log}");
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, File.GetUnixFileMode(tool) | UnixFileMode.UserExecute);
        return tool;
    }

    private static (int Exit, string Output) Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(true); Assert.Fail($"{program} did not finish"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
