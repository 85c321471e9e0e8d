using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace ImrDsl.TestSupport;

public sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;
}

/// <summary>
/// The programs tests drive besides imr (node, npm, git, bash, apt-get), and how what they need gets onto a fresh
/// machine: npm packages pinned by a committed package-lock.json, Debian packages by apt-get, each installed on
/// first use. A tool that cannot be had fails the test with the reason; no test skips.
/// </summary>
internal static class ExternalTools
{
    /// <summary>Runs a program to its end; a program that cannot be started or outlives the timeout fails the test.</summary>
    public static ToolResult Run(string program, string directory, IEnumerable<string> args, TimeSpan timeout,
        string? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (program == "apt-get") start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception ex) { Assert.Fail($"cannot run {program} ({ex.Message}): this test needs it installed"); throw; }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin is not null) process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(true);
                Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
            }
            return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>
    /// Copies package.json, package-lock.json and the given scripts from a folder of the test output into a sibling
    /// install folder and runs `npm ci` there, only when the lock file changed since the last install. Returns the
    /// install folder.
    /// </summary>
    public static string InstallNpmPackages(string sourceFolder, string installFolder, string purpose, params string[] scripts)
    {
        var source = Path.Combine(AppContext.BaseDirectory, sourceFolder);
        var folder = Path.Combine(AppContext.BaseDirectory, installFolder);
        Directory.CreateDirectory(folder);
        foreach (var name in scripts.Prepend("package-lock.json").Prepend("package.json"))
            File.Copy(Path.Combine(source, name), Path.Combine(folder, name), overwrite: true);
        var stamp = Path.Combine(folder, "node_modules", ".imr-lock-hash");
        var lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "package-lock.json"))));
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != lockHash)
        {
            var install = Run("npm", folder, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm could not install {purpose} from {sourceFolder}/package-lock.json (node and npm must be installed):\n{install.Output}");
            File.WriteAllText(stamp, lockHash);
        }
        return folder;
    }

    /// <summary>Installs a Debian package with apt-get when the file it provides is missing.</summary>
    public static void EnsureDebianPackage(string providedFile, string package, string purpose)
    {
        // Test classes run in parallel, and two apt-gets at once fail on dpkg's lock: one at a time here, and
        // apt-get waits for one another process may be running.
        lock (AptGet)
            InstallDebianPackage(providedFile, package, purpose);
    }

    private static readonly object AptGet = new();

    private static void InstallDebianPackage(string providedFile, string package, string purpose)
    {
        if (File.Exists(providedFile)) return;
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            Assert.Fail($"{purpose} need {providedFile} (Debian package {package}), and there is no apt-get to install it");
        var log = new StringBuilder();
        foreach (var args in new[] { new[] { "update" }, new[] { "install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", package } })
        {
            var step = Run("apt-get", "/", args, TimeSpan.FromMinutes(10));
            log.Append(step.Output);
            if (step.ExitCode != 0) break;
        }
        Assert.True(File.Exists(providedFile), $"{purpose} need {providedFile}; apt-get install {package} did not provide it (run it as root?):\n{log}");
    }
}
