using ImrDsl.Cli.Output;
using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;
using ImrDsl.Pdf;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// A file's findings as the streamed reports (text, JSON, SARIF, GitHub) write them. The file's text is gone: only the
/// lines its findings point at are kept (<see cref="Lines"/>), so a run holds no more than a few files' worth of
/// excerpts however many or large the files are.
/// </summary>
public sealed record ReportedFile(string Path, IReadOnlyList<Diagnostic> Findings, FindingLines? Lines)
{
    /// <summary>Takes what the reports need from <paramref name="report"/>'s text; the text itself can then be released.</summary>
    public static ReportedFile Of(FileReport report)
        => new(report.Path, report.Findings, report.Source is null ? null : FindingLines.Of(report.Source, report.Findings));
}

/// <summary>
/// The lines of a file that findings point at (their text, for excerpts and SARIF fingerprints) and, in a PDF letter,
/// where each is printed. Null in a <see cref="ReportedFile"/> for a file without text (unreadable).
/// </summary>
public sealed class FindingLines
{
    private readonly Dictionary<int, string> _text;
    private readonly Dictionary<int, (int Page, int Line)>? _pages;

    private FindingLines(Dictionary<int, string> text, Dictionary<int, (int Page, int Line)>? pages)
    {
        _text = text;
        _pages = pages;
    }

    public static FindingLines Of(SourceFile source, IEnumerable<Diagnostic> findings)
    {
        // Most letters have no finding: they share one empty set of lines rather than each making its own.
        if (findings is IReadOnlyCollection<Diagnostic> { Count: 0 }) return None;
        var lines = DistinctSortedLines(findings);
        var text = new Dictionary<int, string>(lines.Count);
        foreach (var line in lines) text[line] = source.LineText(line);
        Dictionary<int, (int Page, int Line)>? pages = null;
        if (lines.Count > 0 && LetterSource.IsPdfText(source))
        {
            var located = PdfPageMap.LocateAll(source.Text, lines);
            pages = new Dictionary<int, (int Page, int Line)>(lines.Count);
            for (var i = 0; i < lines.Count; i++) pages[lines[i]] = located[i];
        }
        return new FindingLines(text, pages);
    }

    /// <summary>The lines of a file without findings: none. Read-only, so one serves every such file.</summary>
    private static readonly FindingLines None = new(new Dictionary<int, string>(), null);

    /// <summary>The lines the findings point at, each once, in order.</summary>
    /// <remarks>Sorted in place rather than with LINQ's Distinct and Order over int, which ReadyToRun cannot precompile
    /// in this assembly: fourteen methods were JIT-compiled at every start, on the way to the first report.</remarks>
    private static List<int> DistinctSortedLines(IEnumerable<Diagnostic> findings)
    {
        var lines = new List<int>();
        foreach (var finding in findings)
            if (finding.Line >= 1) lines.Add(finding.Line);
        lines.Sort();
        var kept = 0;
        for (var i = 0; i < lines.Count; i++)
            if (kept == 0 || lines[i] != lines[kept - 1]) lines[kept++] = lines[i];
        lines.RemoveRange(kept, lines.Count - kept);
        return lines;
    }

    /// <summary>The text of a line a finding points at, without its line break; empty for any other line.</summary>
    public string LineText(int line) => _text.TryGetValue(line, out var text) ? text : string.Empty;

    /// <summary>For a PDF letter, the page and the line on it where the finding's line is printed (see <see cref="PageLocation"/>).</summary>
    public (int Page, int Line)? PageOf(Diagnostic finding)
        => _pages is not null && finding.Line >= 1 && _pages.TryGetValue(finding.Line, out var at) ? at : null;
}
