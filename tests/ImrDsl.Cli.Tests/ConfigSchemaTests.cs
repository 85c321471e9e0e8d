using System.Text.Json;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Configuration;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// src/ImrDsl.Cli/Configuration/imr.schema.json, checked by a real JSON Schema validator (npm ajv-cli, pinned by
/// ConfigSchema/package-lock.json and installed on first use): every imr.json in the repository and the README's
/// example are valid, and the schema and imr's own config loader agree on what is a valid config.
/// </summary>
public sealed class ConfigSchemaTests
{
    private static string SchemaPath => Path.Combine(ImrProcess.RepoRoot, "src", "ImrDsl.Cli", "Configuration", "imr.schema.json");

    [Fact]
    public void Every_imr_json_in_the_repository_and_the_readme_example_is_valid()
    {
        using var folder = new TempFolder();
        var configs = RepositoryConfigs().ToList();
        Assert.Contains(configs, c => c.EndsWith(Path.Combine("examples", "house-rules", "imr.json"), StringComparison.Ordinal));
        configs.Add(folder.File("readme-imr.json", ReadmeExample()));

        var verdicts = Ajv.Validate(configs);
        foreach (var config in configs) Assert.True(verdicts[config], $"{config} does not match imr.schema.json:\n{Ajv.LastOutput}");
    }

    /// <summary>The examples name the schema by a relative path that leads to it, so editors find it.</summary>
    [Fact]
    public void Example_configs_reference_the_schema()
    {
        foreach (var config in RepositoryConfigs())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(config), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Assert.True(document.RootElement.TryGetProperty("$schema", out var schema), $"{config} has no \"$schema\"");
            var target = Path.GetFullPath(schema.GetString()!, Path.GetDirectoryName(config)!);
            Assert.Equal(SchemaPath, target);
        }
    }

    /// <summary>What the schema accepts, imr accepts, and what it rejects, imr rejects (configs that name no files).</summary>
    [Theory]
    [InlineData("{}", true)]
    [InlineData("{ \"$schema\": \"imr.schema.json\" }", true)]
    [InlineData("{ \"rules\": { \"IMR004\": \"off\", \"guideline-page-mismatch\": \"info\", \"IMR002\": \"warning\", \"IMR001\": \"error\" } }", true)]
    [InlineData("{ \"overrides\": [ { \"files\": \"legacy/**\", \"rules\": { \"IMR002\": \"off\" } } ] }", true)]
    [InlineData("{ \"overrides\": [ { \"files\": [\"a/**\", \"b/*.md\"], \"rules\": {} } ], \"declarations\": [], \"catalogues\": [] }", true)]
    [InlineData("[]", false)]
    [InlineData("{ \"rule\": {} }", false)]
    [InlineData("{ \"rules\": { \"IMR004\": \"of\" } }", false)]
    [InlineData("{ \"rules\": { \"IMR004\": 1 } }", false)]
    [InlineData("{ \"rules\": [] }", false)]
    [InlineData("{ \"overrides\": {} }", false)]
    [InlineData("{ \"overrides\": [ { \"files\": [\"x\"] } ] }", false)]
    [InlineData("{ \"overrides\": [ { \"rules\": {} } ] }", false)]
    [InlineData("{ \"overrides\": [ { \"files\": [1], \"rules\": {} } ] }", false)]
    [InlineData("{ \"overrides\": [ { \"files\": [\"x\"], \"rules\": {}, \"glob\": 1 } ] }", false)]
    [InlineData("{ \"declarations\": 5 }", false)]
    [InlineData("{ \"catalogues\": { } }", false)]
    [InlineData("{ \"$schema\": 5 }", false)]
    public void The_schema_and_the_loader_agree(string json, bool valid)
    {
        using var folder = new TempFolder();
        var config = folder.File("imr.json", json);
        Assert.Equal(valid, Ajv.Validate([config])[config]);
        var loaderAccepts = true;
        try { ImrConfig.Load(config); }
        catch (ConfigException) { loaderAccepts = false; }
        Assert.Equal(valid, loaderAccepts);
    }

    /// <summary>One list of keys: the schema documents exactly the keys the loader reads.</summary>
    [Fact]
    public void The_schema_documents_every_key_the_loader_reads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var documented = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(ImrConfig.Keys.Order().ToList(), documented);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    /// <summary>A config with "$schema" checks letters like one without it (end to end).</summary>
    [Fact]
    public void Imr_check_accepts_a_config_with_schema()
    {
        using var folder = new TempFolder();
        folder.File("imr.json", $"{{ \"$schema\": \"{SchemaPath.Replace("\\", "\\\\")}\", \"rules\": {{ \"IMR005\": \"off\" }} }}");
        folder.File("letter.txt", "Dear Sir,\nThis letter is not a determination.\n");
        var result = ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        Assert.DoesNotContain("IMR005", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", result.Stderr, StringComparison.Ordinal);
    }

    private static IEnumerable<string> RepositoryConfigs()
    {
        var skipped = new[] { "bin", "obj", "node_modules", ".git" };
        var pending = new Stack<string>([ImrProcess.RepoRoot]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !skipped.Contains(Path.GetFileName(d)))) pending.Push(sub);
            var config = Path.Combine(directory, ImrConfig.FileName);
            if (File.Exists(config)) yield return config;
        }
    }

    /// <summary>The README's imr.json example (JSON with comments, as imr reads it) as plain JSON for the validator.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "README.md")).Replace("\r\n", "\n");
        var example = Regex.Match(readme, @"The nearest `imr\.json`[^\n]*\n\n```jsonc\n(?<json>.*?)\n```", RegexOptions.Singleline);
        Assert.True(example.Success, "README.md has no ```jsonc block after 'The nearest `imr.json`'");
        using var document = JsonDocument.Parse(example.Groups["json"].Value, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return JsonSerializer.Serialize(document.RootElement);
    }

    /// <summary>npm ajv-cli, installed from ConfigSchema/package-lock.json into the test output on first use.</summary>
    private static class Ajv
    {
        private static readonly Lazy<string> Folder = new(Install);

        public static string LastOutput { get; private set; } = string.Empty;

        /// <summary>Validates files against imr.schema.json in one run; whether each is valid, by path.</summary>
        public static Dictionary<string, bool> Validate(IReadOnlyList<string> files)
        {
            var args = new List<string> { Path.Combine(Folder.Value, "node_modules", "ajv-cli", "dist", "index.js"), "validate", "--spec=draft7", "--strict=true", "--all-errors", "-s", SchemaPath };
            foreach (var file in files) args.AddRange(["-d", file]);
            LastOutput = ExternalTools.Run("node", Folder.Value, args, TimeSpan.FromMinutes(5)).Output;
            Assert.DoesNotContain("schema is invalid", LastOutput, StringComparison.OrdinalIgnoreCase);
            var verdicts = new Dictionary<string, bool>();
            foreach (var file in files)
            {
                if (LastOutput.Contains($"{file} valid", StringComparison.Ordinal)) verdicts[file] = true;
                else if (LastOutput.Contains($"{file} invalid", StringComparison.Ordinal)) verdicts[file] = false;
                else Assert.Fail($"ajv gave no verdict on {file}:\n{LastOutput}");
            }
            return verdicts;
        }

        private static string Install() => ExternalTools.InstallNpmPackages("ConfigSchema", "config-schema-tools", "ajv-cli");
    }
}
