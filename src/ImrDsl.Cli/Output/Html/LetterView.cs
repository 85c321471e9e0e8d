using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Cli.Output.Html;

/// <summary>A finding as the page shows it: numbered within its letter, with the ids its links use.</summary>
public sealed record NumberedFinding(Diagnostic Diagnostic, int Number, string AnchorId, string NoteId)
{
    public string SeverityClass => "sev-" + Diagnostic.Severity.ToText();
    public RuleInfo? Rule => RuleDocs.Find(Diagnostic.Id);
}

/// <summary>One checked file as the page shows it: its anchor, numbered findings, counts and page mismatches.</summary>
public sealed class LetterView
{
    public LetterView(FileReport report, int index)
    {
        Report = report;
        Id = $"letter-{index}";
        Findings = report.Findings.Select((d, i) => new NumberedFinding(d, i + 1, $"{Id}-f{i + 1}", $"{Id}-n{i + 1}")).ToList();
        Mismatches = report.Letter is { } letter ? PageShifts.Find(report.Path, letter.Determination, letter.Catalogues) : Array.Empty<PageMismatch>();
        Shifts = PageShifts.Common(Mismatches);
    }

    public FileReport Report { get; }
    public string Id { get; }
    public IReadOnlyList<NumberedFinding> Findings { get; }
    public IReadOnlyList<PageMismatch> Mismatches { get; }
    public IReadOnlyList<CommonShift> Shifts { get; }

    public string? CaseNumber => Report.Letter?.Determination.CaseNumber;
    public int? ItemCount => Report.Letter?.Determination.Items.Count;
    public int Errors => Count(Severity.Error);
    public int Warnings => Count(Severity.Warning);
    public int Infos => Count(Severity.Info);
    public string Title => CaseNumber ?? Path.GetFileName(Report.Path);

    /// <summary>
    /// The disputed item a finding is about: the one it names, else the one whose text holds it (a citation's
    /// finding names no item, but lies inside one). Null for findings about the letter as a whole.
    /// </summary>
    public DisputedItem? ItemOf(NumberedFinding finding)
    {
        if (Report.Letter is not { } letter) return null;
        var d = finding.Diagnostic;
        return letter.Determination.Items.FirstOrDefault(i => d.Item is not null && i.Service == d.Item)
            ?? letter.Determination.Items.FirstOrDefault(i => i.Span.IsKnown && Before(i.Span.Line, i.Span.Column, d.Line, d.Column) && Before(d.Line, d.Column, i.Span.EndLine, i.Span.EndColumn));
    }

    private static bool Before(int line, int column, int otherLine, int otherColumn) => line < otherLine || (line == otherLine && column <= otherColumn);

    private int Count(Severity severity) => Report.Findings.Count(f => f.Severity == severity);
}

/// <summary>
/// The documentation of every ID a finding can carry, for the explanations beside findings: the standard rules and the
/// language's diagnostics (the ID catalogue), and the house rules of the run, which <see cref="Include"/> adds.
/// </summary>
public static class RuleDocs
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RuleInfo> House = new(StringComparer.Ordinal);

    /// <summary>House rules that ran (imr.json, --rules): their declared documentation explains their findings too.</summary>
    public static void Include(IEnumerable<RuleInfo> houseRules)
    {
        foreach (var rule in houseRules) House.TryAdd(rule.Id, rule);
    }

    public static RuleInfo? Find(string id) => ImrDsl.Domain.DiagnosticCatalog.Find(id) is { } known && known.Id == id ? known : House.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>"guideline-page-mismatch" as staff read it: "Guideline page mismatch".</summary>
    public static string Title(string id)
    {
        if (Find(id) is not { } rule) return id;
        var words = rule.Name.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
