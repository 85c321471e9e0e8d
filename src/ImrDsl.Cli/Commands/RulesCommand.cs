using System.CommandLine;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr rules`: every ID imr can report, grouped by kind, with its name, default severity and summary.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var config = HouseRuleOptions.Config();
        var rules = HouseRuleOptions.Rules();
        var command = new Command("rules", "List every rule and diagnostic ID, the nearest imr.json's house rules included ('imr explain ID' tells more).") { config, rules };
        command.SetAction(parse =>
        {
            var house = HouseRuleOptions.Load(parse.GetValue(config), parse.GetValue(rules));
            var first = true;
            foreach (var group in DiagnosticCatalog.All.Concat(house).GroupBy(r => DiagnosticCatalog.GroupOf(r.Id)).OrderBy(g => g.Key))
            {
                if (!first) stdout.WriteLine();
                first = false;
                stdout.WriteLine(DiagnosticCatalog.Describe(group.Key) + ":");
                foreach (var rule in group)
                    stdout.WriteLine($"{rule.Id}  {rule.Name,-26} {rule.DefaultSeverity.ToText(),-8} {rule.Summary}{(rule.Source is null ? "" : $" (from {Path.GetRelativePath(Environment.CurrentDirectory, rule.Source)})")}");
            }
            return ImrApp.ExitOk;
        });
        return command;
    }
}
