using System.Text.Json;
using ImrDsl.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;
using ImrDsl.Cli.Input;
using ImrDsl.Domain;

namespace ImrDsl.Cli.Configuration;

/// <summary>A rule's configured level: a severity, or off.</summary>
public readonly record struct RuleLevel(Severity? Severity)
{
    public static RuleLevel Off => new(null);
    public bool IsOff => Severity is null;
}

/// <summary>`overrides`: rule levels for the files a set of globs matches (relative to the config's folder).</summary>
public sealed record ConfigOverride(IReadOnlyList<string> Files, IReadOnlyDictionary<string, RuleLevel> Rules)
{
    private readonly Matcher _matcher = CreateMatcher(Files);

    public bool Matches(string relativePath) => _matcher.Match(relativePath).HasMatches;

    private static Matcher CreateMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher;
    }
}

/// <summary>
/// imr.json: rule levels (by ID or name), per-glob overrides, and extra .imr files with declarations (for case
/// files) and guideline catalogues (for page checks). The nearest imr.json above a checked file applies to it.
/// </summary>
public sealed class ImrConfig
{
    public const string FileName = "imr.json";

    public ImrConfig(string path, IReadOnlyDictionary<string, RuleLevel> rules, IReadOnlyList<ConfigOverride> overrides,
        IReadOnlyList<string> declarations, IReadOnlyList<string> catalogues)
    {
        Path = path;
        Rules = rules;
        Overrides = overrides;
        Declarations = declarations;
        Catalogues = catalogues;
    }

    public string Path { get; }
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; }
    public IReadOnlyList<ConfigOverride> Overrides { get; }
    /// <summary>Full paths of extra .imr declaration files.</summary>
    public IReadOnlyList<string> Declarations { get; }
    /// <summary>Full paths of extra .imr files whose guideline catalogues join the standard ones.</summary>
    public IReadOnlyList<string> Catalogues { get; }

    /// <summary>The level of a rule for a file: the last matching override wins, then the rules section, else null (default).</summary>
    public RuleLevel? LevelFor(string ruleId, string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        for (var i = Overrides.Count - 1; i >= 0; i--)
        {
            var o = Overrides[i];
            if (o.Rules.TryGetValue(ruleId, out var level) && o.Matches(relative)) return level;
        }
        return Rules.TryGetValue(ruleId, out var global) ? global : null;
    }

    /// <summary>Reads a config file; any problem is a <see cref="ConfigException"/> naming the file and, where known, the line.</summary>
    public static ImrConfig Load(string path)
    {
        string text;
        try
        {
            text = SafeFile.ReadText(path, SafeFile.MaxConfigBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, $"cannot be read: {ex.Message}");
        }
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Read(path, document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ConfigException(path, JsonProblem.Of(text, ex));
        }
    }

    private static ImrConfig Read(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ConfigException(path, "must hold a JSON object");
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        IReadOnlyDictionary<string, RuleLevel> rules = new Dictionary<string, RuleLevel>();
        var unknown = new List<(string Where, string Key)>();
        var overrides = new List<ConfigOverride>();
        var declarations = new List<string>();
        var catalogues = new List<string>();
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "rules": rules = ReadRules(path, property.Value, "rules", unknown); break;
                case "overrides":
                    if (property.Value.ValueKind != JsonValueKind.Array) throw new ConfigException(path, "'overrides' must be a list of { \"files\": [...], \"rules\": {...} }");
                    var index = 0;
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        var where = $"overrides[{index++}]";
                        if (item.ValueKind != JsonValueKind.Object) throw new ConfigException(path, $"{where} must be an object");
                        var files = item.TryGetProperty("files", out var f) ? Strings(path, f, $"{where}.files") : throw new ConfigException(path, $"{where} needs \"files\": [globs]");
                        var levels = item.TryGetProperty("rules", out var r) ? ReadRules(path, r, $"{where}.rules", unknown) : throw new ConfigException(path, $"{where} needs \"rules\": {{...}}");
                        foreach (var key in item.EnumerateObject().Select(p => p.Name).Where(n => n is not ("files" or "rules")))
                            throw new ConfigException(path, $"{where} has an unknown key '{Excerpt.Of(key)}' (allowed: files, rules)");
                        overrides.Add(new ConfigOverride(files, levels));
                    }
                    break;
                case "declarations": declarations.AddRange(Files(path, directory, property.Value, "declarations")); break;
                case "catalogues": catalogues.AddRange(Files(path, directory, property.Value, "catalogues")); break;
                case "$schema": // for editors (imr.schema.json); imr itself does not read it
                    if (property.Value.ValueKind != JsonValueKind.String) throw new ConfigException(path, "'$schema' must be a string (the URL or path of imr.schema.json)");
                    break;
                default:
                    throw new ConfigException(path, $"has an unknown key '{Excerpt.Of(property.Name)}'{Suggestions.DidYouMean(property.Name, Keys)} (allowed: {string.Join(", ", Keys)})");
            }
        }
        return new ImrConfig(System.IO.Path.GetFullPath(path), rules, overrides, declarations, catalogues) { UnknownRuleKeys = unknown };
    }

    /// <summary>Rule keys that name nothing imr itself reports: they must name a house rule of the config's own files.</summary>
    public IReadOnlyList<(string Where, string Key)> UnknownRuleKeys { get; private set; } = Array.Empty<(string, string)>();

    /// <summary>
    /// House rules are known only once the config's own .imr files are compiled: keys that are no ID or name of imr's
    /// are resolved against them here (and levels move to the rule's ID); a key that names neither is the config's mistake.
    /// </summary>
    public void ResolveHouseRules(IReadOnlyList<ImrDsl.Runtime.RuleInfo> house)
    {
        foreach (var (where, key) in UnknownRuleKeys)
        {
            var rule = house.FirstOrDefault(r => string.Equals(r.Id, key, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new ConfigException(Path, $"'{where}' names an unknown rule '{Excerpt.Of(key)}'" +
                    Suggestions.DidYouMean(key, DiagnosticCatalog.All.Concat(house).SelectMany(r => new[] { r.Id, r.Name })));
            foreach (var levels in Overrides.Select(o => o.Rules).Prepend(Rules).OfType<Dictionary<string, RuleLevel>>())
                if (levels.Remove(key, out var level)) levels[rule.Id] = level;
        }
        UnknownRuleKeys = Array.Empty<(string, string)>();
    }

    /// <summary>The top-level keys imr.json may hold; imr.schema.json documents the same (ConfigSchemaTests).</summary>
    internal static readonly string[] Keys = { "rules", "overrides", "declarations", "catalogues", "$schema" };

    private static Dictionary<string, RuleLevel> ReadRules(string path, JsonElement element, string where, List<(string Where, string Key)> unknown)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new ConfigException(path, $"'{where}' must map rule IDs to \"error\", \"warning\", \"info\" or \"off\"");
        var result = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            // A key imr does not know may name a house rule; it is resolved once the config's .imr files are compiled.
            var id = RuleId(property.Name);
            if (id is null) unknown.Add((where, id = property.Name));
            var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.ToString();
            if (value == "off") result[id] = RuleLevel.Off;
            else if (value is "error" or "warning" or "info" && SeverityText.TryParse(value, out var severity)) result[id] = new RuleLevel(severity);
            else throw new ConfigException(path, $"'{where}.{Excerpt.Of(property.Name)}' is '{Excerpt.Of(value)}'; use \"error\", \"warning\", \"info\" or \"off\"");
        }
        return result;
    }

    /// <summary>An ID from an ID or name of anything imr reports (IMR002 or guideline-page-mismatch, IMR201 or unknown-type).</summary>
    public static string? RuleId(string key) => DiagnosticCatalog.Find(key)?.Id;

    private static List<string> Strings(string path, JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String) return new List<string> { element.GetString()! };
        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw new ConfigException(path, $"'{where}' must be a list of strings");
        return element.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static IEnumerable<string> Files(string path, string directory, JsonElement element, string where)
    {
        foreach (var relative in Strings(path, element, where))
        {
            var full = System.IO.Path.GetFullPath(relative, directory);
            FileFacts facts;
            try
            {
                facts = SafeFile.Stat(full);
            }
            catch (UnreadableInputException ex)
            {
                throw new ConfigException(path, $"'{where}' lists '{Excerpt.Of(relative)}', which cannot be read: {ex.Message}");
            }
            if (facts.Kind == FileKind.Missing) throw new ConfigException(path, $"'{where}' lists '{Excerpt.Of(relative)}', which does not exist (looked for {Excerpt.Of(full, 200)})");
            if (SafeFile.RefusalFor(facts.Kind) is { } refusal) throw new ConfigException(path, $"'{where}' lists '{Excerpt.Of(relative)}', which is not read: {refusal}");
            yield return full;
        }
    }

    /// <summary>The nearest imr.json at or above a folder, or null. Cached per folder by the caller.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            try
            {
                if (SafeFile.Stat(candidate, followLinks: false).Kind != FileKind.Missing) return candidate;
            }
            catch (UnreadableInputException)
            {
                // A folder we may not look into has no config we can use; the search goes on upward.
            }
        }
        return null;
    }
}

/// <summary>A bad imr.json: exit code 2, with the file and the problem.</summary>
/// Both parts are cut short and escaped: a config may hold anything, and its errors are printed to a terminal.
public sealed class ConfigException(string path, string problem) : Exception($"{Excerpt.Of(path, 200)}: {Excerpt.Of(problem, 300)}");
