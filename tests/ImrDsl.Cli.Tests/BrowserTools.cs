using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Headless Chromium (Debian's /usr/bin/chromium) driven by npm puppeteer-core, with axe-core, for testing the HTML
/// report in a real browser. Installs what is missing on first use: the npm packages pinned by Browser/package-lock.json
/// into the test output, and chromium with apt-get. A tool that cannot be had fails the test with the reason.
/// </summary>
internal static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly Lazy<string> Folder = new(Install);

    /// <summary>Runs Browser/report-check.mjs on a config file and returns its JSON output.</summary>
    public static string CheckReport(string configPath)
    {
        var folder = Folder.Value;
        var (exit, stdout, stderr) = Run("node", folder, TimeSpan.FromMinutes(3), Path.Combine(folder, "report-check.mjs"), configPath);
        Assert.True(exit == 0, $"the browser check failed (exit {exit}):\n{stderr}\n{stdout}");
        return stdout;
    }

    public static string AxePath => Path.Combine(Folder.Value, "node_modules", "axe-core", "axe.min.js");

    private static string Install()
    {
        EnsureChromium();
        var source = Path.Combine(AppContext.BaseDirectory, "Browser");
        var folder = Path.Combine(AppContext.BaseDirectory, "browser-tools");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "package.json", "package-lock.json", "report-check.mjs" })
            File.Copy(Path.Combine(source, name), Path.Combine(folder, name), overwrite: true);

        // npm ci only when the lock file changed since the last install here.
        var stamp = Path.Combine(folder, "node_modules", ".imr-lock-hash");
        var lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "package-lock.json"))));
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != lockHash)
        {
            var (exit, stdout, stderr) = Run("npm", folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            Assert.True(exit == 0, $"npm could not install puppeteer-core and axe-core from Browser/package-lock.json:\n{stderr}\n{stdout}");
            File.WriteAllText(stamp, lockHash);
        }
        return folder;
    }

    private static void EnsureChromium()
    {
        if (File.Exists(Chromium)) return;
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            Assert.Fail($"the HTML report tests need Chromium at {Chromium} (Debian package chromium), and there is no apt-get to install it");
        var log = new StringBuilder();
        foreach (var args in new[] { new[] { "update" }, new[] { "install", "-y", "--no-install-recommends", "chromium" } })
        {
            var (exit, stdout, stderr) = Run("apt-get", "/", TimeSpan.FromMinutes(10), args);
            log.Append(stdout).Append(stderr);
            if (exit != 0) break;
        }
        Assert.True(File.Exists(Chromium), $"the HTML report tests need Chromium at {Chromium}; apt-get install chromium did not provide it (run it as root?):\n{log}");
    }

    private static (int Exit, string Stdout, string Stderr) Run(string program, string directory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (program == "apt-get") start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception ex) { Assert.Fail($"cannot run {program} ({ex.Message}); the HTML report tests need Node.js with npm"); throw; }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout)) { process.Kill(true); Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout}"); }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
