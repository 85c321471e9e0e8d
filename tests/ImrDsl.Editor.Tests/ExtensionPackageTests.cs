using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrDsl.Editor.Tests;

/// <summary>The VS Code extension (src/vscode-imr) packs offline with @vscode/vsce 4.1.0, and the .vsix holds what VS Code needs.</summary>
public sealed class ExtensionPackageTests
{
    [Fact]
    public void The_extension_packs_into_a_vsix_with_the_grammar_the_configuration_and_the_client()
    {
        var extension = Path.Combine(NodeTools.RepoRoot, "src", "vscode-imr");
        var stamp = Path.Combine(extension, "node_modules", ".package-lock.json");
        if (!File.Exists(stamp) || File.GetLastWriteTimeUtc(stamp) < File.GetLastWriteTimeUtc(Path.Combine(extension, "package-lock.json")))
        {
            // --ignore-scripts: vsce's optional signing helper has an install script, and packing does not sign.
            var install = NodeTools.Run("npm", extension, null, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            Assert.True(install.ExitCode == 0, $"npm ci failed in src/vscode-imr:\n{install.Stdout}\n{install.Stderr}");
        }
        using var output = new TempFolder();
        var vsix = Path.Combine(output.Path, "imr.vsix");
        var pack = NodeTools.Run("node", extension, null, TimeSpan.FromMinutes(3), "package-vsix.js", vsix);
        Assert.True(pack.ExitCode == 0 && File.Exists(vsix), $"packing failed:\n{pack.Stdout}\n{pack.Stderr}");

        using var zip = ZipFile.OpenRead(vsix);
        string Read(string name)
        {
            var entry = zip.GetEntry("extension/" + name);
            Assert.True(entry is not null, $"the .vsix has no extension/{name}");
            using var reader = new StreamReader(entry!.Open());
            return reader.ReadToEnd();
        }

        // The grammar is the repository's, byte for byte, and the manifest wires it to .imr files.
        Assert.Equal(File.ReadAllText(Path.Combine(NodeTools.RepoRoot, "grammar", "imr.tmLanguage.json")), Read("syntaxes/imr.tmLanguage.json"));
        using var manifest = JsonDocument.Parse(Read("package.json"));
        var contributes = manifest.RootElement.GetProperty("contributes");
        var language = contributes.GetProperty("languages")[0];
        Assert.Equal("imr", language.GetProperty("id").GetString());
        Assert.Contains(".imr", language.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        var grammar = contributes.GetProperty("grammars")[0];
        Assert.Equal("source.imr", grammar.GetProperty("scopeName").GetString());
        Assert.Equal("language-configuration.json", language.GetProperty("configuration").GetString()!.TrimStart('.', '/'));

        // Comments and brackets as the language writes them.
        using var configuration = JsonDocument.Parse(Read("language-configuration.json"));
        Assert.Equal("//", configuration.RootElement.GetProperty("comments").GetProperty("lineComment").GetString());
        Assert.Equal(new[] { "/*", "*/" }, configuration.RootElement.GetProperty("comments").GetProperty("blockComment").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(configuration.RootElement.GetProperty("brackets").EnumerateArray(), b => b[0].GetString() == "{" && b[1].GetString() == "}");

        // The client's entry point, and every module it requires (other than the host's `vscode`) inside the package.
        var main = manifest.RootElement.GetProperty("main").GetString()!.TrimStart('.', '/');
        var client = Read(main);
        Assert.Contains("'lsp'", client);
        foreach (Match require in Regex.Matches(client, @"require\('(?<module>[^']+)'\)"))
        {
            var module = require.Groups["module"].Value;
            if (module == "vscode") continue;
            Assert.True(zip.GetEntry($"extension/node_modules/{module}.js") is not null || zip.GetEntry($"extension/node_modules/{module}/package.json") is not null,
                $"the client requires '{module}', which is not in the .vsix");
        }
        // Packing tools stay out of the package.
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("extension/node_modules/@vscode/", StringComparison.Ordinal));
    }
}
