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
    public DisputedItem? ItemOf(NumberedFinding finding) => (_placed ??= Place()).ItemOf[finding.Number - 1];

    /// <summary>The findings about an item, in their order.</summary>
    public IReadOnlyList<NumberedFinding> FindingsOf(DisputedItem item)
        => (_placed ??= Place()).ByItem.TryGetValue(item, out var found) ? found : Array.Empty<NumberedFinding>();

    /// <summary>Each finding's item (by the finding's number), and each item's findings: one placement, read both ways.</summary>
    private sealed record Placement(DisputedItem?[] ItemOf, Dictionary<DisputedItem, List<NumberedFinding>> ByItem);

    private Placement? _placed;

    /// <summary>
    /// Every finding's item, worked out once: asked item by item, a letter of a thousand items and as many findings took
    /// a billion comparisons (minutes for one report). Items follow one another in a letter, so the only one that can
    /// hold a finding is the last to start at or before it.
    /// </summary>
    private Placement Place()
    {
        var result = new DisputedItem?[Findings.Count];
        var byItem = new Dictionary<DisputedItem, List<NumberedFinding>>(ReferenceEqualityComparer.Instance);
        if (Report.Letter is not { } letter) return new Placement(result, byItem);
        var byService = new Dictionary<string, DisputedItem>(StringComparer.Ordinal);
        foreach (var item in letter.Determination.Items)
            if (item.Service is { } service) byService.TryAdd(service, item);
        var placed = letter.Determination.Items.Where(i => i.Span.IsKnown).OrderBy(i => i.Span.Line).ThenBy(i => i.Span.Column).ToArray();
        for (var f = 0; f < Findings.Count; f++)
        {
            var d = Findings[f].Diagnostic;
            result[f] = d.Item is not null && byService.TryGetValue(d.Item, out var named) ? named : Holding(placed, d);
            if (result[f] is not { } owner) continue;
            if (!byItem.TryGetValue(owner, out var list)) byItem[owner] = list = new List<NumberedFinding>();
            list.Add(Findings[f]);
        }
        return new Placement(result, byItem);
    }

    /// <summary>The last item (by start) that starts at or before the finding, if its text reaches the finding.</summary>
    private static DisputedItem? Holding(DisputedItem[] placed, Diagnostic d)
    {
        int low = 0, high = placed.Length - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Before(placed[middle].Span.Line, placed[middle].Span.Column, d.Line, d.Column)) (last, low) = (middle, middle + 1);
            else high = middle - 1;
        }
        return last >= 0 && Before(d.Line, d.Column, placed[last].Span.EndLine, placed[last].Span.EndColumn) ? placed[last] : null;
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
