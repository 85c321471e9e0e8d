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
        var check = ExternalTools.Run("node", folder, [Path.Combine(folder, "report-check.mjs"), configPath], TimeSpan.FromMinutes(3));
        Assert.True(check.ExitCode == 0, $"the browser check failed (exit {check.ExitCode}):\n{check.Stderr}\n{check.Stdout}");
        return check.Stdout;
    }

    public static string AxePath => Path.Combine(Folder.Value, "node_modules", "axe-core", "axe.min.js");

    private static string Install()
    {
        ExternalTools.EnsureDebianPackage(Chromium, "chromium", "the HTML report tests");
        return ExternalTools.InstallNpmPackages("Browser", "browser-tools", "puppeteer-core and axe-core", "report-check.mjs");
    }
}
