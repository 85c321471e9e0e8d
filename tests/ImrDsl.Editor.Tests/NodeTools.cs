namespace ImrDsl.Editor.Tests;

/// <summary>
/// The node packages the tests drive (node/package.json, locked by node/package-lock.json), installed with `npm ci`
/// into node/node_modules on first use. Without node or npm the tests fail with the reason; they never skip.
/// </summary>
internal static class NodeTools
{
    private static readonly Lazy<string> Installed = new(Install);

    public static string RepoRoot => ImrDsl.TestSupport.RepositoryRoot.Path;

    /// <summary>The folder holding package.json, the scripts and, once installed, node_modules.</summary>
    public static string Folder => Installed.Value;

    private static string Install()
    {
        var folder = Path.Combine(RepoRoot, "tests", "ImrDsl.Editor.Tests", "node");
        var lockFile = Path.Combine(folder, "package-lock.json");
        var stamp = Path.Combine(folder, "node_modules", ".package-lock.json");
        // npm writes node_modules/.package-lock.json; when it is newer than the lock file the install is current.
        if (!File.Exists(stamp) || File.GetLastWriteTimeUtc(stamp) < File.GetLastWriteTimeUtc(lockFile))
        {
            var result = Run("npm", folder, null, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            Assert.True(result.ExitCode == 0, $"npm ci failed in {folder} (node and npm must be installed):\n{result.Stdout}\n{result.Stderr}");
        }
        return folder;
    }

    /// <summary>Runs node on a script of node/ with the given arguments and standard input.</summary>
    public static ToolResult Node(string script, string? stdin, TimeSpan timeout, params string[] args)
        => Run("node", Folder, stdin, timeout, new[] { Path.Combine(Folder, script) }.Concat(args).ToArray());

    /// <summary>Runs a program with colour off (tools' output is compared as text).</summary>
    public static ToolResult Run(string program, string directory, string? stdin, TimeSpan timeout, params string[] args)
        => ExternalTools.Run(program, directory, args, timeout, stdin, new Dictionary<string, string?> { ["NO_COLOR"] = "1" });
}
