using System.CommandLine;
using ImrDsl.Cli.Checking;
using ImrDsl.Runtime;

namespace ImrDsl.Cli.Commands;

/// <summary>`--config` and `--rules` for commands that describe rules: they find house rules as `imr check` does.</summary>
internal static class HouseRuleOptions
{
    public static Option<string?> Config() => new("--config") { Description = "Use this imr.json instead of the nearest one (from the current folder)." };

    public static Option<string[]> Rules() => new("--rules") { Description = "An .imr file of house rules to include; repeatable." };

    /// <summary>The house rules `imr check` would run on a file in the current folder.</summary>
    public static IReadOnlyList<RuleInfo> Load(string? config, string[]? rules)
    {
        if (config is not null && !File.Exists(config)) throw new UsageException($"the config '{ImrDsl.Cli.Excerpt.Of(config, 200)}' does not exist");
        var resolver = new CheckContext.Resolver(config is null ? null : Path.GetFullPath(config), (rules ?? Array.Empty<string>()).Select(Path.GetFullPath).ToList());
        try
        {
            return resolver.For(null).House?.Rules ?? Array.Empty<RuleInfo>();
        }
        // A broken imr.json found by looking around must not stop `imr explain IMR002`; one asked for by name must.
        catch (Exception ex) when (config is null && (rules is null || rules.Length == 0) && ex is Configuration.ConfigException or DeclarationException)
        {
            return Array.Empty<RuleInfo>();
        }
    }
}
