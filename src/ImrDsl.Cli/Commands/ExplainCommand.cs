using System.CommandLine;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Runtime;

namespace ImrDsl.Cli.Commands;

/// <summary>
/// `imr explain IMR201`: the documentation of any ID imr can report (a checker rule declared in grammar/std,
/// or a syntax, meaning or internal diagnostic of the language), from <see cref="DiagnosticCatalog"/>.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule") { Description = "An ID such as IMR002 or IMR201, or its name such as guideline-page-mismatch." };
        var config = HouseRuleOptions.Config();
        var rules = HouseRuleOptions.Rules();
        var command = new Command("explain", "Explain a rule or diagnostic ID, the house rules of the nearest imr.json included.") { id, config, rules };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var house = HouseRuleOptions.Load(parse.GetValue(config), parse.GetValue(rules));
            var rule = DiagnosticCatalog.Find(wanted)
                ?? house.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"no rule or diagnostic '{wanted}'{Suggestions.DidYouMean(wanted, DiagnosticCatalog.All.Concat(house).SelectMany(r => new[] { r.Id, r.Name }))}; 'imr rules' lists them");
            Write(stdout, rule);
            return ImrApp.ExitOk;
        });
        return command;
    }

    public static void Write(TextWriter writer, RuleInfo rule)
    {
        writer.WriteLine($"{rule.Id} {rule.Name} (default severity: {rule.DefaultSeverity.ToText()}{(rule.Source is null ? "" : $"; a house rule from {Path.GetRelativePath(Environment.CurrentDirectory, rule.Source)}")})");
        writer.WriteLine();
        writer.WriteLine(rule.Summary);
        Section(writer, "Why it matters", rule.Why);
        Section(writer, "Fails", rule.Failing);
        Section(writer, "Passes", rule.Passing);
        // Checker rules say how to suppress a finding; language diagnostics say how to fix the file. One heading fits both.
        Section(writer, "How to fix or suppress", rule.Suppress);
    }

    private static void Section(TextWriter writer, string title, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        writer.WriteLine();
        writer.WriteLine($"{title}:");
        foreach (var line in text.Split('\n')) writer.WriteLine("  " + line);
    }
}
