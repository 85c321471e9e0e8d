using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Reads one guideline line ("Claims Administrator guideline: Decision based on ...") into citations: one per
/// "Decision based on", each with the guideline (matched through the catalogues' titles and aliases), the
/// topic as written, the page ranges, and the Non-MTUS citation text where there is one.
/// </summary>
internal sealed class CitationReader
{
    private readonly (string Alias, GuidelineCatalogue Catalogue)[] _aliases;

    public CitationReader(IEnumerable<GuidelineCatalogue> catalogues)
        => _aliases = catalogues.SelectMany(c => new[] { c.Title }.Concat(c.Aliases).Select(a => (a, c))).ToArray();

    public IEnumerable<Citation> Read(LetterText file, TextRun run, CitationSource source, SourceSpan labelSpan)
    {
        var text = run.ToString();
        var starts = new List<int>();
        const string marker = "Decision based on";
        for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.OrdinalIgnoreCase))
            starts.Add(at);
        if (starts.Count == 0) starts.Add(0);

        for (var i = 0; i < starts.Count; i++)
        {
            var partStart = starts[i] == 0 && !text.StartsWith(marker, StringComparison.OrdinalIgnoreCase) ? 0 : starts[i] + marker.Length;
            var partEnd = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            var citation = ReadPart(file, run, text, partStart, partEnd, source);
            if (citation is not null) yield return citation;
        }
    }

    private Citation? ReadPart(LetterText file, TextRun run, string text, int start, int end, CitationSource source)
    {
        (start, end) = Trim(text, start, end);
        if (start >= end) return null;
        var spans = new SpanMap();
        spans.With("source", run.Span(file, start, end));

        string? nonMtus = null;
        const string nonMtusMarker = "Non-MTUS Citation";
        if (string.Compare(text, start, nonMtusMarker, 0, nonMtusMarker.Length, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start = SkipSeparators(text, start + nonMtusMarker.Length, end);
            nonMtus = text.Substring(start, end - start);
            spans.With("non-mtus", run.Span(file, start, end));
        }

        // Pages: the last "Page(s)", "pages" or "page" and the numbers after it.
        var pages = new List<PageRange>();
        var topicEnd = end;
        var keyword = LastPagesKeyword(text, start, end);
        if (keyword is { } k)
        {
            var (ranges, numbersStart, numbersEnd) = ReadPages(text, k.End, end);
            if (ranges.Count > 0)
            {
                pages = ranges;
                topicEnd = k.Start;
                spans.With("pages", run.Span(file, numbersStart, numbersEnd));
            }
        }

        var guidelineEnd = MatchGuideline(text, start, topicEnd);
        string guideline;
        string? topic = null;
        if (guidelineEnd > start)
        {
            guideline = text.Substring(start, guidelineEnd - start).Trim();
            spans.With("guideline", run.Span(file, start, guidelineEnd));
            var (topicStart, topicStop) = Trim(text, SkipSeparators(text, guidelineEnd, topicEnd), topicEnd);
            if (topicStop > topicStart)
            {
                topic = text.Substring(topicStart, topicStop - topicStart);
                spans.With("topic", run.Span(file, topicStart, topicStop));
            }
        }
        else
        {
            var (guidelineStart, guidelineStop) = Trim(text, start, topicEnd);
            guideline = text.Substring(guidelineStart, Math.Max(0, guidelineStop - guidelineStart));
            spans.With("guideline", run.Span(file, guidelineStart, guidelineStop));
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
        foreach (var (alias, _) in _aliases)
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

    private static (int Start, int End)? LastPagesKeyword(string text, int start, int end)
    {
        foreach (var word in new[] { "Page(s)", "Pages", "Page", "pp." })
        {
            var at = text.LastIndexOf(word, end - 1, end - start, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            if (at > start && char.IsLetterOrDigit(text[at - 1])) continue;
            var after = at + word.Length;
            if (after < end && char.IsLetter(text[after])) continue;
            return (at, after);
        }
        return null;
    }

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
