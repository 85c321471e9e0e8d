using System.Globalization;
using System.Text.RegularExpressions;
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
public sealed partial class LetterReader
{
    private static readonly string[] HowHeading = { "HOW THE IMR FINAL DETERMINATION WAS MADE" };
    private static readonly string[] SummaryHeading = { "CLINICAL CASE SUMMARY" };
    private static readonly string[] DecisionsHeading = { "IMR ISSUES, DECISIONS AND RATIONALES", "IMR ISSUES AND DECISIONS" };

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
        var firstHeading = new[] { how, summary, decisions }.Where(h => h is not null).Select(h => h!.Value.Line).DefaultIfEmpty(scan.Lines.Count).Min();

        var header = ReadHeader(scan, firstHeading);
        var spans = header.Spans;
        var reviewer = how is { } h ? ReadReviewer(scan, h.After, NextHeading(scan, h.Line, summary, decisions)) : null;
        if (reviewer is not null) spans = spans with { Reviewer = reviewer.Span };
        var caseSummary = summary is { } s ? ReadSummary(scan, s.After, NextHeading(scan, s.Line, how, decisions)) : null;
        if (caseSummary is not null) spans = spans with { Summary = caseSummary.Span };
        var items = decisions is { } d ? ReadItems(scan, d.After, NextHeading(scan, d.Line, how, summary)) : new List<DisputedItem>();
        if (items.Count > 0) spans = spans with { Items = items[0].Span };

        return header.Value with
        {
            Reviewer = reviewer,
            Summary = caseSummary,
            Items = new ValueList<DisputedItem>(items),
            Span = TextRun.SpanOf(file, 0, file.Text.Length),
            Spans = spans,
        };
    }

    /// <summary>The line where the section that starts at <paramref name="line"/> ends: the next heading after it, or the end.</summary>
    private static int NextHeading(LetterScan scan, int line, params LetterScan.Heading?[] others)
        => others.Where(o => o is not null && o.Value.Line > line).Select(o => o!.Value.Line).DefaultIfEmpty(scan.Lines.Count).Min();

    // ---- header ----------------------------------------------------------------------------------

    /// <summary>The header's values and their spans, filled cell by cell.</summary>
    private sealed class Header
    {
        public Determination Value = new();
        public Determination.FieldSpans Spans = Determination.FieldSpans.Empty;
    }

    /// <summary>Each header cell's label and the typed field it fills, with the value's span.</summary>
    private static readonly (string Label, Action<Header, string, SourceSpan> Set)[] HeaderCells =
    {
        ("Case Number", (h, v, s) => { h.Value = h.Value with { CaseNumber = v }; h.Spans = h.Spans with { CaseNumber = s }; }),
        ("Date Assigned", (h, v, s) => { h.Value = h.Value with { AssignedDate = LetterDates.Parse(v) }; h.Spans = h.Spans with { AssignedDate = s }; }),
        ("Date of Injury", (h, v, s) => { h.Value = h.Value with { InjuryDate = LetterDates.Parse(v) }; h.Spans = h.Spans with { InjuryDate = s }; }),
        ("Decision Date", (h, v, s) => { h.Value = h.Value with { DecisionDate = LetterDates.Parse(v) }; h.Spans = h.Spans with { DecisionDate = s }; }),
        ("UR Denial Date", (h, v, s) => { h.Value = h.Value with { UrDenialDate = LetterDates.Parse(v) }; h.Spans = h.Spans with { UrDenialDate = s }; }),
        ("Priority", (h, v, s) => { h.Value = h.Value with { Priority = v }; h.Spans = h.Spans with { Priority = s }; }),
        ("Application Received", (h, v, s) => { h.Value = h.Value with { ApplicationReceived = LetterDates.Parse(v) }; h.Spans = h.Spans with { ApplicationReceived = s }; }),
    };

    /// <summary>`Label: value` cells before the first heading, as in "&lt;b&gt;Case Number:&lt;/b&gt;\tCM13-0068515".</summary>
    private static Header ReadHeader(LetterScan scan, int endLine)
    {
        var header = new Header();
        var text = scan.Text;
        for (var i = 0; i < endLine; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind != LineKind.Text) continue;
            foreach (var (label, set) in HeaderCells)
            {
                var at = text.IndexOf(label + ":", line.Start, line.ContentEnd - line.Start, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                var valueStart = at + label.Length + 1;
                if (string.CompareOrdinal(text, valueStart, "</b>", 0, 4) == 0) valueStart += 4;
                while (valueStart < line.ContentEnd && LetterLines.IsSpace(text[valueStart])) valueStart++;
                var valueEnd = valueStart;
                while (valueEnd < line.ContentEnd && text[valueEnd] != '\t' && text[valueEnd] != '<') valueEnd++;
                while (valueEnd > valueStart && LetterLines.IsSpace(text[valueEnd - 1])) valueEnd--;
                if (valueEnd <= valueStart) continue;
                set(header, text.Substring(valueStart, valueEnd - valueStart), TextRun.SpanOf(scan.File, valueStart, valueEnd));
            }
        }
        return header;
    }

    // ---- reviewer --------------------------------------------------------------------------------

    [GeneratedRegex(@"Board Certified in (?<specialty>[^,.;]+?)(?:,| and |\.|;)(?:.*?sub-?specialty in (?<sub>[^,.;]+?)(?:,| and |\.|;))?(?:.*?licensed to practice in (?<states>[^.;]+))?", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialSentence();

    private static Reviewer? ReadReviewer(LetterScan scan, int from, int to)
    {
        var text = scan.Text;
        string? specialty = null, subspecialty = null;
        var licensure = new List<string>();
        var spans = Reviewer.FieldSpans.Empty;
        SourceSpan? first = null, last = null;

        // Style 2: "State(s) of Licensure: X" and "Certification(s)/Specialty: Y" on lines of their own.
        for (var i = from; i < to; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind != LineKind.Text) continue;
            if (ValueAfter(text, line, "State(s) of Licensure:") is { } states)
            {
                licensure.AddRange(SplitStates(text.Substring(states.Start, states.End - states.Start)));
                spans = spans with { Licensure = TextRun.SpanOf(scan.File, states.Start, states.End) };
                first ??= spans.Licensure;
                last = spans.Licensure;
            }
            else if (ValueAfter(text, line, "Certification(s)/Specialty:") is { } cert)
            {
                specialty = text.Substring(cert.Start, cert.End - cert.Start);
                spans = spans with { Specialty = TextRun.SpanOf(scan.File, cert.Start, cert.End) };
                first ??= spans.Specialty;
                last = spans.Specialty;
            }
        }

        // Style 1: "... is Board Certified in X, has a subspecialty in Y and is licensed to practice in Z."
        if (specialty is null)
        {
            var run = scan.Join(from, to);
            var joined = run.ToString();
            var match = CredentialSentence().Match(joined);
            if (match.Success)
            {
                specialty = match.Groups["specialty"].Value.Trim();
                spans = spans with { Specialty = run.Span(scan.File, match.Groups["specialty"].Index, match.Groups["specialty"].Index + specialty.Length) };
                if (match.Groups["sub"].Success)
                {
                    subspecialty = match.Groups["sub"].Value.Trim();
                    spans = spans with { Subspecialty = run.Span(scan.File, match.Groups["sub"].Index, match.Groups["sub"].Index + subspecialty.Length) };
                }
                if (match.Groups["states"].Success)
                {
                    licensure.AddRange(SplitStates(match.Groups["states"].Value));
                    spans = spans with { Licensure = run.Span(scan.File, match.Groups["states"].Index, match.Groups["states"].Index + match.Groups["states"].Length) };
                }
                first = run.Span(scan.File, match.Index, match.Index + match.Length);
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
            Spans = spans,
        };
    }

    private static IEnumerable<string> SplitStates(string text)
        => text.Split(new[] { ",", " and ", ";" }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim().TrimEnd('.')).Where(s => s.Length > 0);

    private static (int Start, int End)? ValueAfter(string text, LetterLine line, string label)
    {
        if (line.Length < label.Length || string.Compare(text, line.ContentStart, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        var start = line.ContentStart + label.Length;
        while (start < line.ContentEnd && LetterLines.IsSpace(text[start])) start++;
        return start < line.ContentEnd ? (start, line.ContentEnd) : null;
    }

    // ---- case summary ----------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?<age>[0-9]{1,3})[- ]year[- ]old\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b(?<sex>male|female|man|woman|gentleman|lady)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sex();

    private static CaseSummary? ReadSummary(LetterScan scan, int from, int to)
    {
        // The boilerplate "The expert reviewer developed the following clinical case summary ... medical records:" is not the summary.
        var run = scan.Join(from, to);
        var joined = run.ToString();
        var start = 0;
        var boilerplate = joined.IndexOf("medical records:", StringComparison.OrdinalIgnoreCase);
        if (boilerplate >= 0 && boilerplate < 300) start = boilerplate + "medical records:".Length;
        while (start < joined.Length && joined[start] == ' ') start++;
        if (start >= joined.Length) return null;
        var text = joined.Substring(start);
        var spans = new CaseSummary.FieldSpans { Text = run.Span(scan.File, start, joined.Length) };

        int? age = null;
        var ageMatch = Age().Match(joined, start);
        if (ageMatch.Success && int.TryParse(ageMatch.Groups["age"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            age = years;
            spans = spans with { Age = run.Span(scan.File, ageMatch.Groups["age"].Index, ageMatch.Groups["age"].Index + ageMatch.Groups["age"].Length) };
        }
        string? sex = null;
        var sexMatch = Sex().Match(joined, start);
        if (sexMatch.Success)
        {
            sex = sexMatch.Value.ToLowerInvariant() switch { "man" or "gentleman" => "male", "woman" or "lady" => "female", var other => other };
            spans = spans with { Sex = run.Span(scan.File, sexMatch.Index, sexMatch.Index + sexMatch.Length) };
        }
        DateTime? injury = null;
        if (InjuryDate(joined, start) is { } found)
        {
            injury = found.Date;
            spans = spans with { InjuryDate = run.Span(scan.File, found.Index, found.Index + found.Length) };
        }

        return new CaseSummary
        {
            Age = age,
            Sex = sex,
            InjuryDate = injury,
            Text = text,
            Span = spans.Text,
            Spans = spans,
        };
    }

    /// <summary>
    /// The date of injury as a summary states it: "sustained an industrial injury on 1/16/2000", "an industrial
    /// injury, February 9, 2007", "date of injury of 3/4/2012", or "an 11/10/11 date of injury". The earliest wins.
    /// </summary>
    private static (DateTime Date, int Index, int Length)? InjuryDate(string text, int from)
    {
        (DateTime Date, int Index, int Length)? best = null;
        void Consider((DateTime, int, int)? found)
        {
            if (found is { } f && (best is null || f.Item2 < best.Value.Index)) best = f;
        }
        foreach (var cue in new[] { "industrial injury", "date of injury", "injured on", "injury on" })
        {
            for (var at = text.IndexOf(cue, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase))
            {
                var after = at + cue.Length;
                var window = Math.Min(36, text.Length - after);
                if (LetterDates.Find(text, after, window) is { } next && next.Index - after <= 5) { Consider(next); break; }
                if (cue == "date of injury")
                {
                    // "an 11/10/11 date of injury": the date just before the words.
                    var back = Math.Max(from, at - 24);
                    if (LetterDates.Find(text, back, at - back) is { } before && before.Index + before.Length >= at - 2) { Consider(before); break; }
                }
            }
        }
        return best;
    }

    // ---- disputed items --------------------------------------------------------------------------

    private const string ClaimsLabel = "Claims Administrator guideline:";
    private const string ReviewerLabel = "MAXIMUS guideline:";
    private const string RationaleLabel = "Decision rationale:";

    private List<DisputedItem> ReadItems(LetterScan scan, int from, int to)
    {
        var items = new List<DisputedItem>();
        var headings = new List<(int First, int Line, int ColonAt, Outcome Outcome)>();
        for (var i = from; i < to; i++)
            if (ItemHeading(scan, i) is { } heading)
                headings.Add((scan.HeadingStart(i, from), i, heading.ColonAt, heading.Outcome));

        for (var h = 0; h < headings.Count; h++)
        {
            var (first, line, colonAt, outcome) = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].First : to;
            items.Add(ReadItem(scan, first, line, colonAt, outcome, end));
        }
        return items;
    }

    /// <summary>A line ending in ": Upheld" or ": Overturned" (a heading's last line).</summary>
    private static (int ColonAt, Outcome Outcome)? ItemHeading(LetterScan scan, int i)
    {
        var line = scan.Lines[i];
        if (line.Kind != LineKind.Text || StartsWithLabel(scan.Text, line) is not null) return null;
        var content = line.Content(scan.Text).TrimEnd('.');
        foreach (var (word, outcome) in new[] { ("Upheld", Outcome.Upheld), ("Overturned", Outcome.Overturned) })
        {
            if (!content.EndsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var before = content[..^word.Length].TrimEnd();
            if (before.Length > 1 && before[^1] == ':') return (line.ContentStart + before.Length - 1, outcome);
        }
        return null;
    }

    private static string? StartsWithLabel(string text, LetterLine line)
    {
        foreach (var label in new[] { ClaimsLabel, ReviewerLabel, RationaleLabel })
            if (line.Length >= label.Length && string.Compare(text, line.ContentStart, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return label;
        return null;
    }

    private DisputedItem ReadItem(LetterScan scan, int first, int headingLine, int colonAt, Outcome outcome, int end)
    {
        var file = scan.File;
        var text = scan.Text;
        var serviceRun = new TextRun(text);
        for (var i = first; i <= headingLine; i++)
        {
            var line = scan.Lines[i];
            if (line.Kind == LineKind.Text) serviceRun.Append(line.ContentStart, i == headingLine ? colonAt : line.ContentEnd);
        }
        var service = serviceRun.ToString().Trim();
        var spans = new DisputedItem.FieldSpans { Service = serviceRun.Span(file, 0, serviceRun.Length) };
        var outcomeStart = colonAt + 1;
        while (outcomeStart < scan.Lines[headingLine].ContentEnd && LetterLines.IsSpace(text[outcomeStart])) outcomeStart++;
        spans = spans with { Outcome = TextRun.SpanOf(file, outcomeStart, scan.Lines[headingLine].ContentEnd) };

        var citations = new List<Citation>();
        string? rationale = null;
        string? conclusion = null;
        var i2 = headingLine + 1;
        while (i2 < end)
        {
            var line = scan.Lines[i2];
            var label = line.Kind == LineKind.Text ? StartsWithLabel(text, line) : null;
            if (label is null) { i2++; continue; }

            var bodyStart = AfterLabel(text, line, label);
            var isRationale = label == RationaleLabel;
            var blockEnd = scan.BlockEnd(i2, end, isRationale, l => StartsWithLabel(text, scan.Lines[l]) is not null);
            var run = scan.Join(i2, blockEnd, firstLineStart: bodyStart);
            if (isRationale)
            {
                rationale = run.ToString();
                spans = spans with { Rationale = run.IsEmpty ? TextRun.SpanOf(file, line.ContentStart, line.ContentEnd) : run.Span(file, 0, run.Length) };
                if (Conclusions.Find(rationale, OutcomeInfo.Phrases) is { } found)
                {
                    conclusion = found.Sentence;
                    var at = rationale.LastIndexOf(found.Sentence, StringComparison.Ordinal);
                    if (at >= 0) spans = spans with { Conclusion = run.Span(file, at, at + found.Sentence.Length) };
                }
            }
            else
            {
                var source = label == ClaimsLabel ? CitationSource.ClaimsAdministrator : CitationSource.Reviewer;
                citations.AddRange(_citations.Read(file, run, source, TextRun.SpanOf(file, line.ContentStart, line.ContentEnd)));
                if (citations.Count > 0 && !spans.Citations.IsKnown) spans = spans with { Citations = citations[0].Span };
            }
            i2 = blockEnd;
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
            Conclusion = conclusion,
            Span = TextRun.SpanOf(file, scan.Lines[first].ContentStart, scan.Lines[lastLine].ContentEnd),
            Spans = spans,
        };
    }

    private static int AfterLabel(string text, LetterLine line, string label)
    {
        var i = line.ContentStart + label.Length;
        if (i + 1 < line.ContentEnd && text[i] == '*' && text[i + 1] == '*') i += 2;
        while (i < line.ContentEnd && LetterLines.IsSpace(text[i])) i++;
        return i;
    }

    [GeneratedRegex(@"(?<dose>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?\s*(?:(?:mg|mcg|gm|g|ml|units?)\b|%))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dose();

    [GeneratedRegex(@"#\s*(?<n>[0-9]{1,6})", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+refills?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refills();

    private static (string? Dose, int? Quantity, int? Refills) ServiceParts(string service)
    {
        var dose = Dose().Match(service);
        var quantity = Quantity().Match(service);
        var refills = Refills().Match(service);
        return (dose.Success ? dose.Groups["dose"].Value : null,
                quantity.Success ? int.Parse(quantity.Groups["n"].Value, CultureInfo.InvariantCulture) : null,
                refills.Success ? int.Parse(refills.Groups["n"].Value, CultureInfo.InvariantCulture) : null);
    }
}
