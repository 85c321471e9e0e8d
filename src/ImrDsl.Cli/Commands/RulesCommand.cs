using System.CommandLine;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr rules`: every ID imr can report, grouped by kind, with its name, default severity and summary.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "List every rule and diagnostic ID ('imr explain ID' tells more).");
        command.SetAction(_ =>
        {
            var first = true;
            foreach (var group in DiagnosticCatalog.All.GroupBy(r => DiagnosticCatalog.GroupOf(r.Id)))
            {
                if (!first) stdout.WriteLine();
                first = false;
                stdout.WriteLine(DiagnosticCatalog.Describe(group.Key) + ":");
                foreach (var rule in group)
                    stdout.WriteLine($"{rule.Id}  {rule.Name,-26} {rule.DefaultSeverity.ToText(),-8} {rule.Summary}");
            }
            return ImrApp.ExitOk;
        });
        return command;
    }
}
