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
        _aliasKeys = new string[_aliases.Length];
        for (var a = 0; a < _aliases.Length; a++)
        {
            _aliasKeys[a] = NormalizedComparer.NormalizeName(_aliases[a]);
            _longestKey = Math.Max(_longestKey, _aliasKeys[a].Length);
        }
    }

    // Each alias's letters and digits in lower case, years that stand alone left out: what the text's are compared with.
    private readonly string[] _aliasKeys;
    private readonly int _longestKey;

    /// <summary>Adds the citations of a guideline block's text to <paramref name="into"/>, in order.</summary>
    public void Read(LetterText file, TextRun run, CitationSource source, List<Citation> into)
    {
        var text = run.ToString();
        var markers = CitationStarts(text);
        if (markers.Count == 0)
        {
            ReadTopics(file, run, text, 0, text.Length, source, into);
            return;
        }
        // "MTUS Chronic Pain ... Opioids Page(s): 97-99. Decision based on Non-MTUS Citation ODG ...": what stands before the
        // first marker cites too, when it opens with a guideline a catalogue knows; it was dropped, and its pages unchecked.
        var opening = 0;
        while (opening < markers[0].Index && !char.IsLetterOrDigit(text[opening])) opening++;
        if (opening < markers[0].Index && NamesAGuideline(text, opening, markers[0].Index))
            ReadTopics(file, run, text, opening, markers[0].Index, source, into);
        for (var i = 0; i < markers.Count; i++)
        {
            var partEnd = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            ReadTopics(file, run, text, markers[i].End, partEnd, source, into);
        }
    }

    /// <summary>
    /// One "Decision based on" part, which may list several topics of its guideline, each with its own pages ("Opioids,
    /// criteria for use Page(s): 76-80. Weaning of medications Page(s): 124."; 2013's "Tramadol (Ultram), page 113, and
    /// Opioids, on-going management, pages 78-80"): each is a citation of that guideline. Read as one, the topics ran
    /// together and the last pages were checked against the first topic. Only after a guideline a catalogue knows.
    /// </summary>
    private void ReadTopics(LetterText file, TextRun run, string text, int start, int end, CitationSource source, List<Citation> into)
    {
        var (next, named) = NextTopicStart(text, start, end);
        var first = ReadPart(file, run, text, start, next < 0 ? end : next, source);
        if (next >= 0 && first?.Topic is null)
        {
            // No known guideline with a topic before the second pages: the part is read whole, as it always was.
            if (ReadPart(file, run, text, start, end, source) is { } whole) into.Add(whole);
            return;
        }
        if (first is null) return;
        into.Add(first);
        var guidelineOf = first;
        while (next >= 0)
        {
            var (from, fromNamed) = (next, named);
            (next, named) = NextTopicStart(text, from, end);
            // "...; ACOEM Practice Guidelines, Chapter 12, page 303": a part that names a guideline of its own cites that
            // guideline, and the topics after it share it; read as the first's topic it was checked against the wrong book.
            if (ReadPart(file, run, text, from, next < 0 ? end : next, source, fromNamed ? null : guidelineOf) is not { } another) continue;
            into.Add(another);
            if (fromNamed) guidelineOf = another;
        }
    }

    /// <summary>Whether text[start, end) opens with a guideline a catalogue knows, past "Non-MTUS (Citation)" and "CA" and the like.</summary>
    private bool NamesAGuideline(string text, int start, int end)
    {
        var (nameStart, nameEnd) = GuidelineNameAt(text, NonMtusMarkerEnd(text, start, end) is var marked and >= 0 ? marked : start, end);
        return nameEnd > nameStart;
    }

    /// <summary>What introduces a guideline outside the MTUS, longest first: "Non-MTUS Citation ODG ...", "Non-MTUS ODG ...".</summary>
    private static readonly string[] NonMtusMarkers = { "non-mtus citation", "non-mtus" };

    /// <summary>Past a <see cref="NonMtusMarkers"/> marker as a whole word at <paramref name="at"/> and the separators after it, or -1.</summary>
    private static int NonMtusMarkerEnd(string text, int at, int end)
        => TextScan.CaselessAnyAt(text, at, end, NonMtusMarkers) is var marker and >= 0 && at + NonMtusMarkers[marker].Length is var markerEnd
           && TextScan.IsBoundary(text, markerEnd, at, end) ? SkipSeparators(text, markerEnd, end) : -1;

    /// <summary>
    /// Where the next topic starts after the first pages in text[start, end): past the numbers (and "of 127"), the full
    /// stop, comma or semicolon and an "and", when words follow that end in pages of their own or name a guideline (ODG
    /// chapters carry no pages); else -1. Named: whether the next part opens with a guideline of its own.
    /// </summary>
    private (int Start, bool Named) NextTopicStart(string text, int start, int end)
    {
        if (FirstPagesKeyword(text, start, end) is not { } keyword) return (-1, false);
        // Where the numbers end, read without keeping them (this runs for every citation, and most list one topic).
        var (count, _, numbersEnd) = ReadPages(text, keyword.End, end, null);
        if (count == 0) return (-1, false);
        var i = SkipPageTotal(text, numbersEnd, end);
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is '.' or ',' or ';' or ':')) i++;
        i = TextScan.SkipOptionalWord(text, i, end, "and");
        if (i >= end || !char.IsLetter(text[i])) return (-1, false);
        // The words must be a topic with pages of its own, not another page marker ("page 60" after "pages 41-42, and").
        // Searched forward to the next marker only, so a part listing thousands of topics is read in one pass.
        var named = NamesAGuideline(text, i, end);
        if (FirstPagesKeyword(text, i, end) is { } later) return later.Start > i ? (i, named) : (-1, false);
        return named ? (i, true) : (-1, false);
    }

    /// <summary>Where a citation's text is introduced: the marker's start and end.</summary>
    internal sealed record Marker(int Index, int End);

    private static readonly string[] Pronouns = { "its", "his/her", "his", "her", "their" };

    /// <summary>
    /// Every "Decision based on", and the 2013 letters' "The Expert Reviewer based his/her decision on the", in order: what
    /// <c>Decision based on|based\s+(?:its|his/her|his|her|their)\s+decisions?\s+on(?:\s+the\b)?</c> with case ignored found.
    /// </summary>
    internal static List<Marker> CitationStarts(string text)
    {
        var markers = new List<Marker>();
        // Both markers start with a 'd' or a 'b' (either case): the places in between start neither. Two searches of two
        // characters each, as the framework has them precompiled (a search for four would be JIT-compiled at every start).
        int nextB = -1, nextD = -1;
        for (var at = 0; at < text.Length; at++)
        {
            if (nextB < at) nextB = NextOf(text, at, 'b', 'B');
            if (nextD < at) nextD = NextOf(text, at, 'd', 'D');
            at = Math.Min(nextB, nextD);
            if (at == int.MaxValue) break;
            var end = CitationStartEnd(text, at);
            if (end < 0) continue;
            markers.Add(new Marker(at, end));
            at = end - 1;
        }
        return markers;
    }

    /// <summary>Where <paramref name="lower"/> or <paramref name="upper"/> next occurs at or after <paramref name="from"/>, or int.MaxValue.</summary>
    private static int NextOf(string text, int from, char lower, char upper)
        => text.AsSpan(from).IndexOfAny(lower, upper) is var found && found >= 0 ? from + found : int.MaxValue;

    private static int CitationStartEnd(string text, int at)
    {
        var end = text.Length;
        if (TextScan.CaselessAt(text, at, end, "decision based on")) return at + 17;
        if (!TextScan.CaselessAt(text, at, end, "based")) return -1;
        var i = Spaces(text, at + 5);
        if (i < 0 || TextScan.CaselessAnyAt(text, i, end, Pronouns) is not (var pronoun and >= 0)) return -1;
        i = Spaces(text, i + Pronouns[pronoun].Length);
        if (i < 0 || !TextScan.CaselessAt(text, i, end, "decision")) return -1;
        i += 8;
        if (i < end && TextScan.CaselessEquals(text[i], 's')) i++;
        i = Spaces(text, i);
        if (i < 0 || !TextScan.CaselessAt(text, i, end, "on")) return -1;
        i += 2;
        // "(?:\s+the\b)?": taken when it is there.
        var the = Spaces(text, i);
        return the >= 0 && TextScan.CaselessAt(text, the, end, "the") && TextScan.IsBoundary(text, the + 3, 0, end) ? the + 3 : i;
    }

    private static int Spaces(string text, int i, int end = -1) => TextScan.SkipRequiredSpaces(text, i, end < 0 ? text.Length : end);

    /// <param name="guidelineOf">For a further topic of a part's topic list: the citation whose guideline it shares.</param>
    private Citation? ReadPart(LetterText file, TextRun run, string text, int start, int end, CitationSource source, Citation? guidelineOf = null)
    {
        (start, end) = Trim(text, start, end);
        // "None.", "N/A", "See above.": a placeholder on the guideline line cites nothing, and so does a line that says so.
        if (start >= end || !RulePredicates.HasReasoningIn(text, start, end) || CitesNothing(text, start, end)) return null;
        // Each field's span, kept here until the citation is built (a `with` per field copied the whole span record).
        var sourceSpan = run.Span(file, start, end);
        SourceSpan nonMtusSpan = default, pagesSpan = default, guidelineSpan = default, topicSpan = default;

        string? nonMtus = null;
        if (NonMtusMarkerEnd(text, start, end) is var marked and >= 0)
        {
            start = marked;
            nonMtus = text.Substring(start, end - start);
            nonMtusSpan = run.Span(file, start, end);
        }

        // A legal reference ("8 C.C.R. 9792.20 - 9792.26") says where the guideline is adopted, not which guideline it is.
        if (LegalReferenceEnd(text, start, end) is var legalEnd && legalEnd > start) start = legalEnd;

        // Pages: the last page marker ("Page(s)", "pages", "page", "pp.", "pg.", "p.", "p") and the numbers after it.
        List<PageRange>? pages = null;
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
                pagesSpan = run.Span(file, numbersStart, numbersEnd);
            }
        }
        else if (BarePagesBeforeTotal(text, start, end) is var bare and >= 0 && ReadPages(text, bare, end) is { Ranges.Count: > 0 } read)
        {
            // "Opioids 97-99 of 127": pages with the guideline's total and no page word (a probe's letters read them as the topic's name).
            pages = read.Ranges;
            topicEnd = bare;
            afterPages = SkipPageTotal(text, read.End, end);
            pagesSpan = run.Span(file, read.Start, read.End);
        }

        if (guidelineOf is not null)
        {
            var (sharedStart, sharedStop) = TopicBounds(text, start, topicEnd);
            if (sharedStop <= sharedStart) return null;
            return new Citation
            {
                Source = source,
                Guideline = guidelineOf.Guideline,
                Topic = text.Substring(sharedStart, sharedStop - sharedStart),
                Pages = pages is null ? ValueList<PageRange>.Empty : new ValueList<PageRange>(pages),
                Span = run.Span(file, start, end),
                Spans = new Citation.FieldSpans
                {
                    Source = sourceSpan, Guideline = guidelineOf.Spans.Guideline, Topic = run.Span(file, sharedStart, sharedStop), Pages = pagesSpan,
                },
            };
        }

        // "CA MTUS ...", "the California MTUS ...": a jurisdiction or article before the guideline's name is not part of it.
        // The guideline after a jurisdiction is matched once: when it is there, it is the guideline.
        // The guideline at the start, past "CA" and the like; else after the topic ("Opioids, MTUS ..."); else the text is
        // the guideline's name as written, one no catalogue knows.
        var (nameStart, nameEnd) = GuidelineNameAt(text, start, topicEnd);
        if (GuidelineAfterNotes(text, nameEnd > nameStart ? nameEnd : start, topicEnd) is var (adoptedStart, adoptedEnd))
            (nameStart, nameEnd) = (adoptedStart, adoptedEnd);
        int topicStart = 0, topicStop = 0;
        if (nameEnd > nameStart)
        {
            start = nameStart;
            nameEnd = SkipEditionNote(text, nameEnd, topicEnd, out var noteEnd);
            (topicStart, topicStop) = TopicBounds(text, noteEnd, topicEnd);
            // "MTUS ... Guidelines, page(s) 41-42, Cyclobenzaprine": the topic may follow the pages.
            if (topicStop <= topicStart && afterPages < end) (topicStart, topicStop) = TopicBounds(text, afterPages, end);
        }
        else if (GuidelineAfterTopic(text, start, topicEnd) is var (separator, namedStart, namedEnd))
        {
            (nameStart, nameEnd) = (namedStart, SkipEditionNote(text, namedEnd, topicEnd, out _));
            (topicStart, topicStop) = TopicBounds(text, start, separator);
        }
        else (nameStart, nameEnd) = Trim(text, start, topicEnd);
        var guideline = text.Substring(nameStart, Math.Max(0, nameEnd - nameStart));
        guidelineSpan = run.Span(file, nameStart, nameEnd);
        string? topic = null;
        if (topicStop > topicStart)
        {
            topic = text.Substring(topicStart, topicStop - topicStart);
            topicSpan = run.Span(file, topicStart, topicStop);
        }

        return new Citation
        {
            Source = source,
            Guideline = guideline,
            Topic = topic,
            Pages = pages is null ? ValueList<PageRange>.Empty : new ValueList<PageRange>(pages),
            NonMtus = nonMtus,
            Span = run.Span(file, start, end),
            Spans = new Citation.FieldSpans { Source = sourceSpan, Guideline = guidelineSpan, Topic = topicSpan, Pages = pagesSpan, NonMtus = nonMtusSpan },
        };
    }

    /// <summary>
    /// Whether text[start, end) says that nothing was cited ("None cited.", "No medical treatment guidelines were cited.",
    /// "The expert reviewer did not rely on any guideline."): it denies, speaks of citing, and names no guideline a
    /// catalogue knows and no page. Such a line is no citation, so an item whose reviewer line says so gets IMR006, as one
    /// without the line does; a line that names a guideline ("Decision based on ACOEM, not the MTUS.") stays one.
    /// </summary>
    private bool CitesNothing(string text, int start, int end)
    {
        // Every citation is read here, and nearly none denies: the denying words, which all start with 'n', 'w' or 'd',
        // are looked for first, and only then the rest.
        var denies = false;
        for (var i = start; i < end && !denies; i++)
        {
            if (text[i] is not ('n' or 'N' or 'w' or 'W' or 'd' or 'D') || i > start && char.IsLetter(text[i - 1])) continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            denies = RulePredicates.IsWordOf(DenyingWords, text, i, wordEnd - i);
        }
        if (!denies) return false;
        // The denial must govern the citing: a citing word within a few words after a denying one ("did not cite", "None
        // cited", "No guidelines were cited", "not based on any guideline"); "Decision based on the Medical Board's
        // guidelines, which do not support dose escalation" cites a guideline the catalogues do not know.
        // Or the denial answers a label of citing at the line's end: "Guidelines cited: none."
        bool cites = false, citingSeen = false, lastDenies = false;
        var wordsSinceDenial = int.MaxValue;
        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(text[i])) return false;
            if (!char.IsLetter(text[i]) || i > start && char.IsLetter(text[i - 1])) continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            lastDenies = RulePredicates.IsWordOf(DenyingWords, text, i, wordEnd - i);
            if (lastDenies) wordsSinceDenial = 0;
            else if (wordsSinceDenial < int.MaxValue) wordsSinceDenial++;
            var citing = RulePredicates.IsWordOf(CitingWords, text, i, wordEnd - i);
            citingSeen |= citing;
            if (citing && wordsSinceDenial <= WordsFromDenialToCiting) cites = true;
            i = wordEnd - 1;
        }
        if (!cites && !(lastDenies && citingSeen)) return false;
        // Only a line that denies is searched for a guideline's name, at each word: nearly every citation stops above.
        for (var i = start; i < end; i++)
            if (char.IsLetter(text[i]) && (i == start || !char.IsLetter(text[i - 1])) && MatchGuideline(text, i, end) > i) return false;
        return true;
    }

    private static readonly string[][] DenyingWords = RulePredicates.ByLength(new[] { "no", "none", "not", "nothing", "without", "didn", "doesn", "wasn", "weren", "never", "neither", "nor" });

    /// <summary>How many words after a denying word a citing word may stand and be denied: "No medical treatment guidelines were cited".</summary>
    private const int WordsFromDenialToCiting = 6;

    /// <summary>Words that speak of citing or relying on a source.</summary>
    private static readonly string[][] CitingWords = RulePredicates.ByLength(new[]
    {
        "cite", "cites", "cited", "citing", "citation", "citations", "rely", "relied", "relies", "based", "provided", "referenced",
        "reference", "references", "listed", "specified", "identified", "applied", "guideline", "guidelines", "evidence",
    });

    /// <summary>
    /// A guideline a catalogue knows at <paramref name="at"/>, past a jurisdiction or article before it ("CA MTUS ...",
    /// "the California MTUS ..."), which is not part of its name: where the name starts and ends (both at when none).
    /// </summary>
    private (int Start, int End) GuidelineNameAt(string text, int at, int end)
    {
        var named = JurisdictionPrefixEnd(text, at, end);
        if (named < at) return (at, at);
        var afterNamed = MatchGuideline(text, named, end);
        if (afterNamed > named) return (named, afterNamed);
        // Nothing known after the prefix: matched once more from the start, where a name may begin with the same word.
        return named == at ? (at, at) : (at, MatchGuideline(text, at, end));
    }

    /// <summary>
    /// A guideline named after the edition notes at <paramref name="at"/> in text[at, end), or null: "MTUS (Effective
    /// July 18, 2009) ACOEM Practice Guidelines, ...", "MTUS (8 C.C.R. §9792.24.2), Chronic Pain Medical Treatment
    /// Guidelines ...". The MTUS is the schedule that adopts the guidelines, so the one named after it, past its date or
    /// its section, is the one cited, and the words between are no topic.
    /// </summary>
    private (int Start, int End)? GuidelineAfterNotes(string text, int at, int end)
    {
        // A name may itself start like a note ("ACOEM Practice Guidelines"): each note's start is tried before it is passed.
        for (var i = at; i < end;)
        {
            var note = i;
            while (note < end && (char.IsWhiteSpace(text[note]) || text[note] is ',' or ';' or ':' or '-')) note++;
            var (nameStart, nameEnd) = GuidelineNameAt(text, note, end);
            if (nameEnd > nameStart) return (nameStart, nameEnd);
            var noteEnd = EditionNoteAt(text, note, at, end);
            if (noteEnd <= note) return null;
            i = noteEnd;
        }
        return null;
    }

    /// <summary>
    /// A guideline a catalogue knows after a comma or semicolon in text[start, end), with words before it for a topic:
    /// the separator's position and where the guideline's name lies, or null.
    /// </summary>
    private (int Separator, int Start, int End)? GuidelineAfterTopic(string text, int start, int end)
    {
        // A topic is a few words: the guideline is looked for near the part's start only, so a part of many commas costs
        // no more than one that has few.
        for (var i = start; i < Math.Min(end, start + LongestTopicBeforeGuideline); i++)
        {
            if (text[i] is not (',' or ';')) continue;
            var at = TextScan.SkipSpaces(text, i + 1, end);
            // A name is looked for in a window of its own size, so marks after the comma are not passed once per comma; past
            // the MTUS's notes too ("Opioids, MTUS (8 C.C.R. §9792.24.2), Chronic Pain ...").
            if (GuidelineAfterNotes(text, at, Math.Min(end, at + LongestTopicBeforeGuideline)) is not var (nameStart, nameEnd)) continue;
            var (topicStart, topicStop) = TopicBounds(text, start, i);
            return topicStop > topicStart ? (i, nameStart, nameEnd) : null;
        }
        return null;
    }

    private const int LongestTopicBeforeGuideline = 200;

    /// <summary>
    /// End of the longest catalogue title or alias the text starts with (letters and digits compared, case ignored, a year
    /// that stands alone passed on either side: "MTUS 2009 Chronic Pain ..." names the MTUS's guidelines), or start.
    /// </summary>
    internal int MatchGuideline(string text, int start, int end)
    {
        // The text's letters and digits from start, in lower case, as far as the longest alias reaches, and where each
        // lies: folded once, then each alias is one comparison (each alias walked the text itself before).
        var folded = _longestKey <= 256 ? stackalloc char[_longestKey] : new char[_longestKey];
        var after = _longestKey <= 256 ? stackalloc int[_longestKey] : new int[_longestKey];
        var count = 0;
        for (var i = start; i < end && count < folded.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i])) continue;
            if (TextScan.StandaloneYearEnd(text, i, start, end) is var yearEnd && yearEnd > i) { i = yearEnd - 1; continue; }
            folded[count] = char.ToLowerInvariant(text[i]);
            after[count++] = i + 1;
        }
        var best = start;
        for (var a = 0; a < _aliases.Length; a++)
        {
            // The first letter refuses most aliases before the whole key is compared.
            var key = _aliasKeys[a];
            if (key.Length > count || (key.Length > 0 && key[0] != folded[0]) || !folded.Slice(0, key.Length).SequenceEqual(key.AsSpan())) continue;
            var matched = MatchEnd(text, key.Length == 0 ? start : after[key.Length - 1], end, _aliases[a]);
            if (matched > best) best = matched;
        }
        return best;
    }

    /// <summary>Where a match of <paramref name="alias"/> that reaches <paramref name="i"/> ends, or -1 when it ends inside a word.</summary>
    private static int MatchEnd(string text, int i, int end, string alias)
    {
        // Whole words only: "MTUS" must not match the start of "MTUSX".
        if (i < end && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1])) return -1;
        // Keep a closing parenthesis that belongs to the alias, as in "Guideline (ODG)".
        if (i < end && text[i] == ')' && alias.EndsWith(")", StringComparison.Ordinal)) i++;
        return i;
    }

    /// <summary>The words that stand before a citation's page numbers, longest first where one starts another.</summary>
    internal static readonly string[] PageMarkers = { "Page(s)", "Pages", "Page", "Pg(s)", "pgs.", "pgs", "pg.", "pg", "p.p.", "pps.", "pps", "pp.", "pp", "p.", "p" };

    // "page no. 120", "pages nos. 76-80", "Page number 120": the word for number between the marker and the number.
    private static readonly string[] NumberWords = { "numbers", "number", "nos.", "nos", "no.", "no" };

    /// <summary>The first page marker, as a whole word, that a page number follows.</summary>
    internal static (int Start, int End)? FirstPagesKeyword(string text, int start, int end)
    {
        // Every marker starts with a 'p': the places to try are found by a vectorised search, not by asking at each character.
        for (var at = start; at < end; at++)
        {
            var p = text.AsSpan(at, end - at).IndexOfAny('p', 'P');
            if (p < 0) return null;
            at += p;
            if (PagesKeywordAt(text, at, start, end) is { } keyword) return keyword;
        }
        return null;
    }

    /// <summary>The last page marker, as a whole word, that a page number follows.</summary>
    internal static (int Start, int End)? LastPagesKeyword(string text, int start, int end)
    {
        for (var at = end - 1; at >= start; at--)
        {
            at = start + text.AsSpan(start, at + 1 - start).LastIndexOfAny('p', 'P');
            if (at < start) return null;
            if (PagesKeywordAt(text, at, start, end) is not { } keyword) continue;
            // Found from the end, "p.p. 120" first shows its last "p.": the marker that ends there starts earlier.
            for (var back = Math.Max(start, at - 3); back < at; back++)
                if (PagesKeywordAt(text, back, start, end) is { } longer && longer.End == keyword.End) return longer;
            return keyword;
        }
        return null;
    }

    /// <summary>
    /// A page marker starting at <paramref name="at"/> as a whole word, with a page number after it: where the marker
    /// starts and where its first number does ("Page #120", "page no. 120").
    /// </summary>
    private static (int Start, int End)? PagesKeywordAt(string text, int at, int start, int end)
    {
        if (text[at] is not ('p' or 'P') || at > start && char.IsLetterOrDigit(text[at - 1])) return null;
        // A marker's second character refuses most words that start with a 'p' ("pain", "patient") without a comparison.
        var second = at + 1 < end ? (char)(text[at + 1] | 0x20) : '\0';
        foreach (var word in PageMarkers)
        {
            if (word.Length > 1 && second != (word[1] | 0x20)) continue;
            if (at + word.Length > end || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var after = at + word.Length;
            if (after < end && char.IsLetter(text[after])) continue;
            var number = SkipNumberSign(text, after, end);
            if (TextScan.CaselessAnyAt(text, number, end, NumberWords) is var numberWord and >= 0
                && number + NumberWords[numberWord].Length is var wordEnd && (wordEnd >= end || !char.IsLetter(text[wordEnd])))
                number = SkipNumberSign(text, wordEnd, end);
            if (number < end && char.IsAsciiDigit(text[number])) return (at, number);
        }
        return null;
    }

    private static int SkipNumberSign(string text, int i, int end)
    {
        while (i < end && text[i] is ':' or ' ' or '\t' or '.' or '#') i++;
        return i;
    }

    /// <summary>
    /// Where the pages start in a citation that ends in pages and the guideline's total with no page word ("Opioids 97-99
    /// of 127", "Opioids 78, 80 of 127."), or -1. The total must be a guideline's (twenty pages or more), a space or comma
    /// must stand before the pages, and the word before them must count no other thing ("Chapter 12 of 25", "Step 2 of
    /// 20" are not pages).
    /// </summary>
    private static int BarePagesBeforeTotal(string text, int start, int end)
    {
        var i = end;
        while (i > start && (text[i - 1] is '.' or ' ' or '\t')) i--;
        var totalEnd = i;
        while (i > start && char.IsAsciiDigit(text[i - 1])) i--;
        if (totalEnd - i is < 2 or > 4 || int.Parse(text.AsSpan(i, totalEnd - i), System.Globalization.CultureInfo.InvariantCulture) < 20) return -1;
        while (i > start && text[i - 1] == ' ') i--;
        if (i - 2 <= start || !TextScan.CaselessAt(text, i - 2, i, "of") || text[i - 3] != ' ') return -1;
        i -= 3;
        var listEnd = i;
        while (i > start && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '-' or '\u2013' or ',' or ' ')) i--;
        while (i < listEnd && !char.IsAsciiDigit(text[i])) i++;
        if (i >= listEnd || i <= start || text[i - 1] is not (' ' or ',')) return -1;
        var wordEnd = i;
        while (wordEnd > start && text[wordEnd - 1] is ' ' or ',') wordEnd--;
        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
        return TextScan.IsWordOf(text, wordStart, wordEnd, OtherCounters) ? -1 : i;
    }

    /// <summary>Words that count something other than pages before "N of M": "Chapter 12 of 25", "Step 2 of 20".</summary>
    private static readonly string[] OtherCounters =
        { "chapter", "chapters", "step", "steps", "section", "sections", "part", "parts", "table", "tables", "appendix", "figure", "volume", "tier", "level", "phase", "item", "items", "question", "criterion", "criteria", "no" };

    /// <summary>"41-42 of 127": the guideline's page total is not a cited page.</summary>
    internal static int SkipPageTotal(string text, int i, int end)
    {
        // "\s*of\s+[0-9]{1,4}\b" with case ignored, right at i.
        var of = TextScan.SkipSpaces(text, i, end);
        if (!TextScan.CaselessAt(text, of, end, "of")) return i;
        var digits = TextScan.SkipSpaces(text, of + 2, end);
        var digitsEnd = TextScan.SkipAsciiDigits(text, digits, end);
        return digits > of + 2 && digitsEnd > digits && digitsEnd - digits <= 4 && TextScan.IsBoundary(text, digitsEnd, i, end) ? digitsEnd : i;
    }

    private static readonly string[] Jurisdictions = { "ca", "cal", "california" };

    /// <summary>
    /// Where "the California ", "CA ", "the " ends before the text after it, when text[start, end) starts that way, or -1:
    /// what <c>(?:the\s+)?(?:(?:CA|Cal|California)\b\.?)?\s*(?=\S)</c> with case ignored matched at <paramref name="start"/>.
    /// A name is a whole word ("California" once yielded "Ca", leaving "lifornia MTUS" for a guideline no catalogue
    /// knows). Some text must follow.
    /// </summary>
    internal static int JurisdictionPrefixEnd(string text, int start, int end)
    {
        if (TextScan.CaselessAt(text, start, end, "the"))
        {
            var afterThe = TextScan.SkipSpaces(text, start + 3, end);
            // White space taken back from "the\s+" could only be taken again by "\s*" before the same text.
            if (afterThe > start + 3 && Jurisdiction(text, afterThe, end) is var withThe && withThe >= 0) return withThe;
        }
        return Jurisdiction(text, start, end);
    }

    private static int Jurisdiction(string text, int i, int end)
    {
        foreach (var name in Jurisdictions)
        {
            var nameEnd = i + name.Length;
            if (!TextScan.CaselessAt(text, i, end, name) || !TextScan.IsBoundary(text, nameEnd, i, end)) continue;
            // "Cal." with its full stop, or without it when nothing but the full stop would follow.
            if (nameEnd < end && text[nameEnd] == '.' && TextScan.SkipSpaces(text, nameEnd + 1, end) is var afterStop && afterStop < end) return afterStop;
            var after = TextScan.SkipSpaces(text, nameEnd, end);
            if (after < end) return after;
        }
        // No name: the text itself, past white space.
        var rest = TextScan.SkipSpaces(text, i, end);
        return rest < end ? rest : -1;
    }

    /// <summary>
    /// Where a legal reference ("8 C.C.R. 9792.20 - 9792.26", "California Code of Regulations, Title 8, Section 9792.20")
    /// at <paramref name="start"/> ends, with the separators after it, or -1: what
    /// <c>(?:[0-9]+\s*C\.?\s*C\.?\s*R\.?|California\s+Code\s+of\s+Regulations,?\s*(?:Title\s*[0-9]+)?)\s*,?\s*(?:(?:§+|Sections?|Sec\.)\s*)?[0-9]+(?:\.[0-9]+)*(?:\s*(?:-|to|through)\s*[0-9]+(?:\.[0-9]+)*)?[\s,;:]*</c>
    /// with case ignored matched there in text[start, end).
    /// </summary>
    internal static int LegalReferenceEnd(string text, int start, int end)
    {
        if (start < end && TextScan.IsAsciiDigit(text[start]))
        {
            // "8 C.C.R.": each '.' is taken when it is there, since nothing after it can start with '.'.
            var i = TextScan.SkipAsciiDigits(text, start, end);
            foreach (var letter in "ccr")
            {
                i = TextScan.SkipSpaces(text, i, end);
                if (i >= end || !TextScan.CaselessEquals(text[i], letter)) return -1;
                i++;
                if (i < end && text[i] == '.') i++;
            }
            return SectionEnd(text, i, end);
        }
        var words = start;
        foreach (var word in CodeOfRegulations)
        {
            if (words > start)
            {
                var next = TextScan.SkipSpaces(text, words, end);
                if (next == words) return -1;
                words = next;
            }
            if (!TextScan.CaselessAt(text, words, end, word)) return -1;
            words += word.Length;
        }
        if (words < end && text[words] == ',') words++;
        var title = TextScan.SkipSpaces(text, words, end);
        if (TextScan.CaselessAt(text, title, end, "title"))
        {
            var digits = TextScan.SkipSpaces(text, title + 5, end);
            var digitsEnd = TextScan.SkipAsciiDigits(text, digits, end);
            if (digitsEnd > digits)
            {
                var section = SectionEnd(text, digitsEnd, end);
                if (section >= 0) return section;
                // "Title 89792.20": the title number gives back its last digit for the section number to start with.
                if (digitsEnd - digits >= 2) return SectionEnd(text, digitsEnd - 1, end);
            }
            // Without the title the section would have to start at "Title".
            return -1;
        }
        return SectionEnd(text, words, end);
    }

    private static readonly string[] CodeOfRegulations = { "california", "code", "of", "regulations" };
    private static readonly string[] RangeWords = { "-", "to", "through" };

    /// <summary>
    /// <c>\s*,?\s*(?:(?:§+|Sections?|Sec\.)\s*)?[0-9]+(?:\.[0-9]+)*(?:\s*(?:-|to|through)\s*[0-9]+(?:\.[0-9]+)*)?[\s,;:]*</c>
    /// at <paramref name="i"/>: its end, or -1. Once a section number has begun everything after it is optional, so each
    /// part is taken as far as it goes.
    /// </summary>
    private static int SectionEnd(string text, int i, int end)
    {
        i = TextScan.SkipSpaces(text, i, end);
        if (i < end && text[i] == ',') i++;
        i = TextScan.SkipSpaces(text, i, end);
        if (i < end && text[i] == '§')
        {
            while (i < end && text[i] == '§') i++;
            i = TextScan.SkipSpaces(text, i, end);
        }
        else if (TextScan.CaselessAt(text, i, end, "section"))
        {
            i += 7;
            if (i < end && TextScan.CaselessEquals(text[i], 's')) i++;
            i = TextScan.SkipSpaces(text, i, end);
        }
        else if (TextScan.CaselessAt(text, i, end, "sec.")) i = TextScan.SkipSpaces(text, i + 4, end);
        var number = SectionNumberEnd(text, i, end);
        if (number < 0) return -1;
        var range = TextScan.SkipSpaces(text, number, end);
        if (TextScan.CaselessAnyAt(text, range, end, RangeWords) is var word && word >= 0
            && SectionNumberEnd(text, TextScan.SkipSpaces(text, range + RangeWords[word].Length, end), end) is var rangeEnd && rangeEnd >= 0)
            number = rangeEnd;
        while (number < end && (char.IsWhiteSpace(text[number]) || text[number] is ',' or ';' or ':')) number++;
        return number;
    }

    /// <summary><c>[0-9]+(?:\.[0-9]+)*</c> at <paramref name="i"/>: its end, or -1.</summary>
    private static int SectionNumberEnd(string text, int i, int end)
    {
        var digitsEnd = TextScan.SkipAsciiDigits(text, i, end);
        if (digitsEnd == i) return -1;
        while (digitsEnd < end && text[digitsEnd] == '.' && TextScan.SkipAsciiDigits(text, digitsEnd + 1, end) is var next && next > digitsEnd + 1) digitsEnd = next;
        return digitsEnd;
    }

    /// <summary>
    /// What follows a guideline's name and names its edition, not a topic: "(Effective July 18, 2009)", "2nd Edition
    /// (2004)", "Practice Guidelines", "(2009)". Returns where the guideline's own words end (the note belongs to the
    /// guideline when it is in parentheses right after it) and, through <paramref name="noteEnd"/>, where the topic may start.
    /// </summary>
    private static int SkipEditionNote(string text, int guidelineEnd, int end, out int noteEnd)
    {
        noteEnd = EditionNoteEnd(text, guidelineEnd, end);
        if (noteEnd <= guidelineEnd) { noteEnd = guidelineEnd; return guidelineEnd; }
        var trimmed = noteEnd;
        while (trimmed > guidelineEnd && (char.IsWhiteSpace(text[trimmed - 1]) || text[trimmed - 1] is ',' or ';' or ':' or '-')) trimmed--;
        return trimmed;
    }

    /// <summary>
    /// The end of the edition notes at <paramref name="start"/> in text[start, end), or <paramref name="start"/>: what
    /// <c>(?:[\s,;:-]*(?:\(\s*(?:Effective|eff\.|Rev(?:ised)?\.?|Updated)[^)]*\)|\(?[0-9]{4}\)?(?![0-9-])|(?:ACOEM\s+)?Practice\s+Guidelines?|Guidelines?|[0-9]+(?:st|nd|rd|th)\s+Ed(?:ition|\.)?(?:\s*\(?[0-9]{4}\)?)?|Edition|Revised\s+[0-9]{4}|MTUS|Non-MTUS|(?:(?:Effective|eff\.)\s*)?(?:DATE)))+</c>
    /// where DATE is <see cref="LetterDates.SlashedAt"/>'s or <see cref="LetterDates.MonthFirstAt"/>'s expression
    /// with case ignored matched there. Nothing follows the loop, so each round takes the first note that matches
    /// (separators first: no note starts with one), and the loop ends at the first round that finds none.
    /// </summary>
    internal static int EditionNoteEnd(string text, int start, int end)
    {
        var i = start;
        while (true)
        {
            var note = i;
            while (note < end && (char.IsWhiteSpace(text[note]) || text[note] is ',' or ';' or ':' or '-')) note++;
            var noteEnd = EditionNoteAt(text, note, start, end);
            if (noteEnd < 0) return i;
            i = noteEnd;
        }
    }

    private static readonly string[] RevisionWords = { "effective", "eff.", "rev", "updated" };

    /// <summary>One edition note at <paramref name="i"/> (text[start, end) is the input), the alternatives in the expression's order: its end, or -1.</summary>
    private static int EditionNoteAt(string text, int i, int start, int end)
    {
        if (i >= end) return -1;
        // "(8 C.C.R. 9792.20 - 9792.26)", "8 CCR 9792.20 et seq.": where the guideline is adopted, which is no topic.
        if (LegalNoteEnd(text, i, end) is var legal and >= 0) return legal;
        // "(Effective July 18, 2009)", "(Rev. 2010)": up to the first ')'.
        if (text[i] == '(')
        {
            var word = TextScan.SkipSpaces(text, i + 1, end);
            if (TextScan.CaselessAnyAt(text, word, end, RevisionWords) >= 0)
            {
                var close = text.IndexOf(')', word, end - word);
                if (close >= 0) return close + 1;
            }
        }
        // "(2004)", "2009": four digits, not followed by a digit or '-' (the ')' is given back when one follows it).
        var year = text[i] == '(' ? i + 1 : i;
        if (end - year >= 4 && TextScan.SkipAsciiDigits(text, year, year + 4) == year + 4)
        {
            var yearEnd = year + 4;
            if (yearEnd < end && text[yearEnd] == ')' && !DigitOrDash(text, yearEnd + 1, end)) return yearEnd + 1;
            if (!DigitOrDash(text, yearEnd, end)) return yearEnd;
        }
        // "ACOEM Practice Guidelines", "Practice Guideline".
        var practice = i;
        if (TextScan.CaselessAt(text, i, end, "acoem") && TextScan.SkipSpaces(text, i + 5, end) is var afterAcoem && afterAcoem > i + 5
            && TextScan.CaselessAt(text, afterAcoem, end, "practice")) practice = afterAcoem;
        if (TextScan.CaselessAt(text, practice, end, "practice") && TextScan.SkipSpaces(text, practice + 8, end) is var guidelines && guidelines > practice + 8
            && TextScan.CaselessAt(text, guidelines, end, "guideline"))
            return Plural(text, guidelines + 9, end);
        if (TextScan.CaselessAt(text, i, end, "guideline")) return Plural(text, i + 9, end);
        // "2nd Edition (2004)", "3rd Ed.".
        if (TextScan.OrdinalEditionAt(text, i, end, out _) is var edEnd && edEnd >= 0)
        {
            if (TextScan.CaselessAt(text, edEnd, end, "ition")) edEnd += 5;
            else if (edEnd < end && text[edEnd] == '.') edEnd++;
            var noteYear = TextScan.SkipSpaces(text, edEnd, end);
            if (noteYear < end && text[noteYear] == '(') noteYear++;
            if (end - noteYear >= 4 && TextScan.SkipAsciiDigits(text, noteYear, noteYear + 4) == noteYear + 4)
                return noteYear + 4 < end && text[noteYear + 4] == ')' ? noteYear + 5 : noteYear + 4;
            return edEnd;
        }
        if (TextScan.CaselessAt(text, i, end, "edition")) return i + 7;
        if (TextScan.CaselessAt(text, i, end, "revised") && TextScan.SkipSpaces(text, i + 7, end) is var revisedYear && revisedYear > i + 7
            && end - revisedYear >= 4 && TextScan.SkipAsciiDigits(text, revisedYear, revisedYear + 4) == revisedYear + 4)
            return revisedYear + 4;
        if (TextScan.CaselessAt(text, i, end, "mtus")) return i + 4;
        if (TextScan.CaselessAt(text, i, end, "non-mtus")) return i + 8;
        // "7/18/2009", "Effective July 18, 2009": the date an edition took effect ("MTUS ... Guidelines 7/18/2009, Opioids").
        var effective = TextScan.CaselessAnyAt(text, i, end, EffectiveWords) is var effectiveWord and >= 0 ? TextScan.SkipSpaces(text, i + EffectiveWords[effectiveWord].Length, end) : -1;
        if (effective >= 0 && EditionDateEnd(text, effective, start, end) is var afterEffective and >= 0) return afterEffective;
        return EditionDateEnd(text, i, start, end);
    }

    private static readonly string[] EffectiveWords = { "effective", "eff." };

    /// <summary>
    /// A legal reference at <paramref name="i"/>, bare or in parentheses, with "et seq." after its section: where it ends,
    /// or -1. What <c>\(\s*LEGAL(?:et\s+seq(?:\.|\b)[\s,;:]*)?\s*\)|LEGAL(?:et\s+seq(?:\.|\b)[\s,;:]*)?</c> matched,
    /// LEGAL being <see cref="LegalReferenceEnd"/>'s expression.
    /// </summary>
    private static int LegalNoteEnd(string text, int i, int end)
    {
        var bracketed = text[i] == '(';
        var reference = LegalReferenceEnd(text, bracketed ? TextScan.SkipSpaces(text, i + 1, end) : i, end);
        if (reference < 0) return -1;
        if (TextScan.CaselessAt(text, reference, end, "et") && TextScan.SkipRequiredSpaces(text, reference + 2, end) is var seq and >= 0
            && TextScan.CaselessAt(text, seq, end, "seq"))
        {
            var seqEnd = seq + 3;
            if (seqEnd < end && text[seqEnd] == '.') seqEnd++;
            else if (!TextScan.IsBoundary(text, seqEnd, 0, end)) seqEnd = -1;
            if (seqEnd >= 0)
            {
                while (seqEnd < end && (char.IsWhiteSpace(text[seqEnd]) || text[seqEnd] is ',' or ';' or ':')) seqEnd++;
                reference = seqEnd;
            }
        }
        if (!bracketed) return reference;
        var close = TextScan.SkipSpaces(text, reference, end);
        return close < end && text[close] == ')' ? close + 1 : -1;
    }

    /// <summary>A date at <paramref name="i"/>, as a slashed date or a month's name first: where it ends, or -1.</summary>
    private static int EditionDateEnd(string text, int i, int start, int end)
    {
        if (i >= end) return -1;
        if (LetterDates.SlashedAt(text, i, start, end) is { } slashed) return slashed.End;
        return LetterDates.MonthFirstAt(text, i, start, end) is { } named ? named.End : -1;
    }

    private static bool DigitOrDash(string text, int i, int end) => i < end && (TextScan.IsAsciiDigit(text[i]) || text[i] == '-');

    /// <summary>Past an optional 's' at <paramref name="i"/>.</summary>
    private static int Plural(string text, int i, int end) => i < end && TextScan.CaselessEquals(text[i], 's') ? i + 1 : i;

    /// <summary>
    /// The topic between two positions, without separators, a closing "which is (not) part of the MTUS", the word that
    /// led to the pages ("Opioids on page 120", "at p. 78", "(see pages 103-104)"), or a bracket whose partner lies
    /// outside the topic ("(Sympathetic blocks, pages 103-104)").
    /// </summary>
    private static (int Start, int End) TopicBounds(string text, int start, int end)
    {
        (start, end) = Trim(text, SkipSeparators(text, start, end), end);
        var tail = PartOfTheMtusIndex(text, start, end);
        if (tail >= 0) (start, end) = Trim(text, start, tail);
        while (true)
        {
            var (wasStart, wasEnd) = (start, end);
            foreach (var word in PageLeadWords)
                if (end - start > word.Length && TextScan.CaselessAt(text, end - word.Length, end, word) && text[end - word.Length - 1] is var before
                    && (char.IsWhiteSpace(before) || before == '('))
                    (start, end) = Trim(text, start, end - word.Length);
            foreach (var (open, close) in Brackets)
            {
                if (start < end && text[start] == open && text.IndexOf(close, start, end - start) < 0) (start, end) = Trim(text, start + 1, end);
                if (start < end && text[end - 1] == close && text.IndexOf(open, start, end - start) < 0) (start, end) = Trim(text, start, end - 1);
                if (start < end && text[end - 1] == open) (start, end) = Trim(text, start, end - 1);
            }
            if ((start, end) == (wasStart, wasEnd)) return (start, end);
        }
    }

    private static readonly string[] PageLeadWords = { "on", "at", "see", "in", "from", "per" };

    /// <summary>The brackets writers put around pages: "(pages 78-80)", "[pages 78-80]".</summary>
    private static readonly (char Open, char Close)[] Brackets = { ('(', ')'), ('[', ']') };

    /// <summary>
    /// Where ", which is not part of the MTUS ..." begins in text[start, end), or -1: the first place where
    /// <c>,?\s*which\s+(?:is|are)\s+(?:not\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?MTUS.*$</c> with case ignored matches. A match
    /// begins with the comma and white space just before the first "which ..." that reads on to "MTUS".
    /// </summary>
    internal static int PartOfTheMtusIndex(string text, int start, int end)
    {
        for (var which = start; which < end; which++)
        {
            // Only a 'w' can start "which": the places in between are passed by a vectorised search.
            var w = text.AsSpan(which, end - which).IndexOfAny('w', 'W');
            if (w < 0) return -1;
            which += w;
            if (!ReadsPartOfTheMtus(text, which, end)) continue;
            var at = which;
            while (at > start && char.IsWhiteSpace(text[at - 1])) at--;
            return at > start && text[at - 1] == ',' ? at - 1 : at;
        }
        return -1;
    }

    private static readonly string[] IsAre = { "is", "are" };

    private static bool ReadsPartOfTheMtus(string text, int i, int end)
    {
        if (!TextScan.CaselessAt(text, i, end, "which") || (i = Spaces(text, i + 5, end)) < 0) return false;
        if (TextScan.CaselessAnyAt(text, i, end, IsAre) is not (var verb and >= 0) || (i = Spaces(text, i + IsAre[verb].Length, end)) < 0) return false;
        i = TextScan.SkipOptionalWord(text, i, end, "not");
        i = TextScan.SkipOptionalWord(text, i, end, "a");
        if (!TextScan.CaselessAt(text, i, end, "part") || (i = Spaces(text, i + 4, end)) < 0) return false;
        if (!TextScan.CaselessAt(text, i, end, "of") || (i = Spaces(text, i + 2, end)) < 0) return false;
        i = TextScan.SkipOptionalWord(text, i, end, "the");
        return TextScan.CaselessAt(text, i, end, "mtus");
    }


    /// <summary>Numbers and ranges after the keyword: "63-65", "64-65", "63-64, 66", ": 97." Stops at anything else.</summary>
    private static (List<PageRange> Ranges, int Start, int End) ReadPages(string text, int i, int end)
    {
        var ranges = new List<PageRange>();
        var (_, start, stop) = ReadPages(text, i, end, ranges);
        return (ranges, start, stop);
    }

    /// <summary>The numbers after a page marker into <paramref name="ranges"/> (null: only counted); how many, and where they lie.</summary>
    private static (int Count, int Start, int End) ReadPages(string text, int i, int end, List<PageRange>? ranges)
    {
        var count = 0;
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
            // "74-96", "74 – 96", and in words "74 through 96", "74 to 96", "74 thru 96".
            var dash = j < end && text[j] is '-' or '\u2013' or '\u2014' ? j + 1 : RangeWordEnd(text, j, end);
            if (dash > j)
            {
                j = dash;
                while (j < end && text[j] == ' ') j++;
                if (j < end && char.IsAsciiDigit(text[j]))
                {
                    i = j;
                    to = ReadNumber(text, ref i, end);
                }
            }
            // Page 0 is read, so that a placeholder page ("Page(s): 0") is checked against the topic rather than taken into it.
            if (to >= from && to < 100_000)
            {
                ranges?.Add(new PageRange(from, to));
                count++;
            }
            numbersEnd = i;
            // A comma, '&', "and" or a space continues the list only if another number follows. A page's total between
            // two pages ("78 of 127, 112", "78 of 127; 112 of 127") is passed over, but then only a comma, a semicolon,
            // '&' or "and" goes on to a page: "78 of 127 2009" cites no page 2009.
            var k = SkipPageTotal(text, i, end);
            var afterTotal = k;
            while (k < end && (text[k] is ',' or ' ' or ';' or '&')) k++;
            if (k + 3 < end && string.Compare(text, k, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0) { k += 3; while (k < end && text[k] == ' ') k++; }
            if (afterTotal > i && (!HasListSeparator(text, afterTotal, k) || !ReadsAsPage(text, k, end))) break;
            if (k < end && char.IsAsciiDigit(text[k]) && k > i) i = k; else break;
        }
        return (count, numbersStart, numbersEnd);
    }

    /// <summary>
    /// Whether text[start, end), which holds only what the page list lets join two pages (commas, semicolons,
    /// '&amp;', spaces and "and"), holds more than spaces: a page's total and a space alone join no page ("78 of 127 2009").
    /// </summary>
    private static bool HasListSeparator(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (text[i] != ' ') return true;
        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="at"/> reads as a page after another page's total: a number or range that
    /// ends the list or goes on to a total, a separator or the citation's end, not one that a word follows ("..., 8 C.C.R.
    /// 9792.20" is the next citation's legal reference, a review found it read as page 8).
    /// </summary>
    private static bool ReadsAsPage(string text, int at, int end)
    {
        var i = TextScan.SkipAsciiDigits(text, at, end);
        while (i < end && text[i] is ' ' or '-' or '\u2013' || i < end && char.IsAsciiDigit(text[i])) i++;
        if (i >= end || text[i] is ',' or ';' or '.' or ')' or '&' or '\n' or '\r') return true;
        return TextScan.CaselessAt(text, i, end, "of") || TextScan.CaselessAt(text, i, end, "and");
    }

    private static readonly string[] PageRangeWords = { "through", "thru", "to" };

    /// <summary>The end of "through", "thru" or "to" as a whole word at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int RangeWordEnd(string text, int i, int end)
    {
        foreach (var word in PageRangeWords)
            if (TextScan.CaselessAt(text, i, end, word) && (i + word.Length == end || !char.IsLetter(text[i + word.Length]))) return i + word.Length;
        return i;
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
