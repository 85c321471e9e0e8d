using System.Globalization;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Reads an IMR final determination letter, as PDF-extracted text, converted Markdown-like text or a .docx
/// draft's paragraphs, into the typed <see cref="Determination"/>, with the span of every value in the
/// original file. A hand-written line scanner, not a grammar: letters are prose with a loose shape, and
/// whatever is missing is simply absent from the model (the rules then say what is missing). Never throws.
/// </summary>
public sealed class LetterReader
{
    private static readonly string[] HowHeading = { "HOW THE IMR FINAL DETERMINATION WAS MADE" };
    // Most letters print the first; a few print a shorter one.
    private static readonly string[] SummaryHeading = { "CLINICAL CASE SUMMARY", "CLINICAL SUMMARY", "CASE SUMMARY" };
    private static readonly string[] DecisionsHeading =
        { "IMR ISSUES, DECISIONS AND RATIONALES", "IMR ISSUES AND DECISIONS", "IMR ISSUES, DECISIONS AND RATIONALE", "IMR ISSUE, DECISION AND RATIONALE" };

    /// <summary>The straight quote the reader reads a typographic one as, or the character itself (see LetterText.StraightQuote).</summary>
    public static char QuoteAsRead(char c) => LetterText.StraightQuote(c);

    /// <summary>
    /// Whether a line's words are one of the sections' headings (case ignored, a closing colon allowed): the standard
    /// wording every letter prints, never anyone's details.
    /// </summary>
    public static bool IsSectionHeading(string words)
    {
        var heading = words.AsSpan().TrimEnd(':');
        foreach (var known in SectionHeadings)
            if (heading.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] SectionHeadings = [.. HowHeading, .. SummaryHeading, .. DecisionsHeading];

    private readonly CitationReader _citations;

    public LetterReader(IEnumerable<GuidelineCatalogue> catalogues) => _citations = new CitationReader(catalogues);

    /// <summary>A reader over the standard catalogues.</summary>
    public static LetterReader Standard { get; } = new(Guidelines.All);

    public Determination Read(SourceFile file)
    {
        var scan = new LetterScan(file);
        var how = scan.FindHeading(HowHeading, 0);
        var summary = scan.FindHeading(SummaryHeading, 0);
        var decisions = scan.FindHeading(DecisionsHeading, 0);
        var firstHeading = Math.Min(how?.Line ?? scan.Lines.Count, Math.Min(summary?.Line ?? scan.Lines.Count, decisions?.Line ?? scan.Lines.Count));

        var header = ReadHeader(scan, firstHeading);
        var reviewer = how is { } h ? ReadReviewer(scan, h.After, NextHeading(scan, h.Line, summary, decisions)) : null;
        var caseSummary = summary is { } s ? ReadSummary(scan, s.After, NextHeading(scan, s.Line, how, decisions)) : null;
        var items = decisions is { } d ? ReadItems(scan, d.After, NextHeading(scan, d.Line, how, summary)) : new List<DisputedItem>();
        // No "<item>: Upheld" headings: the 2013 layout numbers its decisions ("1) ... has determined the request for X is
        // not medically necessary and appropriate.") and gives each issue its own numbered block.
        if (items.Count == 0)
            items = ReadNumberedItems(scan, decisions is { } n ? n.After : 0, decisions is { } m ? NextHeading(scan, m.Line, how, summary) : scan.Lines.Count);
        // Neither: a letter whose one item lost its outcome ("TENS unit, 30 day rental:" before its labels) has that item,
        // undecided, as a letter of two items has, not none.
        if (items.Count == 0 && decisions is { } undecided)
            items = ReadItems(scan, undecided.After, NextHeading(scan, undecided.Line, how, summary), bareHeadings: true);

        // Built once with every value: each `with` on the way copied the whole record and its spans (a quarter of the
        // bytes the reader allocated per letter).
        var determination = new Determination
        {
            CaseNumber = header.CaseNumber,
            AssignedDate = header.AssignedDate,
            InjuryDate = header.InjuryDate,
            InjuryDateThrough = header.InjuryDateThrough,
            DecisionDate = header.DecisionDate,
            UrDenialDate = header.UrDenialDate,
            ApplicationReceived = header.ApplicationReceived,
            InvalidDate = header.InvalidDate,
            Priority = header.Priority,
            Reviewer = reviewer,
            Summary = caseSummary,
            Items = new ValueList<DisputedItem>(items),
            Span = scan.File.SpanOf(0, scan.Text.Length),
            Spans = new Determination.FieldSpans
            {
                CaseNumber = header.CaseNumberSpan,
                AssignedDate = header.AssignedDateSpan,
                InjuryDate = header.InjuryDateSpan,
                InjuryDateThrough = header.InjuryDateThroughSpan,
                DecisionDate = header.DecisionDateSpan,
                UrDenialDate = header.UrDenialDateSpan,
                ApplicationReceived = header.ApplicationReceivedSpan,
                InvalidDate = header.InvalidDateSpan,
                Priority = header.PrioritySpan,
                Reviewer = reviewer?.Span ?? SourceSpan.None,
                Summary = caseSummary?.Span ?? SourceSpan.None,
                Items = items.Count > 0 ? items[0].Span : SourceSpan.None,
            },
        };
        // Nothing read keeps the lines: their array serves the next letter this thread reads.
        scan.Lines.Release();
        return determination;
    }

    /// <summary>The line where the section that starts at <paramref name="line"/> ends: the next heading after it, or the end.</summary>
    private static int NextHeading(LetterScan scan, int line, LetterScan.Heading? one, LetterScan.Heading? other)
    {
        // Plain code rather than LINQ over the nullable headings: each generic instantiation over a struct is compiled
        // at start-up, since ReadyToRun cannot precompile the framework's generic code for this assembly's types.
        var next = scan.Lines.Count;
        if (one is { } a && a.Line > line) next = Math.Min(next, a.Line);
        if (other is { } b && b.Line > line) next = Math.Min(next, b.Line);
        return next;
    }

    // ---- header ----------------------------------------------------------------------------------

    /// <summary>The header's values and their spans, filled cell by cell (a later cell of the same label wins).</summary>
    private sealed class Header
    {
        public string? CaseNumber, Priority;
        public DateTime? AssignedDate, InjuryDate, InjuryDateThrough, DecisionDate, UrDenialDate, ApplicationReceived;
        public SourceSpan CaseNumberSpan, AssignedDateSpan, InjuryDateSpan, InjuryDateThroughSpan, DecisionDateSpan, UrDenialDateSpan, PrioritySpan, ApplicationReceivedSpan;
        public string? InvalidDate;
        public SourceSpan InvalidDateSpan;
        private int invalidDateIndex;

        /// <summary>
        /// The date a cell's first text in a date's shape names. Text that names no real day ("02/30/2013") reads as no date,
        /// and the header keeps the earliest such in the letter as its invalid date, for IMR008 to report instead of the
        /// date going unchecked. All zeros ("00/00/0000") is a placeholder for a date not known, not a typing error.
        /// </summary>
        public DateTime? Dated(CellValue cell) => Dated(cell, cell.FirstDate());

        private DateTime? Dated(CellValue cell, (DateTime? Date, int Index, int Length)? written)
        {
            if (written is not { } found) return null;
            if (found.Date is null && !IsAllZeros(cell.File.Text, found.Index, found.Length) && (InvalidDate is null || found.Index < invalidDateIndex))
                (InvalidDate, InvalidDateSpan, invalidDateIndex) = (cell.File.Text.Substring(found.Index, found.Length), cell.SpanOf(found.Index, found.Length), found.Index);
            return found.Date;
        }

        /// <summary>
        /// The date of injury's cell: one day, or a cumulative-trauma period's first and last days. A period with an end
        /// that names no real day is no date at all, as its first day alone would be compared as if it were the whole.
        /// </summary>
        public void ReadInjury(CellValue cell)
        {
            var first = cell.FirstDate();
            InjuryDate = Dated(cell, first);
            var last = first is { Date: not null } from ? cell.PeriodEnd(from.Index + from.Length) : null;
            InjuryDateThrough = Dated(cell, last);
            if (last is { Date: null }) InjuryDate = null;
            InjuryDateThroughSpan = last is { Date: not null } through ? cell.SpanOf(through.Index, through.Length) : SourceSpan.None;
            InjuryDateSpan = cell.Span();
        }

        private static bool IsAllZeros(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
                if (text[i] is >= '1' and <= '9' || TextScan.IsCaselessAsciiLetter(text[i])) return false;
            return true;
        }
    }

    /// <summary>A header cell's value: text[Start, End). A date is read where it lies; only text values become strings.</summary>
    private readonly record struct CellValue(LetterText File, int Start, int End)
    {
        private string Text => File.Text;
        public override string ToString() => Text.Substring(Start, End - Start);

        /// <summary>
        /// The cell's first text in a date's shape, whether or not it names a real day, or null. A cell that holds a date
        /// may also open with a dashed one with a two-digit year ("7-11-16"), which elsewhere could be a range of numbers.
        /// </summary>
        public (DateTime? Date, int Index, int Length)? FirstDate()
            => LetterDates.WrittenAt(Text, TextScan.SkipSpaces(Text, Start, End), End) ?? LetterDates.FindWritten(Text, Start, End - Start);

        /// <summary>
        /// The second date of a period whose first date ends at <paramref name="after"/>: the text in a date's shape after a
        /// dash, "to", "through" or "thru" ("01/01/2010 - 06/30/2012", as cumulative-trauma injuries are dated), or null.
        /// </summary>
        public (DateTime? Date, int Index, int Length)? PeriodEnd(int after)
        {
            var i = TextScan.SkipSpaces(Text, after, End);
            if (i < End && Text[i] is '-' or '\u2013' or '\u2014') i++;
            else if (TextScan.CaselessAnyAt(Text, i, End, PeriodWords) is var word and >= 0 && TextScan.SkipRequiredSpaces(Text, i + PeriodWords[word].Length, End) is var past and >= 0) i = past;
            else return null;
            return LetterDates.WrittenAt(Text, TextScan.SkipSpaces(Text, i, End), End);
        }

        private static readonly string[] PeriodWords = { "through", "thru", "to" };

        public SourceSpan Span() => TextRun.SpanOf(File, Start, End);

        /// <summary>The span of the cell's text[index, index + length).</summary>
        public SourceSpan SpanOf(int index, int length) => TextRun.SpanOf(File, index, index + length);

        /// <summary>
        /// The case number the cell starts with, when it has a letter's usual shape ("CM16-0101234", "IMR 13-000123",
        /// case ignored, a space allowed after the hyphen): in capitals, without a converter's space after the hyphen, and
        /// without what the cell adds after it ("CM16-0101234.", "CM16-0101234 (Expedited)"). Else the cell as it is.
        /// </summary>
        public (string Text, SourceSpan Span) CaseNumber()
        {
            if (CaseNumberEnd(Text, Start, End) is not { } end) return (ToString(), Span());
            var number = new System.Text.StringBuilder(end - Start);
            for (var i = Start; i < end; i++)
                if (!(Text[i] == ' ' && Text[i - 1] == '-')) number.Append(char.ToUpperInvariant(Text[i]));
            return (number.ToString(), TextRun.SpanOf(File, Start, end));
        }
    }

    /// <summary>
    /// Each header cell's label and the typed field it fills, with the value's span; and whether the label must open its
    /// line, as "Dated:" must, since it also ends words ("Updated:").
    /// </summary>
    private static readonly (string Label, Action<Header, CellValue> Set, bool OpensLine)[] HeaderFields =
    {
        ("Case Number", (h, v) => (h.CaseNumber, h.CaseNumberSpan) = v.CaseNumber(), false),
        ("Date Assigned", (h, v) => { h.AssignedDate = h.Dated(v); h.AssignedDateSpan = v.Span(); }, false),
        ("Date of Injury", (h, v) => h.ReadInjury(v), false),
        ("Decision Date", (h, v) => { h.DecisionDate = h.Dated(v); h.DecisionDateSpan = v.Span(); }, false),
        ("UR Denial Date", (h, v) => { h.UrDenialDate = h.Dated(v); h.UrDenialDateSpan = v.Span(); }, false),
        ("Priority", (h, v) => { h.Priority = v.ToString(); h.PrioritySpan = v.Span(); }, false),
        ("Application Received", (h, v) => { h.ApplicationReceived = h.Dated(v); h.ApplicationReceivedSpan = v.Span(); }, false),
        // The 2013 notice dates the determination in a line of its own ("Dated: 11/04/2013"): its decision date.
        ("Dated", (h, v) => { h.DecisionDate = h.Dated(v); h.DecisionDateSpan = v.Span(); }, true),
    };

    /// <summary>Where a case number in the usual shape ends, when text[start, end) starts with one, or null.</summary>
    internal static int? CaseNumberEnd(string text, int start, int end)
        => CaseNumberEnd(text, start, end, "cm", 7) ?? CaseNumberEnd(text, start, end, "imr ", 6);

    /// <param name="prefix">In lower case, as <see cref="TextScan.CaselessAt"/> wants it.</param>
    private static int? CaseNumberEnd(string text, int start, int end, string prefix, int serialDigits)
    {
        if (!TextScan.CaselessAt(text, start, end, prefix)) return null;
        var year = start + prefix.Length;
        if (TextScan.SkipAsciiDigits(text, year, end) != year + 2 || year + 2 >= end || text[year + 2] != '-') return null;
        var serial = year + 3;
        if (serial < end && text[serial] == ' ') serial++;
        var serialEnd = TextScan.SkipAsciiDigits(text, serial, end);
        return serialEnd - serial == serialDigits ? serialEnd : null;
    }

    /// <summary>Each header label as written, with its colon ("Case Number:"), the field it fills, and whether it opens its line.</summary>
    private static readonly (CaselessWord Label, Action<Header, CellValue> Set, bool OpensLine)[] HeaderLabels = WithColons(HeaderFields);

    /// <summary>The case number's label among <see cref="HeaderLabels"/>.</summary>
    private static readonly CaselessWord CaseNumberLabel = Array.Find(HeaderLabels, l => l.Label.Text == "Case Number:").Label;

    private static (CaselessWord, Action<Header, CellValue>, bool)[] WithColons((string Label, Action<Header, CellValue> Set, bool OpensLine)[] fields)
    {
        var labels = new (CaselessWord, Action<Header, CellValue>, bool)[fields.Length];
        for (var i = 0; i < fields.Length; i++) labels[i] = (new CaselessWord(fields[i].Label + ":"), fields[i].Set, fields[i].OpensLine);
        return labels;
    }

    /// <summary>Words that make a header label name another review's date or number ("UR Decision Date", "Prior Case Number").</summary>
    private static readonly string[] LabelQualifiers = { "ur", "utilization review", "prior", "previous", "original", "initial" };

    /// <summary>Whether one of <see cref="LabelQualifiers"/>, as whole words, ends a single space before <paramref name="at"/>.</summary>
    private static bool IsQualified(string text, int lineStart, int at)
    {
        if (at - lineStart < 2 || text[at - 1] != ' ' || !char.IsLetter(text[at - 2])) return false;
        foreach (var qualifier in LabelQualifiers)
        {
            var start = at - 1 - qualifier.Length;
            if (start >= lineStart && TextScan.CaselessAt(text, start, at - 1, qualifier) && (start == lineStart || !char.IsLetterOrDigit(text[start - 1]))) return true;
        }
        return false;
    }

    /// <summary>`Label: value` cells before the first heading, as in "&lt;b&gt;Case Number:&lt;/b&gt;\tCM13-0068515".</summary>
    private static Header ReadHeader(LetterScan scan, int endLine)
    {
        var header = new Header();
        var text = scan.Text;
        for (var i = 0; i < endLine; i++)
        {
            var line = scan.Lines[i];
            // Every label ends with a colon: most lines of a letter hold none and need no search for seven labels.
            if (line.Kind != LineKind.Text || text.IndexOf(':', line.Start, line.ContentEnd - line.Start) < 0) continue;
            foreach (var (label, set, opensLine) in HeaderLabels)
            {
                var at = label.IndexIn(text, line.Start, line.ContentEnd - line.Start);
                // "UR Decision Date:" is the utilization review's, not this decision's: the label's next use on the line, if any.
                while (at >= 0 && IsQualified(text, line.Start, at)) at = label.IndexIn(text, at + 1, line.ContentEnd - at - 1);
                if (at < 0 || opensLine && at != line.ContentStart) continue;
                var valueStart = CellStart(text, at + label.Length, line.ContentEnd);
                var valueEnd = ValueEnd(text, valueStart, line.ContentEnd);
                // A row of labels with their values in the row below, column by column, as a table of labels above values
                // gives ("Date of Injury:      Decision Date:" / "05/05/2013      03/22/2016"): the label's column there.
                if (valueEnd <= valueStart && LabelRow(text, line) is { } labels)
                {
                    if (ValueBelowInColumn(scan, i, endLine, at, labels) is not { } cell) continue;
                    (valueStart, valueEnd) = cell;
                }
                // "Date of Injury:" at the end of a wrapped line: the value opens the next line.
                else if (valueStart >= line.ContentEnd && LineBelow(scan, i, endLine) is var below && below >= 0)
                {
                    var valueLine = scan.Lines[below];
                    valueStart = CellStart(text, valueLine.ContentStart, valueLine.ContentEnd);
                    valueEnd = ValueEnd(text, valueStart, valueLine.ContentEnd);
                }
                if (valueEnd <= valueStart) continue;
                set(header, new CellValue(scan.File, valueStart, valueEnd));
            }
        }
        return header;
    }

    /// <summary>
    /// Where a header value that starts at <paramref name="valueStart"/> ends, past its trailing white space and emphasis: at a
    /// tab, markup, a Markdown table's border, a gap of two spaces (PDF table cells) or the next label on the line.
    /// </summary>
    private static int ValueEnd(string text, int valueStart, int lineEnd)
    {
        var valueEnd = valueStart;
        while (valueEnd < lineEnd && text[valueEnd] is not ('\t' or '<' or '|')
               && !(text[valueEnd] == ' ' && valueEnd + 1 < lineEnd && text[valueEnd + 1] == ' ')) valueEnd++;
        // Every label ends with its colon (WithColons): a value without one holds no label, and most hold none.
        if (text.AsSpan(valueStart, valueEnd - valueStart).IndexOf(':') >= 0)
            foreach (var (other, _, _) in HeaderLabels)
            {
                var next = other.IndexIn(text, valueStart, valueEnd - valueStart);
                if (next >= valueStart) valueEnd = next;
            }
        while (valueEnd > valueStart && (LetterLines.IsSpace(text[valueEnd - 1]) || text[valueEnd - 1] is '*' or '_')) valueEnd--;
        return valueEnd;
    }

    /// <summary>
    /// The value of the label at <paramref name="at"/> on line <paramref name="row"/>, a row of labels without values
    /// (<paramref name="labels"/>, as <see cref="LabelRow"/> found them): the cell in the same column of the next text line,
    /// which must hold as many cells as the row holds labels. Null otherwise: a value taken from another column would be
    /// another field's.
    /// </summary>
    private static (int Start, int End)? ValueBelowInColumn(LetterScan scan, int row, int endLine, int at, List<(int Start, int End)> labels)
    {
        var text = scan.Text;
        var column = -1;
        for (var k = 0; k < labels.Count; k++)
            if (labels[k].Start <= at && at < labels[k].End) column = k;
        var below = LineBelow(scan, row, endLine);
        if (column < 0 || below < 0) return null;
        var values = Cells(text, scan.Lines[below].ContentStart, scan.Lines[below].ContentEnd);
        if (values.Count != labels.Count) return null;
        var (valueStart, valueEnd) = values[column];
        // The row below is values, not another row of labels.
        if (HoldsHeaderLabel(text, valueStart, valueEnd)) return null;
        valueEnd = ValueEnd(text, valueStart, valueEnd);
        return valueEnd > valueStart ? (valueStart, valueEnd) : null;
    }

    /// <summary>Whether text[start, end) holds a header label ("Case Number:", "Date of Injury:" ...).</summary>
    internal static bool HoldsHeaderLabel(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOf(':') < 0) return false;
        foreach (var (label, _, _) in HeaderLabels)
            if (label.IndexIn(text, start, end - start) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Whether text[start, end) holds the case number's label and its value and nothing more but words before them ("IMR
    /// Case Number: CM14-0551030"), as a page's running header does.
    /// </summary>
    internal static bool HoldsOnlyTheCaseNumber(string text, int start, int end)
    {
        var at = CaseNumberLabel.IndexIn(text, start, end - start);
        if (at < 0) return false;
        foreach (var (label, _, _) in HeaderLabels)
            if (label != CaseNumberLabel && label.IndexIn(text, start, end - start) >= 0) return false;
        var value = at + CaseNumberLabel.Length;
        while (value < end && text[value] is ' ' or '\t') value++;
        return CaseNumberEnd(text, value, end) is { } valueEnd && text.AsSpan(valueEnd, end - valueEnd).Trim().IsEmpty;
    }

    /// <summary>
    /// The line a header value below its label is on: the next text line within two, past a Markdown table's rule under
    /// the labels ("| --- | --- |"), which is no row of values; -1 if none.
    /// </summary>
    private static int LineBelow(LetterScan scan, int row, int endLine)
    {
        var below = scan.NextTextLine(row + 1, Math.Min(endLine, row + 3), acrossParagraphs: true);
        while (below >= 0 && IsTableRule(scan.Text, scan.Lines[below]))
            below = scan.NextTextLine(below + 1, Math.Min(endLine, below + 3), acrossParagraphs: true);
        return below;
    }

    /// <summary>Whether the line is a Markdown table's rule: only bars, dashes, colons and spaces.</summary>
    private static bool IsTableRule(string text, LetterLine line)
    {
        var dashes = false;
        for (var i = line.Start; i < line.ContentEnd; i++)
        {
            if (text[i] == '-') dashes = true;
            else if (text[i] is not ('|' or ':' or ' ' or '\t')) return false;
        }
        return dashes;
    }

    /// <summary>The line's cells when it is two or more, each one header label with nothing after its colon; else null.</summary>
    private static List<(int Start, int End)>? LabelRow(string text, LetterLine line)
    {
        var cells = Cells(text, line.ContentStart, line.ContentEnd);
        if (cells.Count < 2) return null;
        foreach (var (start, end) in cells)
            if (LabelCellAt(text, start, end) != end) return null;
        return cells;
    }

    /// <summary>The end of the header label that text[start, end) opens with (past its colon and emphasis), or null.</summary>
    private static int? LabelCellAt(string text, int start, int end)
    {
        foreach (var (label, _, _) in HeaderLabels)
            if (label.IndexIn(text, start, end - start) == start) return CellStart(text, start + label.Length, end);
        return null;
    }

    /// <summary>A line's cells: the runs of text between tabs, Markdown borders and gaps of two spaces or more.</summary>
    private static List<(int Start, int End)> Cells(string text, int start, int end)
    {
        var cells = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && (LetterLines.IsSpace(text[i]) || text[i] == '|')) i++;
            if (i >= end) break;
            var cellStart = i;
            while (i < end && text[i] is not ('\t' or '|') && !(text[i] == ' ' && i + 1 < end && text[i + 1] is ' ' or '\t')) i++;
            cells.Add((cellStart, i));
        }
        return cells;
    }

    /// <summary>
    /// Where a header value starts after its label: past white space, the emphasis that closed the label ("**Case
    /// Number:** CM16-0101234") and a Markdown table's border between the label's cell and the value's ("| Case Number: |
    /// CM16-0101234 |").
    /// </summary>
    private static int CellStart(string text, int at, int end)
    {
        while (at < end && (LetterLines.IsSpace(text[at]) || text[at] is '*' or '_' or '|')) at++;
        return at;
    }

    // ---- reviewer --------------------------------------------------------------------------------

    /// <summary>Where "Board Certified in X, ... subspecialty in Y, ... licensed to practice in Z" lies, with its three values.</summary>
    internal readonly record struct Credential(int Index, int End, int SpecialtyStart, int SpecialtyEnd, (int Start, int End)? Subspecialty, (int Start, int End)? States);

    private const string BoardCertifiedIn = "board certified in ";
    private const string SpecialtyIn = "specialty in ";
    private const string LicensedIn = "licensed to practice in ";

    /// <summary>
    /// The first credential sentence, as <c>Board Certified in (?&lt;specialty&gt;[^,.;]+?)(?:,| and |\.|;)(?:.*?sub-?specialty in
    /// (?&lt;sub&gt;[^,.;]+?)(?:,| and |\.|;))?(?:.*?licensed to practice in (?&lt;states&gt;[^.;]+))?</c> found it (case ignored, '.'
    /// any character). The two optional parts can always match nothing, so each is the first place where it matches.
    /// </summary>
    internal static Credential? FindCredential(string text)
    {
        for (var at = TextScan.IndexOfCaseless(text, BoardCertifiedIn, 0); at >= 0; at = TextScan.IndexOfCaseless(text, BoardCertifiedIn, at + 1))
        {
            var specialtyStart = at + BoardCertifiedIn.Length;
            if (ShortestValue(text, specialtyStart) is not { } specialty) continue;
            var end = specialty.TerminatorEnd;
            (int, int)? subspecialty = null, states = null;
            for (var k = TextScan.IndexOfCaseless(text, "sub", end); k >= 0; k = TextScan.IndexOfCaseless(text, "sub", k + 1))
            {
                var phrase = k + 3 < text.Length && text[k + 3] == '-' ? k + 4 : k + 3;
                if (!TextScan.CaselessAt(text, phrase, text.Length, SpecialtyIn) || ShortestValue(text, phrase + SpecialtyIn.Length) is not { } sub) continue;
                subspecialty = (phrase + SpecialtyIn.Length, sub.ValueEnd);
                end = sub.TerminatorEnd;
                break;
            }
            for (var k = TextScan.IndexOfCaseless(text, LicensedIn, end); k >= 0; k = TextScan.IndexOfCaseless(text, LicensedIn, k + 1))
            {
                var statesStart = k + LicensedIn.Length;
                var statesEnd = statesStart;
                while (statesEnd < text.Length && text[statesEnd] is not ('.' or ';')) statesEnd++;
                if (statesEnd == statesStart) continue;
                states = (statesStart, statesEnd);
                end = statesEnd;
                break;
            }
            return new Credential(at, end, specialtyStart, specialty.ValueEnd, subspecialty, states);
        }
        return null;
    }

    /// <summary>
    /// <c>[^,.;]+?(?:,| and |\.|;)</c> at <paramref name="start"/>: the shortest value (one character at least, none of
    /// ",.;") followed by a terminator, which ends at the first ',', '.', ';' or " and " after its first character.
    /// </summary>
    private static (int ValueEnd, int TerminatorEnd)? ShortestValue(string text, int start)
    {
        for (var i = start + 1; i <= text.Length; i++)
        {
            if (text[i - 1] is ',' or '.' or ';' || i == text.Length) return null;
            if (text[i] is ',' or '.' or ';') return (i, i + 1);
            if (TextScan.CaselessAt(text, i, text.Length, " and ")) return (i, i + 5);
        }
        return null;
    }

    private static Reviewer? ReadReviewer(LetterScan scan, int from, int to)
    {
        var text = scan.Text;
        string? specialty = null, subspecialty = null;
        var licensure = new List<string>();
        SourceSpan specialtySpan = default, subspecialtySpan = default, licensureSpan = default;
        SourceSpan? first = null, last = null;

        // Style 2: "State(s) of Licensure: X" and "Certification(s)/Specialty: Y" on lines of their own (a long value wraps on).
        var labels = ReviewerLabels;
        for (var i = from; i < to; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind != LineKind.Text) continue;
            foreach (var label in labels)
            {
                if (ValueAfter(text, line, label) is not { } value) continue;
                var run = new TextRun(text);
                run.Append(value.Start, value.End);
                for (var next = scan.NextTextLine(i + 1, to); next >= 0 && !StartsWithReviewerLabel(text, scan.Lines[next]); next = scan.NextTextLine(next + 1, to))
                {
                    run.Append(scan.Lines[next].ContentStart, scan.Lines[next].ContentEnd);
                    i = next;
                }
                var span = run.Span(scan.File, 0, run.Length);
                if (label == labels[0])
                {
                    AddStates(licensure, run.ToString());
                    licensureSpan = span;
                }
                else
                {
                    specialty = run.ToString();
                    specialtySpan = span;
                }
                first ??= span;
                last = span;
                break;
            }
        }

        // Style 1: "... is Board Certified in X, has a subspecialty in Y and is licensed to practice in Z."
        if (specialty is null)
        {
            var run = scan.Join(from, to);
            var joined = run.ToString();
            if (FindCredential(joined) is { } credential)
            {
                specialty = joined.Substring(credential.SpecialtyStart, credential.SpecialtyEnd - credential.SpecialtyStart).Trim();
                specialtySpan = run.Span(scan.File, credential.SpecialtyStart, credential.SpecialtyStart + specialty.Length);
                if (credential.Subspecialty is { } sub)
                {
                    subspecialty = joined.Substring(sub.Start, sub.End - sub.Start).Trim();
                    subspecialtySpan = run.Span(scan.File, sub.Start, sub.Start + subspecialty.Length);
                }
                if (credential.States is { } states)
                {
                    AddStates(licensure, joined.Substring(states.Start, states.End - states.Start));
                    licensureSpan = run.Span(scan.File, states.Start, states.End);
                }
                first = run.Span(scan.File, credential.Index, credential.End);
                last = first;
            }
        }

        if (specialty is null && subspecialty is null && licensure.Count == 0) return null;
        return new Reviewer
        {
            Specialty = specialty,
            Subspecialty = subspecialty,
            Licensure = new ValueList<string>(licensure),
            Span = SourceSpan.Cover(first!.Value, last!.Value),
            Spans = new Reviewer.FieldSpans { Specialty = specialtySpan, Subspecialty = subspecialtySpan, Licensure = licensureSpan },
        };
    }

    private static readonly string[] ReviewerLabels = { "State(s) of Licensure:", "Certification(s)/Specialty:" };

    private static bool StartsWithReviewerLabel(string text, LetterLine line)
    {
        foreach (var label in ReviewerLabels)
            if (ValueAfter(text, line, label) is not null) return true;
        return false;
    }

    private static readonly string[] StateSeparators = { ",", " and ", ";" };

    /// <summary>Each state of a list ("California, Nevada and Oregon."), without its separators and a closing period.</summary>
    private static void AddStates(List<string> states, string text)
    {
        foreach (var part in text.Split(StateSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var state = part.Trim().TrimEnd('.');
            if (state.Length > 0) states.Add(state);
        }
    }

    private static (int Start, int End)? ValueAfter(string text, LetterLine line, string label)
    {
        // Past a list's bullet, as for an item's labels ("• State(s) of Licensure: California").
        var at = line.WordsStart;
        if (line.ContentEnd - at < label.Length || string.Compare(text, at, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        var start = at + label.Length;
        while (start < line.ContentEnd && LetterLines.IsSpace(text[start])) start++;
        return start < line.ContentEnd ? (start, line.ContentEnd) : null;
    }

    // ---- case summary ----------------------------------------------------------------------------

    /// <summary>
    /// The first "47-year-old" or "47 year old" at or after <paramref name="from"/> (the text before it still decides the
    /// word boundary), as <c>\b(?&lt;age&gt;[0-9]{1,3})[- ]year[- ]old\b</c> with case ignored found it: the age's digits, and
    /// where the phrase ends.
    /// </summary>
    internal static (int AgeStart, int AgeEnd, int End)? FindAge(string text, int from)
    {
        for (var at = from; at < text.Length; at++)
        {
            if (!TextScan.IsAsciiDigit(text[at]) || !TextScan.IsBoundary(text, at, 0, text.Length)) continue;
            var digitsEnd = TextScan.SkipAsciiDigits(text, at, text.Length);
            if (digitsEnd - at > 3) continue;
            var i = digitsEnd;
            if (i >= text.Length || text[i] is not ('-' or ' ') || !TextScan.CaselessAt(text, i + 1, text.Length, "year")) continue;
            i += 5;
            if (i >= text.Length || text[i] is not ('-' or ' ') || !TextScan.CaselessAt(text, i + 1, text.Length, "old")) continue;
            i += 4;
            if (TextScan.IsBoundary(text, i, 0, text.Length)) return (at, digitsEnd, i);
        }
        return null;
    }

    private static readonly string[] SexWords = { "male", "female", "man", "woman", "gentleman", "lady" };

    /// <summary>
    /// The first of "male", "female", "man", "woman", "gentleman", "lady" as a whole word at or after <paramref name="from"/>,
    /// as <c>\b(?&lt;sex&gt;male|female|man|woman|gentleman|lady)\b</c> with case ignored found it. Between two word
    /// boundaries the word is a whole run of word characters, so each run is compared whole.
    /// </summary>
    internal static (int Index, int Length)? FindSex(string text, int from)
    {
        var i = from;
        // A run that began before the search began has no boundary at its start.
        if (i > 0) while (i < text.Length && TextScan.IsWordChar(text[i - 1]) && TextScan.IsWordChar(text[i])) i++;
        for (; i < text.Length; i++)
        {
            if (!TextScan.IsWordChar(text[i])) continue;
            var start = i;
            while (i < text.Length && TextScan.IsWordChar(text[i])) i++;
            foreach (var word in SexWords)
                if (i - start == word.Length && TextScan.CaselessAt(text, start, i, word)) return (start, word.Length);
        }
        return null;
    }

    /// <summary>Which of <see cref="SexWords"/> <see cref="FindSex"/> found at text[index, index + length).</summary>
    private static string SexWordAt(string text, int index, int length)
    {
        foreach (var word in SexWords)
            if (word.Length == length && TextScan.CaselessAt(text, index, index + length, word)) return word;
        return text.Substring(index, length).ToLowerInvariant();
    }

    private static readonly CaselessWord MedicalRecords = new("medical records:");

    private static CaseSummary? ReadSummary(LetterScan scan, int from, int to)
    {
        // The boilerplate "The expert reviewer developed the following clinical case summary ... medical records:" is not the summary.
        var run = scan.Join(from, to);
        var joined = run.ToString();
        var start = 0;
        var boilerplate = MedicalRecords.IndexIn(joined, 0);
        if (boilerplate >= 0 && boilerplate < 300) start = boilerplate + MedicalRecords.Length;
        while (start < joined.Length && joined[start] == ' ') start++;
        if (start >= joined.Length) return null;
        var text = joined.Substring(start);
        var textSpan = run.Span(scan.File, start, joined.Length);
        SourceSpan ageSpan = default, sexSpan = default, injurySpan = default;

        int? age = null;
        if (FindAge(joined, start) is { } ageAt && int.TryParse(joined.AsSpan(ageAt.AgeStart, ageAt.AgeEnd - ageAt.AgeStart), NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            age = years;
            ageSpan = run.Span(scan.File, ageAt.AgeStart, ageAt.AgeEnd);
        }
        string? sex = null;
        if (FindSex(joined, start) is { } sexAt)
        {
            // The word as the list spells it, which is the text in lower case (the words hold no letter but ASCII ones).
            sex = SexWordAt(joined, sexAt.Index, sexAt.Length) switch { "man" or "gentleman" => "male", "woman" or "lady" => "female", var other => other };
            sexSpan = run.Span(scan.File, sexAt.Index, sexAt.Index + sexAt.Length);
        }
        DateTime? injury = null;
        if (InjuryDate(joined, start) is { } found)
        {
            injury = found.Date;
            injurySpan = run.Span(scan.File, found.Index, found.Index + found.Length);
        }

        return new CaseSummary
        {
            Age = age,
            Sex = sex,
            InjuryDate = injury,
            Text = text,
            Span = textSpan,
            Spans = new CaseSummary.FieldSpans { Age = ageSpan, Sex = sexSpan, InjuryDate = injurySpan, Text = textSpan },
        };
    }

    /// <summary>
    /// The date of injury as a summary states it: "sustained an industrial injury on 1/16/2000", "an industrial
    /// injury, February 9, 2007", "industrial injuries on Friday, 2-9-07", "an industrial injury dated 3/4/2012", "date of
    /// injury of 3/4/2012", or before the words: "an 11/10/11 date of injury", "a 2/9/2007 industrial injury". The
    /// earliest wins.
    /// </summary>
    private static readonly CaselessWord DateOfInjury = new("date of injury");
    private static readonly CaselessWord IndustrialInjury = new("industrial injury");
    private static readonly CaselessWord IndustrialInjuries = new("industrial injuries");
    /// <summary>"DOI", the date of injury's abbreviation: "a DOI of 11/12/2007", "(DOI: 11/12/2007)"; in capitals and a whole word only.</summary>
    private static readonly CaselessWord Doi = new("DOI");
    private static readonly CaselessWord[] InjuryCues =
        { IndustrialInjury, IndustrialInjuries, DateOfInjury, new("injured on"), new("injury on"), new("injured at work on"), new("injury date"), Doi };

    /// <summary>
    /// Verbs of being hurt whose "on" and date may come a few words later: "was hurt at work on 2/2/2013", "injured his
    /// low back at work on 3/14/2013", "hurt her shoulder lifting boxes on ...".
    /// </summary>
    private static readonly CaselessWord[] InjuryVerbs = { new("injured"), new("hurt") };

    /// <summary>How many words may stand between an injury verb and its "on": the body part and where it happened.</summary>
    private const int MostWordsBeforeOn = 6;

    /// <summary>
    /// Words after an injury verb that start another clause or event, after which an "on" and date are no longer the
    /// injury's: "injured in 2012 and underwent surgery on 5/5/2014".
    /// </summary>
    private static readonly string[] OtherEventWords =
    {
        "and", "but", "or", "then", "after", "before", "since", "until", "underwent", "had", "has", "have", "was", "were", "is", "which", "who", "with",
        // A later or other injury: "hurt his back again at home on ...", "also injured ...", "injured in a car crash on ...".
        // Not "fall" or "accident": an industrial injury is as often one.
        "again", "also", "later", "subsequently", "home", "car",
    };

    /// <summary>The cues that name the injury, which a date may stand before ("a 2/9/2007 industrial injury").</summary>
    private static readonly CaselessWord[] InjuryNames = { IndustrialInjury, IndustrialInjuries, DateOfInjury };

    /// <summary>Words that may stand between an injury's words and its date: "on", "dated", "that occurred on", a weekday.</summary>
    private static readonly string[] InjuryDateLeadWords =
    {
        "on", "of", "dated", "that", "which", "occurred", "occurring", "sustained", "doi", "is", "was",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static (DateTime Date, int Index, int Length)? InjuryDate(string text, int from)
    {
        (DateTime Date, int Index, int Length)? best = null;
        void Consider((DateTime, int, int)? found)
        {
            if (found is { } f && (best is null || f.Item2 < best.Value.Index)) best = f;
        }
        foreach (var cue in InjuryCues)
        {
            for (var at = NextCue(cue, text, from); at >= 0; at = NextCue(cue, text, at + cue.Length))
            {
                var after = at + cue.Length;
                if (cue == Doi && (!TextScan.IsBoundary(text, at, 0, text.Length) || !TextScan.IsBoundary(text, after, 0, text.Length))) continue;
                // Past the words that lead to a date; there a date must start, and a two-digit year is read after a dash
                // too ("2-9-07"), which elsewhere could be a page range.
                var lead = PastInjuryDateLeadWords(text, after, Math.Min(text.Length, after + 36));
                if (LetterDates.At(text, lead, Math.Min(text.Length, lead + 24)) is { } led) { Consider(led); break; }
                var window = Math.Min(36, text.Length - after);
                if (LetterDates.Find(text, after, window) is { } next && next.Index - after <= 5) { Consider(next); break; }
                if (Array.IndexOf(InjuryNames, cue) >= 0)
                {
                    // "an 11/10/11 date of injury", "a 2/9/2007 industrial injury": the date just before the words.
                    var back = Math.Max(from, at - 24);
                    if (LetterDates.Find(text, back, at - back) is { } before && before.Index + before.Length >= at - 2) { Consider(before); break; }
                    // "a 2-9-07 industrial injury": the word before, read as a date where a date is expected.
                    var wordEnd = at;
                    while (wordEnd > from && char.IsWhiteSpace(text[wordEnd - 1])) wordEnd--;
                    var wordStart = wordEnd;
                    while (wordStart > from && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
                    if (wordEnd > wordStart && LetterDates.At(text, wordStart, wordEnd) is { } word && word.Index + word.Length == wordEnd) { Consider(word); break; }
                }
            }
        }
        // Only when no cue names the injury: a summary may tell of an earlier, other injury first ("She injured her knee
        // skiing on 2/14/2009 ... She sustained the current industrial injury on ...").
        if (best is not null) return best;
        foreach (var verb in InjuryVerbs)
            for (var at = verb.IndexIn(text, from); at >= 0; at = verb.IndexIn(text, at + verb.Length))
                if (TextScan.IsBoundary(text, at, 0, text.Length) && TextScan.IsBoundary(text, at + verb.Length, 0, text.Length)
                    && !AfterDeterminer(text, at) && !BeforeDescribedNoun(text, at + verb.Length) && DateOnAfterVerb(text, at + verb.Length) is { } dated)
                {
                    Consider(dated);
                    break;
                }
        return best;
    }

    /// <summary>
    /// The date of an "on" within <see cref="MostWordsBeforeOn"/> plain words after an injury verb ending at
    /// <paramref name="i"/>, in the same clause: no punctuation between them and no <see cref="OtherEventWords"/>.
    /// </summary>
    private static (DateTime Date, int Index, int Length)? DateOnAfterVerb(string text, int i)
    {
        for (var words = 0; words <= MostWordsBeforeOn; words++)
        {
            var start = i;
            while (start < text.Length && text[start] is ' ' or '\t' or '\n' or '\r') start++;
            if (start == i) return null;
            var end = start;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019' or '-')) end++;
            if (end == start) return null;
            if (TextScan.IsWordOf(text, start, end, OnWord))
                return LetterDates.At(text, TextScan.SkipRequiredSpaces(text, end, text.Length) is var date and >= 0 ? date : end, Math.Min(text.Length, end + 25));
            if (TextScan.IsWordOf(text, start, end, OtherEventWords)) return null;
            i = end;
        }
        return null;
    }

    private static readonly string[] OnWord = { "on" };

    /// <summary>
    /// Whether the word before text[at] is a determiner, so the word at it describes a noun rather than tells what
    /// happened: "The injured worker presented on 3/3/2014" gives no date of injury.
    /// </summary>
    private static bool AfterDeterminer(string text, int at) => TextScan.WordBeforeIsOneOf(text, at, Determiners);

    private static readonly string[] Determiners = { "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "your", "my" };

    /// <summary>
    /// Whether the word after an injury verb ending at <paramref name="end"/> is the person it describes: "This 44 year
    /// old injured worker presented on 3/3/2014", "Injured worker seen in clinic on ..." give no date of injury.
    /// </summary>
    private static bool BeforeDescribedNoun(string text, int end)
    {
        var start = TextScan.SkipSpaces(text, end, text.Length);
        var wordEnd = start;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return TextScan.IsWordOf(text, start, wordEnd, DescribedPeople);
    }

    private static readonly string[] DescribedPeople =
        { "worker", "workers", "employee", "employees", "patient", "patients", "claimant", "party", "man", "woman", "male", "female", "person", "individual" };

    /// <summary>Where <paramref name="cue"/> next stands from <paramref name="from"/>: "DOI" in capitals only, the others with case ignored.</summary>
    private static int NextCue(CaselessWord cue, string text, int from)
        => cue == Doi ? text.IndexOf(Doi.Text, from, StringComparison.Ordinal) : cue.IndexIn(text, from);

    /// <summary>Past white space, commas, colons, brackets and <see cref="InjuryDateLeadWords"/> from <paramref name="i"/>, up to <paramref name="end"/>.</summary>
    private static int PastInjuryDateLeadWords(string text, int i, int end)
    {
        while (true)
        {
            // "date of injury (DOI) of 11/12/2007", "DOI: 11/12/2007": brackets and a colon lead on too.
            while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is ',' or ':' or '(' or ')')) i++;
            if (TextScan.CaselessAnyAt(text, i, end, InjuryDateLeadWords) is not (var word and >= 0)
                || !TextScan.IsBoundary(text, i + InjuryDateLeadWords[word].Length, i, end)) return i;
            i += InjuryDateLeadWords[word].Length;
        }
    }

    // ---- disputed items --------------------------------------------------------------------------

    private enum Label { Claims, Reviewer, Rationale }

    /// <summary>The labels of an item's blocks, as 2014+ letters and the 2013 letters write them.</summary>
    private static readonly (string Text, Label Label)[] Labels =
    {
        ("Claims Administrator guideline:", Label.Claims),
        ("MAXIMUS guideline:", Label.Reviewer),
        ("Decision rationale:", Label.Rationale),
        ("Medical Treatment Guideline(s) Used by the Claims Administrator:", Label.Claims),
        ("Medical Treatment Guidelines Used by the Claims Administrator:", Label.Claims),
        ("Guideline(s) Used by the Claims Administrator:", Label.Claims),
        ("Guidelines Used by the Claims Administrator:", Label.Claims),
        ("Medical Treatment Guideline(s) Used by the Expert Reviewer:", Label.Reviewer),
        ("Medical Treatment Guidelines Used by the Expert Reviewer:", Label.Reviewer),
        ("Guideline(s) Used by the Expert Reviewer:", Label.Reviewer),
        ("Guidelines Used by the Expert Reviewer:", Label.Reviewer),
        ("Rationale for the Decision:", Label.Rationale),
        ("Rationale for Decision:", Label.Rationale),
        ("Rationale for the Determination:", Label.Rationale),
        ("Rationale for Determination:", Label.Rationale),
        ("Reason for the Decision:", Label.Rationale),
        ("Reason for Decision:", Label.Rationale),
        ("Reasons for the Decision:", Label.Rationale),
        ("Reasons for Decision:", Label.Rationale),
        // The rationale's label alone, as some letters print it (plurals and "(s)" are read by BareLabelEnd).
        ("Rationale:", Label.Rationale),
    };

    /// <summary>
    /// An item heading: its first line, the line and position of the colon before the outcome, and the outcome's line.
    /// A class: the framework's list code for a list of this assembly's structs is compiled at every start.
    /// </summary>
    private sealed record ItemHeadingAt(int First, int ColonLine, int ColonAt, int OutcomeLine, Outcome? Outcome);

    /// <summary>
    /// Where an item starts, whatever the layout: its first line, the service as written (with its span), the outcome
    /// if the heading states one (with its span), and the line after which its labelled blocks begin.
    /// </summary>
    private sealed record ItemStart(int First, string Service, SourceSpan ServiceSpan, Outcome? Outcome, SourceSpan OutcomeSpan, int HeadingLine)
    {
        /// <summary>The heading has an outcome the reader cannot read ("Uphled", "TBD"): it stays unknown, never guessed.</summary>
        public bool OutcomeUnreadable { get; init; }
    }

    /// <param name="bareHeadings">Whether a line that ends in a bare colon right before an item's label is an item's
    /// heading even where the section has no readable one: asked only once the 2013 layout's numbered blocks, whose
    /// headings end so, have given no item either.</param>
    private List<DisputedItem> ReadItems(LetterScan scan, int from, int to, bool bareHeadings = false)
    {
        var items = new List<DisputedItem>();
        var headings = new List<ItemHeadingAt>();
        for (var i = from; i < to; i++)
            if (ItemHeading(scan, i, from) is { } heading)
                headings.Add(heading with { First = scan.HeadingStart(heading.ColonLine, from) });
        // Among headings the reader can read, a line right before an item's label is a heading whose outcome it cannot
        // read. Without any, only a line that states some other decision ("Norco 10/325mg #120: Modified") is one: a
        // 2013 letter's numbered blocks end their headings in a bare colon, and ReadNumberedItems reads them instead.
        // A flag per line of the range, not a list searched for every line: a letter of thousands of items made that
        // search quadratic (a 31 MB letter took 10 s instead of 2).
        var taken = new bool[to - from];
        foreach (var heading in headings)
        {
            if (heading.ColonLine >= from && heading.ColonLine < to) taken[heading.ColonLine - from] = true;
            if (heading.OutcomeLine >= from && heading.OutcomeLine < to) taken[heading.OutcomeLine - from] = true;
        }
        var decisionWordOnly = headings.Count == 0 && !bareHeadings;
        for (var i = from; i < to; i++)
            if (!taken[i - from] && scan.Lines[i].Kind == LineKind.Text && LabelAt(scan, i) is null
                && UnreadableOutcomeHeading(scan, scan.Lines[i], i, from, taken, decisionWordOnly, bareHeadings) is { } unreadable)
                headings.Add(unreadable with { First = scan.HeadingStart(unreadable.ColonLine, from) });
        headings.Sort((a, b) => a.First.CompareTo(b.First));

        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1].First : scan.ItemsEnd(headings[h].OutcomeLine, to, IsLabelLine);
            items.Add(ReadItem(scan, Start(scan, headings[h]), end));
        }
        return WithoutListedAhead(items);
    }

    /// <summary>
    /// The items without the rows of a table of the decisions set before the items in full ("| Norco 10/325mg #120 |
    /// Upheld |", then "### Norco 10/325mg #120: Upheld" with its blocks; probe89: each row drew IMR001 and IMR006). The
    /// table is the items' first run with no guideline line and no rationale, as long as the run of items in full after
    /// it, and naming the same services in the same order; a row whose decision differs is kept, for IMR003 to report
    /// the item decided twice. A bare heading that the items in full do not all match ("Norco: Upheld" with its blocks
    /// lost, then Soma and Norco in full) stays an item, for IMR001. Linear: each item is compared once.
    /// </summary>
    private static List<DisputedItem> WithoutListedAhead(List<DisputedItem> items)
    {
        var rows = 0;
        while (rows < items.Count && IsBare(items[rows])) rows++;
        if (rows == 0 || items.Count != 2 * rows) return items;
        for (var i = 0; i < rows; i++)
            if (IsBare(items[rows + i]) || !NormalizedComparer.Instance.Equals(items[i].Service, items[rows + i].Service)) return items;
        var kept = new List<DisputedItem>(items.Count);
        for (var i = 0; i < rows; i++)
            if (items[i].Outcome != items[rows + i].Outcome) kept.Add(items[i]);
        for (var i = rows; i < items.Count; i++) kept.Add(items[i]);
        return kept;
    }

    /// <summary>Whether an item has neither a guideline line nor a rationale: a table's row, or a heading whose blocks were lost.</summary>
    private static bool IsBare(DisputedItem item) => item.Citations.Count == 0 && item.Rationale is null;

    private static readonly (string Word, Outcome Outcome)[] OutcomeWords = { ("Upheld", Outcome.Upheld), ("Overturned", Outcome.Overturned) };

    /// <summary>
    /// A line ending in ": Upheld" or ": Overturned" (a heading's last line), or a line holding only the outcome after a
    /// line that ends in a colon (a heading wrapped just before its outcome).
    /// </summary>
    private static ItemHeadingAt? ItemHeading(LetterScan scan, int i, int from)
    {
        var line = scan.Lines[i];
        if (line.Kind != LineKind.Text || LabelAt(scan, i) is not null) return null;
        // Markdown may set the outcome alone in bold or italics ("Lyrica 75mg #60: **Overturned**"), and a writer may close
        // it with a colon of its own ("Upheld:").
        var content = TrimEmphasis(WithoutClosingNote(line.Content(scan.Text).TrimEnd(".:").TrimEnd()));
        if (HyphenatedOutcome(scan, i, line, content) is { } hyphenated) return hyphenated;
        foreach (var (word, outcome) in OutcomeWords)
        {
            if (!content.EndsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var untrimmed = content[..^word.Length];
            // The service ends before the emphasis that may close it and open the outcome ("**Norco #120:** **Upheld**").
            var before = TrimEmphasis(untrimmed);
            var gap = untrimmed[before.Length..];
            // "Disputed item:<TAB>Norco 10/325mg #120" / "Decision:<TAB>Upheld": a form's two rows, the service on the first.
            if (before.Length > 1 && before[^1] == ':' && DecisionLabels.Contains(before[..^1].Trim().ToString(), StringComparer.OrdinalIgnoreCase)
                && scan.PreviousText(i, from, acrossParagraphs: true) is var named and >= 0 && LabelAt(scan, named) is null
                && TextScan.CaselessAnyAt(scan.Text, scan.Lines[named].WordsStart, scan.Lines[named].ContentEnd, NamingItemLabels) >= 0)
                return new ItemHeadingAt(named, named, scan.Lines[named].ContentEnd, i, outcome);
            if (before.Length > 1 && before[^1] == ':') return new ItemHeadingAt(i, i, line.ContentStart + before.Length - 1, i, outcome);
            // "| Norco 10/325mg #120 | Upheld |": a Markdown table's two cells (the row's outer borders are no content).
            var cellBorder = before.Length > 1 && before[^1] == '|';
            if (cellBorder) before = TrimEmphasis(before[..^1]);
            // "Norco 10/325mg #120<TAB>Upheld": a table's two cells, or a Word tab stop, where the colon would be.
            if (before.Length > 1 && (cellBorder || gap.IndexOf('\t') >= 0) && !IsSectionIntroduction(scan, line))
                return new ItemHeadingAt(i, i, line.ContentStart + before.Length, i, outcome);
            // "Norco 10/325mg #120        Upheld": a table's two cells as `pdftotext -layout` sets them, a run of spaces where
            // the colon would be. Prose justified the same way may end in the word, so the outcome must be capitalised as
            // a heading writes it and an item's label must follow.
            if (before.Length > 1 && gap.IndexOf("  ", StringComparison.Ordinal) >= 0
                && char.IsUpper(content[^word.Length]) && !IsSectionIntroduction(scan, line) && LabelFollows(scan, i))
                return new ItemHeadingAt(i, i, line.ContentStart + before.Length, i, outcome);
            // "Soma 350mg #60 - Overturned": a dash set apart by a space where the colon would be.
            if (before.Length > 2 && before[^1] is '-' or '\u2013' or '\u2014' && before[^2] == ' ' && !IsSectionIntroduction(scan, line))
                return new ItemHeadingAt(i, i, line.ContentStart + before.Length - 1, i, outcome);
            if (before.Length == 0 || before is ":" )
            {
                var previous = scan.PreviousText(i, from, acrossParagraphs: true);
                if (previous < 0) return null;
                var above = scan.Lines[previous];
                if (before is ":") return above.Length > 0 && LabelAt(scan, previous) is null ? new ItemHeadingAt(previous, previous, above.ContentEnd, i, outcome) : null;
                if (scan.Text[above.ContentEnd - 1] == ':' && above.Length > 1 && LabelAt(scan, previous) is null && !IsSectionIntroduction(scan, above))
                    return new ItemHeadingAt(previous, previous, above.ContentEnd - 1, i, outcome);
                // "Epidural steroid injection, right L5-S1" / "Overturned": a table's row of two cells converted to two lines,
                // with no colon. The outcome must be capitalised as a heading writes it, the line above end no sentence and
                // be no label, and an item's label must follow, so a line of prose is never made a service.
                if (char.IsUpper(content[0]) && above.Length > 1 && scan.Text[above.ContentEnd - 1] is not ('.' or '!' or '?' or ';' or ',')
                    && LabelAt(scan, previous) is null && !IsSectionIntroduction(scan, above) && LabelFollows(scan, i))
                    return new ItemHeadingAt(previous, previous, above.ContentEnd, i, outcome);
            }
        }
        return null;
    }

    /// <summary>The text without the emphasis marks and white space that close it, in any order ("Norco:** **").</summary>
    private static ReadOnlySpan<char> TrimEmphasis(ReadOnlySpan<char> text) => text.TrimEnd("*_ \t");

    /// <summary>
    /// Whether an item's label is on the next line of text: blank lines apart in double-spaced text, as many as PDF text
    /// leaves between a heading and its first label (a line of spaces among them).
    /// </summary>
    private static bool LabelFollows(LetterScan scan, int i)
        => scan.NextTextLine(i + 1, Math.Min(scan.Lines.Count, i + LinesToALabel), acrossParagraphs: true) is var next and >= 0 && LabelAt(scan, next) is not null;

    /// <summary>
    /// How many lines below a heading its first label may stand, none of them text: PDF text with a blank line after every
    /// line and a page break between them (a footer, a form feed, a running header) puts it ten or more lines down, and
    /// eight lost a "Modified" item there (a probe's letter).
    /// </summary>
    private const int LinesToALabel = 24;

    /// <summary>
    /// The heading without a note in brackets after its outcome ("Upheld (not medically necessary)", "Upheld [not
    /// medically necessary]", "Upheld (the request is not medically necessary at this time)"), which restates what the
    /// outcome means; the note must close the line and stay shorter than a sentence of prose. The outcome before it still
    /// needs its colon, tab or dash.
    /// </summary>
    private static ReadOnlySpan<char> WithoutClosingNote(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[^1] is not (')' or ']')) return text;
        var (opening, closing) = text[^1] == ')' ? ('(', ')') : ('[', ']');
        var open = text.LastIndexOf(opening);
        return open > 0 && text.Length - open <= LongestOutcomeNote && text[(open + 1)..^1].IndexOfAny(opening, closing) < 0 ? text[..open].TrimEnd() : text;
    }

    private const int LongestOutcomeNote = 100;

    /// <summary>
    /// "Norco 10/325mg #120: Over-" with "turned" alone on the next line: an outcome a PDF converter hyphenated across
    /// lines. The next line must hold exactly the rest of the word, so a heading is never made of a line of prose.
    /// </summary>
    private static ItemHeadingAt? HyphenatedOutcome(LetterScan scan, int i, LetterLine line, ReadOnlySpan<char> content)
    {
        if (content.Length < 3 || content[^1] != '-') return null;
        var wordStart = content.Length - 1;
        while (wordStart > 0 && char.IsLetter(content[wordStart - 1])) wordStart--;
        var head = content[wordStart..^1];
        var colon = TrimEmphasis(content[..wordStart].TrimEnd());
        if (head.Length == 0 || colon.Length < 2 || colon[^1] != ':') return null;
        // The next line of text, a blank line apart in double-spaced text.
        var next = scan.NextTextLine(i + 1, scan.Lines.Count, acrossParagraphs: true); // past blank lines and page furniture
        if (next < 0) return null;
        var rest = TrimEmphasis(scan.Lines[next].Content(scan.Text).Trim().TrimEnd('.'));
        foreach (var (word, outcome) in OutcomeWords)
            if (head.Length + rest.Length == word.Length && word.AsSpan().StartsWith(head, StringComparison.OrdinalIgnoreCase)
                && word.AsSpan(head.Length).Equals(rest, StringComparison.OrdinalIgnoreCase))
                return new ItemHeadingAt(i, i, line.ContentStart + colon.Length - 1, next, outcome);
        return null;
    }

    /// <summary>
    /// "Norco 10/325mg #120: Uphled", "...: TBD", "... - Uphled" or a heading with no outcome at all, directly followed
    /// by an item's guideline or rationale label: an item whose outcome cannot be read. It is still an item (with no
    /// outcome, which rule IMR005 reports), so its citations and rationale are never
    /// merged into the item before it.
    /// </summary>
    /// <param name="headingLines">Per line from <paramref name="from"/>: whether a readable heading holds it.</param>
    /// <param name="decisionWordOnly">
    /// Only a heading that ends in a separator and a few words, as a decision the reader does not know ("Modified",
    /// "Denied", "Upheld in part"): the letter has no readable heading to show what its headings look like.
    /// </param>
    /// <param name="bareHeadings">Only a service and its bare colon: the letter has no readable heading and no numbered
    /// decisions either (see <see cref="ReadItems"/>).</param>
    private static ItemHeadingAt? UnreadableOutcomeHeading(LetterScan scan, LetterLine line, int i, int from, bool[] headingLines, bool decisionWordOnly, bool bareHeadings)
    {
        // Right before an item's label, after a rationale (or before any label of the section).
        if (!LabelFollows(scan, i)) return null;
        // The nearest label above, within the section, must be a rationale's: a line after a guideline label is that
        // citation's continuation ("Pain Chapter."), never a heading.
        for (var back = i - 1; back >= from; back--)
        {
            if (scan.Lines[back].Kind != LineKind.Text) continue;
            // Between a heading and its first label, a stray line (a page's running header, a label the reader does not
            // know) belongs to that item; it is no heading of its own.
            if (headingLines[back - from]) return null;
            if (LabelAt(scan, back) is { } label)
            {
                if (label.Label != Label.Rationale) return null;
                break;
            }
        }
        var content = line.Content(scan.Text).ToString().TrimEnd();
        if (content.Length < 3 || content.Length > 200) return null;
        // "Soma 350mg #60:" / "Modified": a decision alone under a line that ends in a colon is that heading's outcome,
        // wrapped there, as a readable one is (see ItemHeading); the heading's service is the line above.
        if (!bareHeadings && IsDecisionWords(content, 0) && scan.PreviousText(i, from, acrossParagraphs: true) is var previous and >= 0
            && scan.Lines[previous] is { Length: > 1 } above && scan.Text[above.ContentEnd - 1] == ':' && LabelAt(scan, previous) is null
            && !headingLines[previous - from] && !IsSectionIntroduction(scan, above))
            return new ItemHeadingAt(previous, previous, above.ContentEnd - 1, i, null);
        // Where no heading is readable, only a service and its bare colon is one ("TENS unit, 30 day rental:"): a line
        // that words its outcome ("Norco #120 is Upheld") is not a heading without one, and a 2013 issue ("Regarding the
        // request for ...:") is decided in the numbered decisions, not under its heading.
        if (bareHeadings && (content[^1] != ':' || content.StartsWith("Regarding", StringComparison.OrdinalIgnoreCase))) return null;
        var separator = Math.Max(content.LastIndexOf(':'), content.LastIndexOf(" - ", StringComparison.Ordinal));
        if (decisionWordOnly && (separator <= 0 || !IsDecisionWords(content, content[separator] == ':' ? separator + 1 : separator + 3))) return null;
        var serviceEnd = separator > 0 ? separator : content.Length;
        // A heading's service names a treatment: at least a word before the separator.
        if (!content.Substring(0, serviceEnd).Any(char.IsLetter)) return null;
        // The "colon" of " - " is its dash, so the outcome starts after it, as in a readable heading.
        var colonAt = separator > 0 && content[separator] == ' ' ? separator + 1 : serviceEnd;
        return new ItemHeadingAt(i, i, line.ContentStart + colonAt, i, null);
    }


    /// <summary>
    /// Whether content[start..] holds one to four words of letters and nothing else (emphasis and a closing period
    /// aside): a decision written in words, as "Modified" or "Upheld in part", and not a sentence or a dose.
    /// </summary>
    private static bool IsDecisionWords(string content, int start)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < content.Length; i++)
        {
            var c = content[i];
            if (char.IsLetter(c) || (c == '-' && inWord)) { if (!inWord) words++; inWord = true; }
            else if (c is ' ' or '\t' or '*' or '_' || (c == '.' && i == content.Length - 1)) inWord = false;
            else return false;
        }
        return words is > 0 and <= 4;
    }

    // ---- the 2013 layout: numbered decisions ---------------------------------------------------------

    /// <summary>
    /// "1) ", "(2) ", "3. " at the start of text[start, end), followed by text: as <c>^\(?(?&lt;n&gt;[0-9]{1,2})[.)]\s+\S</c>
    /// matched it, the number and where the match ends (just after the first character of the text).
    /// </summary>
    internal static (int Number, int End)? NumberedStart(string text, int start, int end)
    {
        var i = start < end && text[start] == '(' ? start + 1 : start;
        var digitsEnd = TextScan.SkipAsciiDigits(text, i, end);
        if (digitsEnd == i || digitsEnd - i > 2 || digitsEnd >= end || text[digitsEnd] is not ('.' or ')')) return null;
        var spaces = digitsEnd + 1;
        var textStart = TextScan.SkipSpaces(text, spaces, end);
        if (textStart == spaces || textStart >= end) return null;
        var number = text[i] - '0';
        if (digitsEnd - i == 2) number = number * 10 + (text[i + 1] - '0');
        return (number, textStart + 1);
    }

    /// <summary>
    /// Past an item's label at <paramref name="start"/> when text follows, else <paramref name="start"/>. The label numbers
    /// the item ("Item 2: ", "Issue #1 - ", "Request 3) ", "Disputed Item 1 of 3: "), as
    /// <c>^(?:(?:Disputed|Contested)\s+)?(?:Item|Issue|Request)\s*#?\s*[0-9]{1,2}(?:\s*of\s*[0-9]{1,2})?\s*[:.)-]\s+(?=\S)</c>
    /// with case ignored matches, or names it ("Treatment Requested: ", "Item in dispute: ", <see cref="NamingItemLabels"/>).
    /// </summary>
    private static int ItemLabelEnd(string text, int start, int end)
    {
        if (TextScan.CaselessAnyAt(text, start, end, NamingItemLabels) is var naming and >= 0)
        {
            var labelEnd = start + NamingItemLabels[naming].Length;
            var textStart = TextScan.SkipSpaces(text, labelEnd, end);
            return textStart > labelEnd && textStart < end ? textStart : start;
        }
        var i = start;
        if (TextScan.CaselessAnyAt(text, i, end, ItemQualifiers) is var qualifier and >= 0) i += ItemQualifiers[qualifier].Length;
        if (TextScan.CaselessAnyAt(text, i, end, ItemWords) is not (var word and >= 0)) return start;
        i = TextScan.SkipSpaces(text, i + ItemWords[word].Length, end);
        if (i < end && text[i] == '#') i = TextScan.SkipSpaces(text, i + 1, end);
        var digitsEnd = TextScan.SkipAsciiDigits(text, i, end);
        if (digitsEnd == i || digitsEnd - i > 2) return start;
        // "1 of 3": the item's number and the count of items.
        var of = TextScan.SkipSpaces(text, digitsEnd, end);
        if (TextScan.CaselessAt(text, of, end, "of") && TextScan.SkipSpaces(text, of + 2, end) is var count && count > of + 2
            && TextScan.SkipAsciiDigits(text, count, end) is var countEnd && countEnd > count && countEnd - count <= 2)
            digitsEnd = countEnd;
        var mark = TextScan.SkipSpaces(text, digitsEnd, end);
        if (mark >= end || text[mark] is not (':' or '.' or ')' or '-')) return start;
        var rest = TextScan.SkipSpaces(text, mark + 1, end);
        return rest > mark + 1 && rest < end ? rest : start;
    }

    private static readonly string[] ItemWords = { "item", "issue", "request" };

    private static readonly string[] ItemQualifiers = { "disputed ", "contested " };

    /// <summary>The labels of a form's row that gives an item's decision under the row that names it ("Decision: Upheld").</summary>
    private static readonly string[] DecisionLabels = { "decision", "determination", "final decision", "final determination", "outcome" };

    /// <summary>Labels that name what follows as the item, with their colons: no service opens so.</summary>
    private static readonly string[] NamingItemLabels =
    {
        "treatment requested:", "requested treatment:", "service requested:", "requested service:", "item requested:", "requested item:",
        "item in dispute:", "treatment in dispute:", "disputed item:", "disputed treatment:", "disputed service:",
    };

    private static readonly string[] DecisionVerbs = { "determined", "found" };

    /// <summary>
    /// The end of a decision's preamble at <paramref name="start"/> ("MAXIMUS Federal Services, Inc. has determined that ",
    /// "Regarding ", "the requested "), or -1: what
    /// <c>^(?:MAXIMUS Federal Services,? Inc\.?\s+)?(?:has\s+)?(?:determined|found)\s+(?:that\s+)?|^Regarding\s+|^the\s+request(?:ed)?\s+(?:for\s+)?</c>
    /// with case ignored matched there. Each optional part is taken when it is there: without it, what it starts with
    /// can never start the part after it.
    /// </summary>
    internal static int DecisionPreambleEnd(string text, int start)
    {
        var end = text.Length;
        var i = start;
        if (TextScan.CaselessAt(text, i, end, "maximus federal services"))
        {
            var inc = i + "maximus federal services".Length;
            if (inc < end && text[inc] == ',') inc++;
            if (TextScan.CaselessAt(text, inc, end, " inc"))
            {
                var dot = inc + 4;
                if (dot < end && text[dot] == '.') dot++;
                if (TextScan.SkipRequiredSpaces(text, dot, end) is var after && after >= 0) i = after;
            }
        }
        i = TextScan.SkipOptionalWord(text, i, end, "has");
        if (TextScan.CaselessAnyAt(text, i, end, DecisionVerbs) is var verb && verb >= 0)
        {
            var after = TextScan.SkipRequiredSpaces(text, i + DecisionVerbs[verb].Length, end);
            return after < 0 ? -1 : TextScan.SkipOptionalWord(text, after, end, "that");
        }
        // The other two forms start at the very start; a "MAXIMUS ..." or "has " there starts neither.
        if (i != start) return -1;
        if (TextScan.CaselessAt(text, start, end, "regarding")) return TextScan.SkipRequiredSpaces(text, start + 9, end);
        if (!TextScan.CaselessAt(text, start, end, "the")) return -1;
        var request = TextScan.SkipRequiredSpaces(text, start + 3, end);
        if (request < 0 || !TextScan.CaselessAt(text, request, end, "request")) return -1;
        var requestEnd = request + 7;
        if (TextScan.CaselessAt(text, requestEnd, end, "ed")) requestEnd += 2;
        var afterRequest = TextScan.SkipRequiredSpaces(text, requestEnd, end);
        return afterRequest < 0 ? -1 : TextScan.SkipOptionalWord(text, afterRequest, end, "for");
    }

    private sealed record NumberedParagraph(int Number, int First, int Last, TextRun Run, int TextStart);

    private List<DisputedItem> ReadNumberedItems(LetterScan scan, int from, int to)
    {
        var all = NumberedParagraphs(scan, 0, scan.Lines.Count);

        // An issue's block: a numbered paragraph in the decisions section directly followed by a labelled block.
        var starts = all.Where(p => p.First >= from && p.First < to && scan.NextTextLine(p.Last + 1, to, acrossParagraphs: true) is var next && next >= 0
                                    && LabelAt(scan, next) is not null).ToList();
        var blocks = starts.Select((p, i) => (Paragraph: p, End: i + 1 < starts.Count ? starts[i + 1].First : scan.ItemsEnd(p.Last, to, IsLabelLine))).ToList();
        bool InsideABlock(NumberedParagraph p) => blocks.Any(b => p.First > b.Paragraph.Last && p.First < b.End);

        // The outcomes the letter lists by number ("1) ... is not medically necessary and appropriate."); numbered
        // criteria inside a rationale are not decisions.
        var listed = new Dictionary<int, (Outcome Outcome, SourceSpan Span, NumberedParagraph Paragraph)>();
        foreach (var paragraph in all.Where(p => !InsideABlock(p)))
        {
            var sentence = paragraph.Run.ToString().Substring(paragraph.TextStart);
            if (Conclusions.Find(sentence, OutcomeInfo.Phrases) is { } found && OutcomeInfo.TryParse(found.Member, out var outcome) && !listed.ContainsKey(paragraph.Number))
                listed[paragraph.Number] = (outcome, paragraph.Run.Span(scan.File, paragraph.TextStart, paragraph.Run.Length), paragraph);
        }
        if (blocks.Count == 0)
            blocks = listed.Values.OrderBy(v => v.Paragraph.First).Select(v => (v.Paragraph, v.Paragraph.Last + 1)).ToList();

        var items = new List<DisputedItem>();
        foreach (var (paragraph, end) in blocks)
        {
            var (service, serviceStart, serviceEnd) = NumberedService(paragraph);
            Outcome? outcome = null;
            var outcomeSpan = SourceSpan.None;
            if (listed.TryGetValue(paragraph.Number, out var decided)) (outcome, outcomeSpan) = (decided.Outcome, decided.Span);
            var start = new ItemStart(paragraph.First, service, paragraph.Run.Span(scan.File, serviceStart, serviceEnd), outcome, outcomeSpan, paragraph.Last);
            items.Add(ReadItem(scan, start, end));
        }
        return items;
    }

    /// <summary>Paragraphs that start with "1)" or "1." and run to the end of their sentence or a paragraph break.</summary>
    private static List<NumberedParagraph> NumberedParagraphs(LetterScan scan, int from, int to)
    {
        var result = new List<NumberedParagraph>();
        for (var i = from; i < to; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind != LineKind.Text || LabelAt(scan, i) is not null) continue;
            if (NumberedStart(scan.Text, line.ContentStart, line.ContentEnd) is not { } numbered) continue;
            var last = i;
            while (!scan.EndsSentence(scan.Lines[last]))
            {
                var next = scan.NextTextLine(last + 1, to);
                if (next < 0 || LabelAt(scan, next) is not null || NumberedStart(scan.Text, scan.Lines[next].ContentStart, scan.Lines[next].ContentEnd) is not null) break;
                last = next;
            }
            var run = scan.Join(i, last + 1);
            var textStart = numbered.End - line.ContentStart - 1;
            result.Add(new NumberedParagraph(numbered.Number, i, last, run, textStart));
            i = last;
        }
        return result;
    }

    /// <summary>"MAXIMUS ... has determined the request for X is not medically necessary ...", "Regarding the request for X:", "X is ...".</summary>
    private static (string Service, int Start, int End) NumberedService(NumberedParagraph paragraph)
    {
        var text = paragraph.Run.ToString();
        var start = paragraph.TextStart;
        for (var guard = 0; guard < 3; guard++)
        {
            var preambleEnd = DecisionPreambleEnd(text, start);
            if (preambleEnd <= start) break;
            start = preambleEnd;
        }
        var end = text.Length;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ':')) end--;
        foreach (var verb in ServiceVerbs)
        {
            var at = text.LastIndexOf(verb, end, end - start, StringComparison.OrdinalIgnoreCase);
            if (at > start) { end = at; break; }
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':')) end--;
        return (text.Substring(start, end - start), start, end);
    }

    private static readonly string[] ServiceVerbs = { " is ", " are " };

    /// <summary>"... set forth below:" introduces the items; it is not an item heading.</summary>
    private static bool IsSectionIntroduction(LetterScan scan, LetterLine line)
        => line.Content(scan.Text).EndsWith("below:", StringComparison.OrdinalIgnoreCase);

    private static readonly string LabelInitials = Initials(Labels);

    /// <summary>Each label's first letter in upper case, in the order of <see cref="Labels"/>.</summary>
    private static readonly char[] LabelInitialOf = InitialOfEach(Labels);

    // A loop rather than Array.ConvertAll, whose code for this assembly's tuples would be compiled at every start.
    private static char[] InitialOfEach((string Text, Label Label)[] labels)
    {
        var initials = new char[labels.Length];
        for (var l = 0; l < labels.Length; l++) initials[l] = char.ToUpperInvariant(labels[l].Text[0]);
        return initials;
    }

    private static string Initials((string Text, Label Label)[] labels)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var (text, _) in labels)
            if (initials.ToString().IndexOf(char.ToUpperInvariant(text[0])) < 0) initials.Append(char.ToUpperInvariant(text[0]));
        return initials.ToString();
    }

    /// <summary>
    /// Each label without its colon: a line that holds nothing else is that label too, as converters set it for a
    /// heading ("##### Decision rationale") or alone in bold.
    /// </summary>
    private static readonly (string Text, Label Label)[] BareLabels = WithoutColons(Labels);

    // LetterScan.LineLabels holds FirstLabel plus an index into Labels, then BareLabels, in a byte: checked when the type
    // is first used, so a longer list of labels fails every test rather than wrapping around.
    private static readonly bool LabelCodesFitAByte = FirstLabel + Labels.Length + BareLabels.Length <= byte.MaxValue
        ? true : throw new InvalidOperationException("too many item labels for a byte a line");

    /// <summary>The shortest line that can hold a label: the shortest bare one.</summary>
    private static readonly int ShortestLabelLine = Shortest(BareLabels);

    private static readonly int LongestLabel = Longest(Labels);

    // Loops rather than LINQ, whose code for this assembly's tuples would be compiled at every start.
    private static (string Text, Label Label)[] WithoutColons((string Text, Label Label)[] labels)
    {
        var bare = new (string Text, Label Label)[labels.Length];
        for (var l = 0; l < labels.Length; l++) bare[l] = (labels[l].Text.TrimEnd(':'), labels[l].Label);
        return bare;
    }

    private static int Shortest((string Text, Label Label)[] labels)
    {
        var shortest = int.MaxValue;
        foreach (var (text, _) in labels) shortest = Math.Min(shortest, text.Length);
        return shortest;
    }

    private static int Longest((string Text, Label Label)[] labels)
    {
        var longest = 0;
        foreach (var (text, _) in labels) longest = Math.Max(longest, text.Length);
        return longest;
    }

    /// <summary>
    /// A label at a line: the label's text as the line where it ends holds it, and that line. A label a narrow PDF
    /// wrapped ("Medical Treatment Guideline(s) Used by the Claims" / "Administrator:") starts on a line that holds
    /// one or more of its first words and nothing else, and ends on the next line of text, which starts with the rest.
    /// </summary>
    private readonly record struct LabelLine(string Text, Label Label, int EndLine);

    private static LabelLine? LabelAt(LetterScan scan, int i)
    {
        // Finding items, their labels and where each block ends asks about the same lines again (about three times a
        // line over the generated archive), the lines with a label most of all. The answer is kept on the scan, whose
        // lines no longer change, as a byte a line (a letter of 1.2 million lines is read with 1.2 MB more, where keeping
        // each answer whole took 38 MB): unknown, none, or which label. A label that wraps onto the next line is read again.
        var known = scan.LineLabels ??= new byte[scan.Lines.Count];
        if (known[i] == NoLabel) return null;
        if (known[i] >= FirstLabel) return LabelLineOf(known[i] - FirstLabel, i);
        var text = scan.Text;
        var line = scan.Lines[i];
        // A line that is a label alone may also start a longer one the next line ends: "Rationale" / "for Decision: ...".
        if (StartsWrappedLabel(text, line) && WrappedLabelAt(scan, i) is { } wrapped) return wrapped;
        var label = StartsWithLabel(text, line);
        known[i] = label < 0 ? NoLabel : (byte)(FirstLabel + label);
        return label < 0 ? null : LabelLineOf(label, i);
    }

    // What LetterScan.LineLabels holds for a line: 0 not yet asked, NoLabel, or FirstLabel plus the label's index.
    private const byte NoLabel = 1, FirstLabel = 2;

    /// <summary>The label <see cref="StartsWithLabel"/> found (an index into Labels, then BareLabels), on line <paramref name="i"/> alone.</summary>
    private static LabelLine LabelLineOf(int label, int i)
    {
        var (text, kind) = label < Labels.Length ? Labels[label] : BareLabels[label - Labels.Length];
        return new LabelLine(text, kind, i);
    }

    /// <summary>
    /// The label that starts with the whole of line <paramref name="i"/> and ends on the next line of text, which opens
    /// with the rest of its words and what may close them ("guidelines:", "guideline(s):"); null if none does.
    /// </summary>
    private static LabelLine? WrappedLabelAt(LetterScan scan, int i)
    {
        var text = scan.Text;
        var line = scan.Lines[i];
        var next = scan.NextTextLine(i + 1, scan.Lines.Count, acrossParagraphs: true); // past blank lines and page furniture
        if (next < 0) return null;
        var end = scan.Lines[next];
        var content = text.AsSpan(line.WordsStart, line.ContentEnd - line.WordsStart);
        foreach (var (label, kind) in Labels)
        {
            if (!IsCutOf(content, label)) continue;
            var rest = label.Substring(content.Length + 1, label.Length - content.Length - 2); // without its colon
            var wordsEnd = LabelWordsEnd(text, end.ContentStart, end.ContentEnd, rest);
            if (wordsEnd >= 0 && BareLabelEnd(text, wordsEnd, end.ContentEnd) >= 0) return new LabelLine(rest, kind, next);
        }
        return null;
    }

    /// <summary>Whether the whole line is the start of a label, one word or more cut at a space ("MAXIMUS" / "guideline: ...").</summary>
    private static bool StartsWrappedLabel(string text, LetterLine line)
    {
        // Every line of a letter is asked: most are longer than any label, or start with a letter none starts with.
        var start = line.WordsStart;
        if (line.ContentEnd - start < ShortestLabelLine / 2 || line.ContentEnd - start >= LongestLabel || LabelInitials.IndexOf(char.ToUpperInvariant(text[start])) < 0) return false;
        var content = text.AsSpan(start, line.ContentEnd - start);
        foreach (var (label, _) in Labels)
            if (IsCutOf(content, label)) return true;
        return false;
    }

    /// <summary>Whether the label goes on after <paramref name="content"/> (case ignored) with a space and more words.</summary>
    private static bool IsCutOf(ReadOnlySpan<char> content, string label)
        => label.Length > content.Length + 1 && label[content.Length] == ' ' && content.Equals(label.AsSpan(0, content.Length), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the line opens with one of an item's labels ("MAXIMUS guideline:", "Decision rationale:") or is the
    /// start of one that wraps ("Medical Treatment Guideline(s) Used by the Claims").
    /// </summary>
    internal static bool OpensWithItemLabel(string text, LetterLine line) => StartsWithLabel(text, line) >= 0 || StartsWrappedLabel(text, line);

    /// <summary>Whether a line of text opens with an item's label ("Decision rationale:") or is a section's heading.</summary>
    internal static bool OpensWithLabelOrHeading(string text)
    {
        var lines = LetterLines.Split(text);
        if (lines.Count == 0 || lines[0] is not { Kind: LineKind.Text } line) return false;
        return OpensWithItemLabel(text, line) || IsSectionHeading(string.Join(' ', text.Substring(line.ContentStart, line.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>The label the line opens with, as an index into Labels, then BareLabels; -1 for none.</summary>
    private static int StartsWithLabel(string text, LetterLine line)
    {
        // Every line of a letter is asked; most start with a letter no label starts with.
        var start = line.WordsStart;
        var initial = line.ContentEnd - start < ShortestLabelLine ? '\0' : char.ToUpperInvariant(text[start]);
        if (initial == '\0' || LabelInitials.IndexOf(initial) < 0) return -1;
        for (var l = 0; l < Labels.Length; l++)
        {
            // Only the labels with the line's initial are compared in full (no other character is an ASCII capital with case ignored).
            if (LabelInitialOf[l] != initial) continue;
            var label = Labels[l];
            if (LabelWordsEnd(text, start, line.ContentEnd, label.Text) >= 0) return l;
            var bare = BareLabels[l];
            var bareEnd = LabelWordsEnd(text, start, line.ContentEnd, bare.Text);
            if (bareEnd >= 0 && (bareEnd == line.ContentEnd || BareLabelEnd(text, bareEnd, line.ContentEnd) >= 0)) return Labels.Length + l;
        }
        return -1;
    }

    /// <summary>
    /// Where a label's words end when text[at, end) starts with them, case ignored, or -1. A space between the label's
    /// words may be any run of spaces or tabs: justified text converted with its layout kept ("Decision   rationale:").
    /// </summary>
    private static int LabelWordsEnd(string text, int at, int end, string label)
    {
        if (end - at < label.Length) return -1;
        var i = at;
        foreach (var c in label)
        {
            if (c == ' ')
            {
                if (i >= end || !LetterLines.IsSpace(text[i])) return -1;
                while (i < end && LetterLines.IsSpace(text[i])) i++;
            }
            else if (i < end && char.ToUpperInvariant(text[i]) == char.ToUpperInvariant(c)) i++;
            else return -1;
        }
        return i;
    }

    private static ItemStart Start(LetterScan scan, ItemHeadingAt heading)
    {
        var file = scan.File;
        var text = scan.Text;
        var (first, colonLine, colonAt, outcomeLine) = (heading.First, heading.ColonLine, heading.ColonAt, heading.OutcomeLine);
        var serviceRun = new TextRun(text);
        for (var i = first; i <= colonLine; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind != LineKind.Text) continue;
            // The emphasis that closes the service before its colon is no part of it ("*Norco #120*: _Upheld_").
            var stop = i == colonLine ? line.ContentStart + TrimEmphasis(text.AsSpan(line.ContentStart, colonAt - line.ContentStart)).Length : line.ContentEnd;
            // "1. Norco 10/325mg #120: Upheld", "Item 2: Norco ...", "Treatment Requested: Norco ...": the item's number or
            // label is not part of the service, so an item decided twice is still one service.
            var from = i != first ? line.ContentStart
                : NumberedStart(text, line.ContentStart, stop) is { } numbered ? numbered.End - 1
                : ItemLabelEnd(text, line.WordsStart, stop);
            serviceRun.Append(from, stop);
        }
        var outcomeStart = outcomeLine == colonLine ? colonAt + 1 : scan.Lines[outcomeLine].ContentStart;
        // Past the separator (a colon, a table's cell border) and the emphasis Markdown opens around the outcome ("Lyrica
        // 75mg #60: **Overturned**").
        while (outcomeStart < scan.Lines[outcomeLine].ContentEnd && (LetterLines.IsSpace(text[outcomeStart]) || text[outcomeStart] is ':' or '*' or '_' or '|')) outcomeStart++;
        return new ItemStart(first, serviceRun.ToString().Trim(), serviceRun.Span(file, 0, serviceRun.Length), heading.Outcome,
            TextRun.SpanOf(file, outcomeStart, scan.Lines[outcomeLine].ContentEnd), outcomeLine)
        {
            OutcomeUnreadable = heading.Outcome is null,
        };
    }

    private DisputedItem ReadItem(LetterScan scan, ItemStart start, int end)
    {
        var file = scan.File;
        var text = scan.Text;
        var first = start.First;
        var service = start.Service;
        // Each field's span, kept here until the item is built (a `with` per field copied the whole span record).
        var outcomeSpan = start.Outcome is not null || start.OutcomeUnreadable && start.OutcomeSpan.Length > 0 ? start.OutcomeSpan : SourceSpan.None;
        SourceSpan rationaleSpan = default, conclusionSpan = default, citationsSpan = default;
        var headingLine = start.HeadingLine;

        var citations = new List<Citation>();
        string? rationale = null;
        Conclusion? concluded = null;
        var i2 = headingLine + 1;
        while (i2 < end)
        {
            var label = scan.Lines[i2].Kind == LineKind.Text ? LabelAt(scan, i2) : null;
            if (label is null) { i2++; continue; }

            // A label wrapped onto a second line ends there, and so its body starts there.
            i2 = label.Value.EndLine;
            var line = scan.Lines[i2];
            var bodyStart = AfterLabel(text, line, label.Value.Text);
            var isRationale = label.Value.Label == Label.Rationale;
            var blockStart = i2;
            if (bodyStart >= line.ContentEnd && !isRationale)
            {
                // A label on a line of its own (the 2013 layout): its text is the next paragraph.
                var next = scan.NextTextLine(i2 + 1, end, acrossParagraphs: true);
                if (next >= 0 && LabelAt(scan, next) is null) (blockStart, bodyStart) = (next, scan.Lines[next].ContentStart);
            }
            var blockEnd = scan.BlockEnd(blockStart, end, isRationale, IsLabelLine);
            var run = scan.Join(blockStart, blockEnd, firstLineStart: bodyStart);
            if (isRationale)
            {
                rationale = run.ToString();
                rationaleSpan = run.IsEmpty ? TextRun.SpanOf(file, line.ContentStart, line.ContentEnd) : run.Span(file, 0, run.Length);
                // The service too, so that the conclusion marked here is the sentence IMR003 reads.
                if (Conclusions.Find(rationale, OutcomeInfo.Phrases, service) is { } found)
                {
                    concluded = found;
                    var at = rationale.LastIndexOf(found.Sentence, StringComparison.Ordinal);
                    if (at >= 0) conclusionSpan = run.Span(file, at, at + found.Sentence.Length);
                }
            }
            else
            {
                var source = label.Value.Label == Label.Claims ? CitationSource.ClaimsAdministrator : CitationSource.Reviewer;
                _citations.Read(file, run, source, citations);
                if (citations.Count > 0 && !citationsSpan.IsKnown) citationsSpan = citations[0].Span;
            }
            i2 = blockEnd;
        }

        // A 2013 letter may state the outcome only in its list of decisions or in the rationale's conclusion.
        var outcome = start.Outcome;
        if (outcome is null && !start.OutcomeUnreadable && concluded is not null)
        {
            outcome = OutcomeInfo.TryParse(concluded.Member, out var parsed) ? parsed : null;
            outcomeSpan = conclusionSpan;
        }
        var (dose, quantity, refills) = ServiceParts(service);
        var lastLine = scan.LastText(first, end);
        return new DisputedItem
        {
            Service = service,
            Dose = dose,
            Quantity = quantity,
            Refills = refills,
            Outcome = outcome,
            Citations = new ValueList<Citation>(citations),
            Rationale = rationale,
            Conclusion = concluded?.Sentence,
            Span = TextRun.SpanOf(file, scan.Lines[first].ContentStart, scan.Lines[lastLine].ContentEnd),
            Spans = new DisputedItem.FieldSpans
            {
                Service = start.ServiceSpan,
                Outcome = outcomeSpan,
                Citations = citationsSpan,
                Rationale = rationaleSpan,
                Conclusion = conclusionSpan,
            },
        };
    }

    /// <summary>Whether a line opens a labelled block. Static, so asking allocates no closure per block.</summary>
    private static readonly Func<LetterScan, int, bool> IsLabelLine = static (scan, line) => LabelAt(scan, line) is not null;

    private static int AfterLabel(string text, LetterLine line, string label)
    {
        // Emphasis may close before the colon or after it: "**Label:** text", "**Label**: text", "*Label:* text".
        var i = LabelWordsEnd(text, line.WordsStart, line.ContentEnd, label);
        if (label[^1] != ':' && BareLabelEnd(text, i, line.ContentEnd) is var end && end >= 0) i = end;
        i = SkipEmphasis(text, i, line.ContentEnd);
        while (i < line.ContentEnd && LetterLines.IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>
    /// What may close a label's words before its text: "(s)" or a plural 's', emphasis, white space, then the colon or a
    /// dash ("**Decision rationale**:", "Decision rationale :", "Decision rationale - ...", "MAXIMUS guideline(s):",
    /// "MAXIMUS guidelines:"), or nothing more on the line. Where the text after it starts, or -1 when the words go on
    /// into a sentence.
    /// </summary>
    private static int BareLabelEnd(string text, int i, int end)
    {
        if (i < end && text[i] is 's' or 'S') i++;
        if (end - i >= 3 && string.CompareOrdinal(text, i, "(s)", 0, 3) == 0) i += 3;
        i = SkipEmphasis(text, i, end);
        while (i < end && LetterLines.IsSpace(text[i])) i++;
        if (i == end) return i;
        if (text[i] == ':') return i + 1;
        return text[i] is '-' or '\u2013' or '\u2014' && (i + 1 == end || LetterLines.IsSpace(text[i + 1])) ? i + 1 : -1;
    }

    /// <summary>Past the emphasis marks ('*', '_') at <paramref name="i"/>.</summary>
    private static int SkipEmphasis(string text, int i, int end)
    {
        while (i < end && text[i] is '*' or '_') i++;
        return i;
    }

    private static (string? Dose, int? Quantity, int? Refills) ServiceParts(string service)
    {
        var dose = FindDose(service);
        var quantity = FindQuantity(service);
        var refills = FindRefills(service);
        return (dose is { } d ? service.Substring(d.Index, d.Length) : null,
                quantity is { } q ? Number(service, q.Index, q.Length) : null,
                refills is { } r ? Number(service, r.Index, r.Length) : null);
    }

    private static int Number(string text, int start, int length) => int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static readonly string[] DoseUnits = { "mg", "mcg", "gm", "g", "ml", "unit" };

    /// <summary>
    /// The first dose ("10/325mg", "0.5 %", "2 units"), as <c>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?\s*(?:(?:mg|mcg|gm|g|ml|units?)\b|%)</c>
    /// with case ignored found it: a letter unit must end its word; units are tried in that order.
    /// </summary>
    internal static (int Index, int Length)? FindDose(string text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (!TextScan.IsAsciiDigit(text[at])) continue;
            var unit = TextScan.SkipSpaces(text, TextScan.SkipDoseNumber(text, at, text.Length), text.Length);
            if (DoseUnitEnd(text, unit) is var end && end > unit) return (at, end - at);
            // A later start in the same run of digits reads on to the same end, and finds no unit either: the run is
            // passed whole (a heading of digits took time in the square of its length).
            at = TextScan.SkipAsciiDigits(text, at, text.Length) - 1;
        }
        return null;
    }

    private static int DoseUnitEnd(string text, int i)
    {
        foreach (var unit in DoseUnits)
        {
            if (!TextScan.CaselessAt(text, i, text.Length, unit)) continue;
            var end = i + unit.Length;
            // "units?": the plural when it is there (a boundary after "unit" would need something other than the 's').
            if (unit == "unit" && end < text.Length && TextScan.CaselessEquals(text[end], 's')) end++;
            if (TextScan.IsBoundary(text, end, 0, text.Length)) return end;
        }
        return i < text.Length && text[i] == '%' ? i + 1 : i;
    }

    /// <summary>The first quantity's digits ("#120", "Qty 90", "90 tablets"; see <see cref="QuantityScan"/>), at most six.</summary>
    internal static (int Index, int Length)? FindQuantity(string text)
        => QuantityScan.Next(text, 0) is { } q ? (q.Start, Math.Min(6, q.End - q.Start)) : null;

    /// <summary>The first refill count's digits ("3 refills", "1 Refill"): <see cref="QuantityScan.NextRefills"/>.</summary>
    internal static (int Index, int Length)? FindRefills(string text)
        => QuantityScan.NextRefills(text, 0) is { } r ? (r.Start, r.End - r.Start) : null;
}
