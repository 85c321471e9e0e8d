using System.Text.RegularExpressions;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Reads one guideline line ("Claims Administrator guideline: Decision based on ...") into citations: one per
/// "Decision based on", each with the guideline (matched through the catalogues' titles and aliases), the
/// topic as written, the page ranges, and the Non-MTUS citation text where there is one.
/// </summary>
internal sealed partial class CitationReader
{
    // Every catalogue's title and aliases: only the names are matched, so the catalogues themselves are not kept.
    private readonly string[] _aliases;

    public CitationReader(IEnumerable<GuidelineCatalogue> catalogues)
    {
        var names = new List<string>();
        foreach (var catalogue in catalogues)
        {
            names.Add(catalogue.Title);
            names.AddRange(catalogue.Aliases);
        }
        _aliases = names.ToArray();
    }

    public IEnumerable<Citation> Read(LetterText file, TextRun run, CitationSource source, SourceSpan labelSpan)
    {
        var text = run.ToString();
        var markers = CitationStart().Matches(text);
        if (markers.Count == 0)
        {
            if (ReadPart(file, run, text, 0, text.Length, source) is { } whole) yield return whole;
            yield break;
        }
        for (var i = 0; i < markers.Count; i++)
        {
            var partEnd = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            var citation = ReadPart(file, run, text, markers[i].Index + markers[i].Length, partEnd, source);
            if (citation is not null) yield return citation;
        }
    }

    /// <summary>"Decision based on", and the 2013 letters' "The Expert Reviewer based his/her decision on the".</summary>
    [GeneratedRegex(@"Decision based on|based\s+(?:its|his/her|his|her|their)\s+decisions?\s+on(?:\s+the\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitationStart();

    private Citation? ReadPart(LetterText file, TextRun run, string text, int start, int end, CitationSource source)
    {
        (start, end) = Trim(text, start, end);
        if (start >= end) return null;
        var spans = new Citation.FieldSpans { Source = run.Span(file, start, end) };

        string? nonMtus = null;
        const string nonMtusMarker = "Non-MTUS Citation";
        if (string.Compare(text, start, nonMtusMarker, 0, nonMtusMarker.Length, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start = SkipSeparators(text, start + nonMtusMarker.Length, end);
            nonMtus = text.Substring(start, end - start);
            spans = spans with { NonMtus = run.Span(file, start, end) };
        }

        // A legal reference ("8 C.C.R. 9792.20 - 9792.26") says where the guideline is adopted, not which guideline it is.
        var legal = LegalReference().Match(text, start, end - start);
        if (legal.Success && legal.Index == start) start = legal.Index + legal.Length;

        // Pages: the last page marker ("Page(s)", "pages", "page", "pp.", "pg.", "p.", "p") and the numbers after it.
        var pages = new List<PageRange>();
        var topicEnd = end;
        var afterPages = end;
        var keyword = LastPagesKeyword(text, start, end);
        if (keyword is { } k)
        {
            var (ranges, numbersStart, numbersEnd) = ReadPages(text, k.End, end);
            if (ranges.Count > 0)
            {
                pages = ranges;
                topicEnd = k.Start;
                afterPages = SkipPageTotal(text, numbersEnd, end);
                spans = spans with { Pages = run.Span(file, numbersStart, numbersEnd) };
            }
        }

        // "CA MTUS ...", "the California MTUS ...": a jurisdiction or article before the guideline's name is not part of it.
        var named = JurisdictionPrefix().Match(text, start, topicEnd - start);
        if (named.Success && named.Index == start && MatchGuideline(text, start + named.Length, topicEnd) > start + named.Length) start += named.Length;
        var guidelineEnd = MatchGuideline(text, start, topicEnd);
        string guideline;
        string? topic = null;
        if (guidelineEnd > start)
        {
            guidelineEnd = SkipEditionNote(text, guidelineEnd, topicEnd, out var noteEnd);
            guideline = text.Substring(start, guidelineEnd - start).Trim();
            spans = spans with { Guideline = run.Span(file, start, guidelineEnd) };
            var (topicStart, topicStop) = TopicBounds(text, noteEnd, topicEnd);
            // "MTUS ... Guidelines, page(s) 41-42, Cyclobenzaprine": the topic may follow the pages.
            if (topicStop <= topicStart && afterPages < end) (topicStart, topicStop) = TopicBounds(text, afterPages, end);
            if (topicStop > topicStart)
            {
                topic = text.Substring(topicStart, topicStop - topicStart);
                spans = spans with { Topic = run.Span(file, topicStart, topicStop) };
            }
        }
        else
        {
            var (guidelineStart, guidelineStop) = Trim(text, start, topicEnd);
            guideline = text.Substring(guidelineStart, Math.Max(0, guidelineStop - guidelineStart));
            spans = spans with { Guideline = run.Span(file, guidelineStart, guidelineStop) };
        }

        return new Citation
        {
            Source = source,
            Guideline = guideline,
            Topic = topic,
            Pages = new ValueList<PageRange>(pages),
            NonMtus = nonMtus,
            Span = run.Span(file, start, end),
            Spans = spans,
        };
    }

    /// <summary>End of the longest catalogue title or alias the text starts with (letters and digits compared, case ignored), or start.</summary>
    private int MatchGuideline(string text, int start, int end)
    {
        var best = start;
        foreach (var alias in _aliases)
        {
            var matched = PrefixEnd(text, start, end, alias);
            if (matched > best) best = matched;
        }
        return best;
    }

    private static int PrefixEnd(string text, int start, int end, string alias)
    {
        int i = start, j = 0;
        while (j < alias.Length)
        {
            if (!char.IsLetterOrDigit(alias[j])) { j++; continue; }
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= end || char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(alias[j])) return -1;
            i++;
            j++;
        }
        // Whole words only: "MTUS" must not match the start of "MTUSX".
        if (i < end && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1])) return -1;
        // Keep a closing parenthesis that belongs to the alias, as in "Guideline (ODG)".
        if (i < end && text[i] == ')' && alias.EndsWith(")", StringComparison.Ordinal)) i++;
        return i;
    }

    private static readonly string[] PageMarkers = { "Page(s)", "Pages", "Page", "pgs.", "pgs", "pg.", "pg", "pp.", "pp", "p.", "p" };

    /// <summary>The last page marker, as a whole word, that a page number follows.</summary>
    private static (int Start, int End)? LastPagesKeyword(string text, int start, int end)
    {
        for (var at = end - 1; at >= start; at--)
        {
            if (text[at] is not ('p' or 'P') || at > start && char.IsLetterOrDigit(text[at - 1])) continue;
            foreach (var word in PageMarkers)
            {
                if (at + word.Length > end || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                var after = at + word.Length;
                if (after < end && char.IsLetter(text[after])) continue;
                var number = after;
                while (number < end && text[number] is ':' or ' ' or '\t' or '.' or '#') number++;
                if (number < end && char.IsAsciiDigit(text[number])) return (at, after);
            }
        }
        return null;
    }

    /// <summary>"41-42 of 127": the guideline's page total is not a cited page.</summary>
    private static int SkipPageTotal(string text, int i, int end)
    {
        var total = PageTotal().Match(text, i, end - i);
        return total.Success && total.Index == i ? i + total.Length : i;
    }

    [GeneratedRegex(@"(?:the\s+)?(?:CA|Cal\.?|California)?\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JurisdictionPrefix();

    [GeneratedRegex(@"\s*of\s+[0-9]{1,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageTotal();

    [GeneratedRegex(@"(?:[0-9]+\s*C\.?\s*C\.?\s*R\.?|California\s+Code\s+of\s+Regulations,?\s*(?:Title\s*[0-9]+)?)\s*,?\s*(?:(?:§+|Sections?|Sec\.)\s*)?[0-9]+(?:\.[0-9]+)*(?:\s*(?:-|to|through)\s*[0-9]+(?:\.[0-9]+)*)?[\s,;:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalReference();

    /// <summary>
    /// What follows a guideline's name and names its edition, not a topic: "(Effective July 18, 2009)", "2nd Edition
    /// (2004)", "Practice Guidelines", "(2009)". Returns where the guideline's own words end (the note belongs to the
    /// guideline when it is in parentheses right after it) and, through <paramref name="noteEnd"/>, where the topic may start.
    /// </summary>
    private static int SkipEditionNote(string text, int guidelineEnd, int end, out int noteEnd)
    {
        var note = EditionNote().Match(text, guidelineEnd, end - guidelineEnd);
        if (!note.Success || note.Index != guidelineEnd || note.Length == 0) { noteEnd = guidelineEnd; return guidelineEnd; }
        noteEnd = note.Index + note.Length;
        var trimmed = noteEnd;
        while (trimmed > guidelineEnd && (char.IsWhiteSpace(text[trimmed - 1]) || text[trimmed - 1] is ',' or ';' or ':' or '-')) trimmed--;
        return trimmed;
    }

    [GeneratedRegex(@"(?:[\s,;:-]*(?:\(\s*(?:Effective|eff\.|Rev(?:ised)?\.?|Updated)[^)]*\)|\(?[0-9]{4}\)?(?![0-9-])|(?:ACOEM\s+)?Practice\s+Guidelines?|Guidelines?|[0-9]+(?:st|nd|rd|th)\s+Ed(?:ition|\.)?(?:\s*\(?[0-9]{4}\)?)?|Edition|Revised\s+[0-9]{4}|MTUS|Non-MTUS))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionNote();

    /// <summary>The topic between two positions, without separators, a closing "which is (not) part of the MTUS" or an edition note.</summary>
    private static (int Start, int End) TopicBounds(string text, int start, int end)
    {
        (start, end) = Trim(text, SkipSeparators(text, start, end), end);
        var tail = PartOfTheMtus().Match(text, start, end - start);
        if (tail.Success) (start, end) = Trim(text, start, tail.Index);
        return (start, end);
    }

    [GeneratedRegex(@",?\s*which\s+(?:is|are)\s+(?:not\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?MTUS.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PartOfTheMtus();

    /// <summary>Numbers and ranges after the keyword: "63-65", "64-65", "63-64, 66", ": 97." Stops at anything else.</summary>
    private static (List<PageRange> Ranges, int Start, int End) ReadPages(string text, int i, int end)
    {
        var ranges = new List<PageRange>();
        while (i < end && (text[i] is ':' or ' ' or '\t')) i++;
        var numbersStart = i;
        var numbersEnd = i;
        while (i < end)
        {
            if (!char.IsAsciiDigit(text[i])) break;
            var from = ReadNumber(text, ref i, end);
            var to = from;
            var j = i;
            while (j < end && text[j] == ' ') j++;
            if (j < end && (text[j] is '-' or '\u2013' or '\u2014'))
            {
                j++;
                while (j < end && text[j] == ' ') j++;
                if (j < end && char.IsAsciiDigit(text[j]))
                {
                    i = j;
                    to = ReadNumber(text, ref i, end);
                }
            }
            if (from > 0 && to >= from && to < 100_000) ranges.Add(new PageRange(from, to));
            numbersEnd = i;
            // A comma, "and" or a space continues the list only if another number follows.
            var k = i;
            while (k < end && (text[k] is ',' or ' ' or ';')) k++;
            if (k + 3 < end && string.Compare(text, k, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0) { k += 3; while (k < end && text[k] == ' ') k++; }
            if (k < end && char.IsAsciiDigit(text[k]) && k > i) i = k; else break;
        }
        return (ranges, numbersStart, numbersEnd);
    }

    private static int ReadNumber(string text, ref int i, int end)
    {
        var value = 0;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            if (value < 1_000_000) value = value * 10 + (text[i] - '0');
            i++;
        }
        return value;
    }

    private static int SkipSeparators(string text, int i, int end)
    {
        while (i < end && (text[i] is ' ' or ',' or ':' or ';' or '-' or '\t')) i++;
        return i;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ':' or ';')) end--;
        return (start, end);
    }
}
