using System.CommandLine;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Semantics;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr explain IMR00N`: a rule's documentation, read from its declaration in grammar/std.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID such as IMR002, or its name such as guideline-page-mismatch." };
        var command = new Command("explain", "Explain a rule.") { id };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var rule = StandardLibrary.Model.Rules.FirstOrDefault(r =>
                string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                var hint = Suggestions.DidYouMean(wanted, StandardLibrary.Model.Rules.Select(r => r.Id).Concat(StandardLibrary.Model.Rules.Select(r => r.Name)));
                throw new UsageException($"no rule '{wanted}'{hint}; 'imr rules' lists them");
            }
            Write(stdout, rule);
            return ImrApp.ExitOk;
        });
        return command;
    }

    public static void Write(TextWriter writer, RuleModel rule)
    {
        writer.WriteLine($"{rule.Id} {rule.Name} (default severity: {rule.Severity.ToText()})");
        writer.WriteLine();
        writer.WriteLine(rule.Docs.Summary);
        Section(writer, "Why it matters", rule.Docs.Why);
        Section(writer, "Fails", rule.Docs.Failing);
        Section(writer, "Passes", rule.Docs.Passing);
        Section(writer, "How to suppress", rule.Docs.Suppress);
    }

    private static void Section(TextWriter writer, string title, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        writer.WriteLine();
        writer.WriteLine($"{title}:");
        foreach (var line in text.Split('\n')) writer.WriteLine("  " + line);
    }
}
