using System.CommandLine;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr explain IMR00N`: a rule's documentation, generated from its declaration in grammar/std.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID such as IMR002, or its name such as guideline-page-mismatch." };
        var command = new Command("explain", "Explain a rule.") { id };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var rule = Rules.All.FirstOrDefault(r =>
                string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                var hint = Suggestions.DidYouMean(wanted, Rules.All.Select(r => r.Id).Concat(Rules.All.Select(r => r.Name)));
                throw new UsageException($"no rule '{wanted}'{hint}; 'imr rules' lists them");
            }
            Write(stdout, rule);
            return ImrApp.ExitOk;
        });
        return command;
    }

    public static void Write(TextWriter writer, RuleInfo rule)
    {
        writer.WriteLine($"{rule.Id} {rule.Name} (default severity: {rule.DefaultSeverity.ToText()})");
        writer.WriteLine();
        writer.WriteLine(rule.Summary);
        Section(writer, "Why it matters", rule.Why);
        Section(writer, "Fails", rule.Failing);
        Section(writer, "Passes", rule.Passing);
        Section(writer, "How to suppress", rule.Suppress);
    }

    private static void Section(TextWriter writer, string title, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        writer.WriteLine();
        writer.WriteLine($"{title}:");
        foreach (var line in text.Split('\n')) writer.WriteLine("  " + line);
    }
}
