using System.CommandLine;
using ImrDsl.Diagnostics;
using Imr.Std;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr rules`: every rule with its default severity and summary.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "List the rules.");
        command.SetAction(_ =>
        {
            foreach (var rule in Rules.All.OrderBy(r => r.Id, StringComparer.Ordinal))
                stdout.WriteLine($"{rule.Id}  {rule.Name,-26} {rule.DefaultSeverity.ToText(),-8} {rule.Summary}");
            return ImrApp.ExitOk;
        });
        return command;
    }
}
