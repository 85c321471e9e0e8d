using System.Text;
using ImrDsl.Domain.Letters;
using ImrDsl.Diagnostics;
using ImrDsl.Text;
using static ImrDsl.Cli.Output.Html.HtmlReport;

namespace ImrDsl.Cli.Output.Html;

/// <summary>
/// The letter's own text, line by line, with each finding's text highlighted and a numbered link at its start;
/// the finding's explanation sits beside the line it starts on (under it at phone width). Links run both ways,
/// so the findings can be walked with the keyboard alone.
/// </summary>
public static class LetterTextView
{
    private sealed record Marked(NumberedFinding Finding, int Start, int End, int Line, int Order);

    /// <summary>
    /// Letters with more lines than this (as read: LS, PS and a vertical tab end lines too) show only their first lines and
    /// the lines near their findings. A letter runs to a few thousand lines; a file of millions of short lines (a damaged
    /// conversion) made a report of gigabytes and ran out of memory, and nobody reads that page.
    /// </summary>
    internal const int MostLinesShownWhole = 20_000;

    /// <summary>Lines shown before and after a finding's lines, and at the top, in a letter too long to show whole.</summary>
    private const int LinesAroundAFinding = 3, OpeningLines = 20;

    /// <summary>Fewer lines than this between two shown runs are shown too: a note in place of two lines would only hide them.</summary>
    private const int FewestLinesLeftOut = 10;

    /// <summary>The page is handed to the output in pieces of about this many characters, not held whole.</summary>
    private const int FlushAtChars = 1 << 20;

    public static void Write(StringBuilder html, SourceFile source, IReadOnlyList<NumberedFinding> findings, TextWriter output)
    {
        var text = source.Text;
        var lines = source.Lines;
        var marked = findings.Select((f, i) => Locate(source, f, i)).ToList();
        // Each line meets only the findings on it: found by line, and by a sweep over the findings in order of their start.
        var notesByLine = marked.ToLookup(m => m.Line);
        var byStart = marked.OrderBy(m => m.Start).ToList();
        var nextByStart = 0;
        var covering = new List<Marked>();
        var shown = ShownRows(source, marked, out var rowCount);
        var nextShown = 0;
        (int Rows, int FirstLine, int LastLine) hidden = default;
        // A rule's documentation is given in full once per letter; later notes point back to it, to stay short.
        var firstOfRule = new Dictionary<string, NumberedFinding>(StringComparer.Ordinal);
        html.Append("<div class=\"text\">\n");
        var row = 0;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.LineStart(line);
            var end = lines.LineContentEnd(text, line);
            var onLine = notesByLine[line];
            // A letter that ends its lines in LS, PS or a vertical tab is shown as the lines it reads as: a numbered line
            // (CR and LF only, as editors count) may be the whole letter.
            for (var from = start; ; row++)
            {
                var cut = text.AsSpan(from, end - from).IndexOfAny(LetterSource.LineEndsWithinLinesSearch);
                var to = cut < 0 ? end : from + cut;
                while (shown is not null && nextShown < shown.Count && shown[nextShown].Last < row) nextShown++;
                if (shown is not null && (nextShown == shown.Count || shown[nextShown].First > row))
                {
                    hidden = hidden.Rows == 0 ? (1, line, line) : (hidden.Rows + 1, hidden.FirstLine, line);
                }
                else
                {
                    if (hidden.Rows > 0) Gap(html, hidden, rowCount);
                    hidden = default;
                    html.Append("<div class=\"line\">");
                    // Notes float into the right-hand column at the height of their line, without pushing the text apart.
                    foreach (var m in onLine.Where(m => m.Start >= from && (cut < 0 || m.Start <= to))) Note(html, m.Finding, firstOfRule);
                    html.Append("<span class=\"content\">");
                    while (nextByStart < byStart.Count && byStart[nextByStart].Start <= to) covering.Add(byStart[nextByStart++]);
                    covering.RemoveAll(m => m.End < from);
                    WriteLine(html, text, from, to, covering.Count > 1 ? covering.OrderBy(m => m.Order).ToList() : covering);
                    html.Append("</span></div>\n");
                    if (html.Length >= FlushAtChars)
                    {
                        output.Write(html);
                        html.Clear();
                    }
                }
                if (cut < 0) break;
                from = to + 1;
            }
            row++;
        }
        if (hidden.Rows > 0) Gap(html, hidden, rowCount);
        html.Append("<div class=\"end\"></div></div>\n");
    }

    /// <summary>
    /// The runs of lines as read (by their index, first to last, in order) that a letter too long to show whole shows:
    /// its opening lines and those around each finding's first and last line; null for a letter shown whole.
    /// </summary>
    private static List<(int First, int Last)>? ShownRows(SourceFile source, IReadOnlyList<Marked> marked, out int rowCount)
    {
        var text = source.Text;
        var within = new List<int>(); // where a line as read ends inside a numbered line
        for (var i = text.AsSpan().IndexOfAny(LetterSource.LineEndsWithinLinesSearch); i >= 0;)
        {
            within.Add(i);
            var next = text.AsSpan(i + 1).IndexOfAny(LetterSource.LineEndsWithinLinesSearch);
            i = next < 0 ? -1 : i + 1 + next;
        }
        rowCount = source.Lines.LineCount + within.Count;
        if (rowCount <= MostLinesShownWhole) return null;
        // A line as read is the numbered lines before it and the ends read inside lines before it.
        int RowOf(int offset)
        {
            var endsBefore = within.BinarySearch(offset);
            return source.Lines.LineIndexOf(offset) + (endsBefore >= 0 ? endsBefore : ~endsBefore);
        }
        var count = rowCount;
        (int, int) Around(int row) => (Math.Max(0, row - LinesAroundAFinding), Math.Min(count - 1, row + LinesAroundAFinding));
        var wanted = new List<(int First, int Last)> { (0, OpeningLines - 1) };
        foreach (var m in marked)
        {
            wanted.Add(Around(RowOf(m.Start)));
            wanted.Add(Around(RowOf(m.End)));
        }
        wanted.Sort();
        var runs = new List<(int First, int Last)>();
        foreach (var run in wanted)
            if (runs.Count > 0 && run.First <= runs[^1].Last + FewestLinesLeftOut) runs[^1] = (runs[^1].First, Math.Max(runs[^1].Last, run.Last));
            else runs.Add(run);
        if (count - 1 - runs[^1].Last <= FewestLinesLeftOut) runs[^1] = (runs[^1].First, count - 1);
        return runs;
    }

    /// <summary>Says which lines were left out, and where they are in the file, so that nobody takes the text shown for the whole letter.</summary>
    private static void Gap(StringBuilder html, (int Rows, int FirstLine, int LastLine) hidden, int rowCount)
    {
        html.Append("<div class=\"gap\" role=\"note\">").Append(Grouped(hidden.Rows)).Append(" lines are not shown here (")
            .Append(hidden.FirstLine == hidden.LastLine ? $"within line {Grouped(hidden.FirstLine + 1)}" : $"lines {Grouped(hidden.FirstLine + 1)} to {Grouped(hidden.LastLine + 1)}")
            .Append(" of the file): it has ").Append(Grouped(rowCount)).Append(" lines, so only its first lines and those near a finding are.</div>\n");
    }

    private static string Grouped(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a finding's highlight goes. An empty span (a finding about a place, not words) highlights the rest
    /// of its line, so that every finding has text to mark.
    /// </summary>
    private static Marked Locate(SourceFile source, NumberedFinding finding, int order)
    {
        var text = source.Text;
        var start = Math.Clamp(finding.Diagnostic.Start, 0, text.Length);
        var end = Math.Clamp(finding.Diagnostic.Start + finding.Diagnostic.Length, start, text.Length);
        var line = source.Lines.LineIndexOf(start);
        if (end == start)
        {
            end = source.Lines.LineContentEnd(text, line);
            if (start < end && text.AsSpan(start, end - start).IndexOfAny(LetterSource.LineEndsWithinLinesSearch) is var cut and >= 0) end = start + cut;
        }
        return new Marked(finding, start, end, line, order);
    }

    /// <summary>Cuts the line at every highlight boundary; each piece is marked with the findings covering it.</summary>
    private static void WriteLine(StringBuilder html, string text, int start, int end, IReadOnlyList<Marked> marks)
    {
        var cuts = new SortedSet<int> { start, end };
        foreach (var m in marks)
        {
            if (m.Start > start && m.Start < end) cuts.Add(m.Start);
            if (m.End > start && m.End < end) cuts.Add(m.End);
        }
        var points = cuts.ToList();
        for (var i = 0; i < points.Count; i++)
        {
            var from = points[i];
            foreach (var m in marks.Where(m => m.Start == from))
                html.Append("<a class=\"fref ").Append(m.Finding.SeverityClass).Append("\" id=\"").Append(m.Finding.AnchorId).Append("\" href=\"#")
                    .Append(m.Finding.NoteId).Append("\" data-rule=\"").Append(HtmlText.Encode(m.Finding.Diagnostic.Id)).Append("\" data-line=\"")
                    .Append(Number(m.Finding.Diagnostic.Line)).Append("\" data-column=\"").Append(Number(m.Finding.Diagnostic.Column)).Append("\">")
                    .Append("<span aria-hidden=\"true\">").Append(SeverityLetter(m.Finding.Diagnostic.Severity)).Append(Number(m.Finding.Number))
                    .Append("</span><span class=\"sr-only\">Finding ").Append(Number(m.Finding.Number)).Append(", ")
                    .Append(SeverityWord(m.Finding.Diagnostic.Severity).ToLowerInvariant()).Append(": ")
                    .Append(HtmlText.Encode(RuleDocs.Title(m.Finding.Diagnostic.Id))).Append("</span></a>");
            if (i + 1 == points.Count) break;
            var to = points[i + 1];
            var covering = marks.Where(m => m.Start <= from && m.End >= to && m.End > m.Start).ToList();
            if (covering.Count == 0)
            {
                HtmlText.Append(html, text, from, to);
                continue;
            }
            var worst = covering.Max(m => m.Finding.Diagnostic.Severity);
            html.Append("<mark class=\"hl sev-").Append(worst.ToText()).Append("\" data-findings=\"")
                .Append(string.Join(" ", covering.Select(m => m.Finding.AnchorId))).Append("\">");
            HtmlText.Append(html, text, from, to);
            html.Append("</mark>");
        }
    }

    private static void Note(StringBuilder html, NumberedFinding finding, Dictionary<string, NumberedFinding> firstOfRule)
    {
        var d = finding.Diagnostic;
        var rule = finding.Rule;
        html.Append("<div class=\"note ").Append(finding.SeverityClass).Append("\" role=\"note\" id=\"").Append(finding.NoteId)
            .Append("\" aria-labelledby=\"").Append(finding.NoteId).Append("-title\">")
            .Append("<h4 id=\"").Append(finding.NoteId).Append("-title\">").Append(SeverityBadge(d.Severity)).Append(' ')
            .Append("<span>").Append(Number(finding.Number)).Append(". ").Append(HtmlText.Encode(RuleDocs.Title(d.Id))).Append("</span>")
            .Append("<span class=\"quiet\">").Append(HtmlText.Encode(d.Id)).Append("</span></h4>")
            .Append("<p><span class=\"label\">What is wrong:</span> ").Append(HtmlText.Encode(d.Message)).Append("</p>");
        if (rule is not null && firstOfRule.TryGetValue(d.Id, out var first))
        {
            html.Append("<p><span class=\"label\">Why it matters and how to fix it:</span> as for <a href=\"#").Append(first.NoteId)
                .Append("\">finding ").Append(Number(first.Number)).Append("</a>.</p>");
        }
        else if (rule is not null)
        {
            firstOfRule[d.Id] = finding;
            if (!string.IsNullOrWhiteSpace(rule.Why))
                html.Append("<p><span class=\"label\">Why it matters:</span> ").Append(HtmlText.Encode(OneParagraph(rule.Why))).Append("</p>");
            if (!string.IsNullOrWhiteSpace(rule.Passing))
            {
                html.Append("<p><span class=\"label\">How to fix it:</span> make it read like this example.</p><pre>");
                foreach (var line in rule.Passing.Split('\n'))
                {
                    HtmlText.Append(html, line, 0, line.Length);
                    html.Append('\n');
                }
                html.Append("</pre>");
            }
        }
        html.Append("<a class=\"back\" href=\"#").Append(finding.AnchorId).Append("\">Back to finding ").Append(Number(finding.Number)).Append(" in the text</a></div>");
    }

    private static string OneParagraph(string text) => string.Join(" ", text.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    private static char SeverityLetter(Severity severity) => severity switch { Severity.Error => 'E', Severity.Warning => 'W', _ => 'I' };
}
