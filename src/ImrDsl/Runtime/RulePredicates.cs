using System.Globalization;
using ImrDsl.Text;

namespace ImrDsl.Runtime;

/// <summary>
/// The predicates rule conditions are built from (grammar/README.md lists them). Generated validators call
/// these; each returns whether it holds plus named values that the rule's message may use.
/// </summary>
public static class RulePredicates
{
    public static PredicateResult Present(object? value) => PredicateResult.Of(value switch
    {
        null => false,
        string s => s.Length > 0,
        System.Collections.ICollection c => c.Count > 0,
        System.Collections.IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => true,
    });

    public static PredicateResult NonEmpty(string? text) => PredicateResult.Of(!string.IsNullOrWhiteSpace(text));

    /// <summary>
    /// False for empty text and for a placeholder that gives neither a reason nor a conclusion ("See above.", "N/A",
    /// "TBD", "Same as above"): text made only of the words placeholders are made of.
    /// </summary>
    public static PredicateResult HasReasoning(string? text) => PredicateResult.Of(text is not null && HasReasoningIn(text, 0, text.Length));

    /// <summary><see cref="HasReasoning"/> for text[start, end), read in place (the letter reader asks it of every citation).</summary>
    internal static bool HasReasoningIn(string text, int start, int end)
    {
        // Words are runs of ASCII letters; scanned by hand, and compared in place, as this runs on every item of every letter.
        int words = 0, named = 0;
        var points = false;
        for (var i = start; i < end; i++)
        {
            if (!IsAsciiLetter(text[i])) continue;
            var wordStart = i;
            while (i < end && IsAsciiLetter(text[i])) i++;
            var length = i - wordStart;
            // A short text that only points to another item's rationale may name that item ("Refer to the rationale for
            // Norco above."); a longer one, or one that names more or speaks of necessity or guidelines, gives reasons.
            if (++words > MostWordsOfAPointer && named > 0) return true;
            if (IsWordOf(PointerWordsByLength, text, wordStart, length)) points = true;
            else if (IsPlaceholderWord(text, wordStart, length) || IsRun(text, wordStart, length, 'x') || IsWordOf(PointingWordsByLength, text, wordStart, length)) continue;
            else if (++named > MostNamesInAPointer || words > MostWordsOfAPointer || SpeaksOfReasons(text, wordStart, length)) return true;
        }
        return named > 0 && !points;
    }

    /// <summary>Whether text[start, start + length) is one letter repeated: "XXXXXXXXXX" holds a place as "xxx" does.</summary>
    private static bool IsRun(string text, int start, int length, char letter)
    {
        for (var i = start; i < start + length; i++)
            if ((text[i] | 0x20) != letter) return false;
        return true;
    }

    /// <summary>How long a text that only points to another rationale may be, and how many words of names it may hold.</summary>
    private const int MostWordsOfAPointer = 16;
    private const int MostNamesInAPointer = 2;

    /// <summary>Words that point elsewhere: a text that names an item is a pointer only with one of them.</summary>
    // Not "prior", "previous", "earlier" or "per": "No prior trial of NSAIDs." and "Exceeds quantity per UR." give reasons.
    internal static readonly string[] PointerWords = { "above", "below", "refer", "preceding", "attached" };

    private static readonly string[][] PointerWordsByLength = ByLength(PointerWords);

    /// <summary>Words a pointer is worded with beside the placeholder words ("which applies equally here", "see UR report").</summary>
    internal static readonly string[] PointingWords =
    {
        "first", "second", "third", "last", "other", "applies", "apply", "equally", "also", "this", "that", "which", "ur", "umd", "items",
        "reasoning", "reasons", "reason", "discussion", "discussed", "request", "requested", "rationales", "is", "and", "of", "with", "under",
    };

    private static readonly string[][] PointingWordsByLength = ByLength(PointingWords);

    /// <summary>
    /// Whether a word speaks of necessity, a verdict or a guideline ("Not medically necessary per above.", "See MTUS
    /// above."): such a text gives reasons, however short.
    /// </summary>
    private static bool SpeaksOfReasons(string text, int start, int length)
    {
        foreach (var stem in ReasonStems)
            if (length >= stem.Length && string.Compare(text, start, stem, 0, stem.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }

    internal static readonly string[] ReasonStems =
    {
        "necess", "medical", "recommend", "certif", "indicat", "support", "warrant", "appropriat", "approv", "deni", "establish", "justif",
        "reasonabl", "guideline", "mtus", "odg", "acoem", "criteria", "document", "improv", "function", "pain", "evidence",
    };

    /// <summary>Whether text[start, start + length) is one of the words (grouped by length, see <see cref="ByLength"/>), ignoring case.</summary>
    internal static bool IsWordOf(string[][] byLength, string text, int start, int length)
    {
        if (length >= byLength.Length) return false;
        foreach (var word in byLength[length])
            if (string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    /// <summary>Whether the word at <paramref name="start"/> is a placeholder word, ignoring case: compared in place.</summary>
    private static bool IsPlaceholderWord(string text, int start, int length) => IsWordOf(PlaceholderWordsByLength, text, start, length);

    internal static readonly string[] PlaceholderWords =
    {
        "see", "above", "below", "n", "a", "na", "tbd", "tba", "to", "be", "determined", "added", "follow", "follows", "none", "pending",
        "same", "as", "refer", "rationale", "item", "previous", "prior", "ditto", "insert", "here", "text", "xxx", "x", "the", "for",
        "decision", "placeholder", "lorem", "ipsum", "todo", "fill", "in", "later", "blank", "not", "applicable", "available",
        "completed", "complete", "please", "upheld", "overturned", "number", "no",
        // A drafting template's "[Rationale to be inserted by reviewer]".
        "inserted", "entered", "provided", "supplied", "written", "by", "reviewer", "expert", "awaiting",
        // "See attached report.", and the whole of a typesetter's filler ("Lorem ipsum dolor sit amet, consectetur ...").
        "attached", "attachment", "attachments", "enclosed", "report", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
        "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua",
    };

    /// <summary>The placeholder words by length, so a word is compared only with those as long as it is.</summary>
    // Plain loops: LINQ over int here was JIT-compiled at every start (ReadyToRun cannot precompile it).
    private static readonly string[][] PlaceholderWordsByLength = ByLength(PlaceholderWords);

    /// <summary>Words grouped by length, so a word is compared only with those as long as it is.</summary>
    internal static string[][] ByLength(string[] words)
    {
        var longest = 0;
        foreach (var word in words) longest = Math.Max(longest, word.Length);
        var byLength = new List<string>[longest + 1];
        for (var length = 0; length <= longest; length++) byLength[length] = new List<string>();
        foreach (var word in words) byLength[word.Length].Add(word);
        var result = new string[longest + 1][];
        for (var length = 0; length <= longest; length++) result[length] = byLength[length].ToArray();
        return result;
    }

    public static PredicateResult Matches(string? text, string pattern)
        => PredicateResult.Of(text is not null && Constraints.Matches(text, pattern));

    /// <summary>
    /// Fails when a cited page lies beyond the guideline's last page, or when the cited topic is known and no cited
    /// page overlaps any of its ranges. Values for the message: "where" (what the catalogue says), "cited-pages",
    /// "offset-hint", "expected-pages" and "guideline-title".
    /// </summary>
    public static PredicateResult PagesMatchTopic(ValidationContext context, string? guideline, string? topic, IReadOnlyList<PageRange>? pages)
    {
        if (pages is null || pages.Count == 0) return PredicateResult.True;
        var catalogue = context.Catalogues.Find(guideline);
        if (catalogue is null) return PredicateResult.True;

        // Loops rather than LINQ: this runs for every citation, and lists are made only for a finding.
        if (catalogue.PageCount is { } count && Beyond(pages, count) is { } beyond) return PagesBeyond(catalogue, count, beyond);

        if (string.IsNullOrWhiteSpace(topic)) return PredicateResult.True;
        var topics = catalogue.ResolveTopicsRemembered(topic!);
        List<PageRange>? outside = null;
        for (var i = 0; i < pages.Count; i++)
            if (!OverlapsAny(topics, pages[i])) (outside ??= new List<PageRange>()).Add(pages[i]);
        if (outside is null) return PredicateResult.True;
        var ranges = topics.SelectMany(t => t.Pages).ToList();
        if (ranges.Count == 0) return PredicateResult.True;
        return PagesOutsideTopic(catalogue, topic!, outside, ranges);
    }

    /// <summary>The finding for cited pages past the guideline's last page.</summary>
    internal static PredicateResult PagesBeyond(GuidelineCatalogue catalogue, int pageCount, IReadOnlyList<PageRange> beyond)
    {
        var count = pageCount.ToString(CultureInfo.InvariantCulture);
        return new PredicateResult(false, new Dictionary<string, string>
        {
            ["where"] = $"the {catalogue.Title} has {count} pages",
            ["expected-pages"] = $"pages 1-{count}",
            ["guideline-title"] = catalogue.Title,
            ["cited-pages"] = PageRange.Describe(beyond),
            ["offset-hint"] = string.Empty,
        });
    }

    /// <summary>The finding for cited pages outside every range of the topic, with a hint when one offset explains them.</summary>
    internal static PredicateResult PagesOutsideTopic(GuidelineCatalogue catalogue, string topic, IReadOnlyList<PageRange> outside, IReadOnlyList<PageRange> ranges)
    {
        var expected = PageRange.Describe(ranges);
        return new PredicateResult(false, new Dictionary<string, string>
        {
            ["where"] = $"'{topic}' is on {expected} of the {catalogue.Title}",
            ["expected-pages"] = expected,
            ["guideline-title"] = catalogue.Title,
            ["cited-pages"] = PageRange.Describe(outside),
            ["offset-hint"] = OffsetHint(outside, ranges) ?? string.Empty,
        });
    }

    /// <summary>The cited pages past the guideline's last page, or null when there are none.</summary>
    private static List<PageRange>? Beyond(IReadOnlyList<PageRange> pages, int pageCount)
    {
        List<PageRange>? beyond = null;
        for (var i = 0; i < pages.Count; i++)
            if (pages[i].To > pageCount) (beyond ??= new List<PageRange>()).Add(pages[i]);
        return beyond;
    }

    /// <summary>Whether a cited page range overlaps any range of the topics; false when the topics have no pages.</summary>
    private static bool OverlapsAny(IReadOnlyList<GuidelineTopic> topics, PageRange page)
    {
        // Indexed loops: a foreach over a read-only list allocates an enumerator.
        for (var t = 0; t < topics.Count; t++)
        {
            var ranges = topics[t].Pages;
            for (var r = 0; r < ranges.Count; r++)
                if (ranges[r].Overlaps(page)) return true;
        }
        return false;
    }

    /// <summary>
    /// Letters sometimes cite another document's pagination, about 33 pages on from the 2009 guideline's own (muscle
    /// relaxants at 97 for 64, NSAIDs at 102 for 67-73); say so when a shift near that one puts every cited page in the
    /// topic's ranges, giving the fitting shift nearest to it. Any shift at all can be made to fit a single page, so a
    /// hint for one far from that shift (a page just past the topic, a page in another chapter) would only mislead.
    /// </summary>
    internal static string? OffsetHint(IReadOnlyList<PageRange> outside, IReadOnlyList<PageRange> expected)
    {
        int? best = null;
        for (var offset = EditionShift - EditionShiftSlack; offset <= EditionShift + EditionShiftSlack; offset++)
            if ((best is null || Math.Abs(offset - EditionShift) < Math.Abs(best.Value - EditionShift)) && AllFit(outside, expected, offset)) best = offset;
        return best is { } shift
            ? $" (page numbers {shift.ToString(CultureInfo.InvariantCulture)} higher would fit, perhaps another edition's pagination)"
            : null;
    }

    /// <summary>The shift seen in real letters' page citations, and how far from it a shift still counts as that one.</summary>
    internal const int EditionShift = 33, EditionShiftSlack = 5;

    private static bool AllFit(IReadOnlyList<PageRange> outside, IReadOnlyList<PageRange> expected, int offset)
    {
        foreach (var page in outside)
        {
            var shifted = new PageRange(page.From - offset, page.To - offset);
            if (!expected.Any(r => r.Overlaps(shifted))) return false;
        }
        return true;
    }

    public static PredicateResult KnownTopic(ValidationContext context, string? guideline, string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic)) return PredicateResult.True;
        var catalogue = context.Catalogues.Find(guideline);
        if (catalogue is null) return PredicateResult.True;
        if (catalogue.ResolveTopicsRemembered(topic!).Count > 0) return PredicateResult.True;
        var hint = catalogue.ClosestTopicName(topic!);
        // The suggestion goes last in the message: inside it ("the ACOEM (did you mean 'Chapter 12'?) catalogue knows")
        // it split the sentence. It is the catalogue's name, not the letter's words, so it is quoted with the marks that
        // the own-line rule leaves alone (letters' values go in ' or " and are cut to what their line holds).
        return new PredicateResult(false, new Dictionary<string, string>
        {
            ["guideline-title"] = catalogue.Title,
            ["suggestion"] = hint is null ? string.Empty : $"; did you mean \u201C{hint}\u201D?",
        });
    }

    /// <summary>
    /// True unless the rationale's conclusion expresses another member of the outcome enum. Phrases of every
    /// member are sought in the closing sentences; the longest match wins, so "is not medically necessary"
    /// beats "medically necessary". No recognisable conclusion is not a contradiction. With the item's service (null when
    /// the rule leaves it out), a closing verdict on another treatment yields to an earlier one on the request.
    /// </summary>
    public static PredicateResult ConclusionAgrees(string? rationale, string? outcome, IReadOnlyList<OutcomePhrases> phrases, string? service)
    {
        if (string.IsNullOrWhiteSpace(rationale) || outcome is null) return PredicateResult.True;
        var conclusion = Conclusions.Find(rationale!, phrases, service);
        if (conclusion is null || conclusion.Member == outcome) return PredicateResult.True;
        var display = phrases.FirstOrDefault(p => p.Member == outcome)?.Display ?? outcome;
        return new PredicateResult(false, new Dictionary<string, string>
        {
            ["conclusion"] = conclusion.Sentence,
            ["outcome"] = display,
            ["concluded"] = conclusion.Display,
        });
    }

    /// <summary>
    /// True unless the conclusion names a dose or quantity the heading does not. The conclusion is the sentence
    /// <see cref="ConclusionAgrees"/> reads (found by the outcome enum's phrases), so a caveat after it ("Of note, #60
    /// was certified for weaning.") is not taken for it; a rationale with no recognisable conclusion is judged by its
    /// last sentence, unless it stops mid-sentence (IMR005's). The outcome itself does not matter here: the argument brings its enum's phrases. Values for the
    /// message: "named", what conflicts, and "conclusion", the sentence that names it.
    /// Given <paramref name="items"/>, an enum's names of items (a medicine's generic and brand names), the conclusion
    /// must not name with a dose only items the heading does not (<see cref="NamesAnotherItem"/>).
    /// </summary>
    public static PredicateResult ConclusionNamesItem(string? rationale, string? service, string? outcome, IReadOnlyList<OutcomePhrases> phrases, IReadOnlyList<OutcomePhrases>? items)
    {
        if (string.IsNullOrWhiteSpace(rationale) || string.IsNullOrWhiteSpace(service)) return PredicateResult.True;
        // The reader asked Conclusions about this same rationale, so the conclusion is remembered, not searched again.
        var conclusion = Conclusions.Find(rationale!, phrases, service);
        // A rationale cut mid-sentence with no conclusion is IMR005's: its last words are a fragment of the reasoning ("The
        // worker's first four sessions lowered the inventory from 31 to 19 and she"), no conclusion to compare.
        if (conclusion is null && !EndsWhole(rationale, outcome, phrases).Holds) return PredicateResult.True;
        var text = conclusion?.Sentence ?? rationale!;
        var start = conclusion is null ? Conclusions.LastSentenceStart(rationale!) : 0;
        // A dose, a quantity and a medicine named with its dose all open with a digit or '#': most conclusions have none of them.
        var hasDigitOrHash = HasDigitOrHash(text, start);
        // What the conclusion names is read in the verdict's own clause (VerdictClause), found only when something may be named.
        var own = ItemFacts.OfService(service!);
        VerdictClause? verdict = null;
        var (anotherItem, dosesAreAnothers) = items is null || !hasDigitOrHash ? (null, false) : NamesAnotherItem(service!, text, start, verdict ??= VerdictClause.Of(text, start), items);
        // Only a kind of fact the heading has can conflict, so the conclusion is searched for those kinds alone; and each
        // of them but a side, a region and visits or schedules in words starts with a digit or '#': a conclusion without one, that names
        // no side, region or visits the heading has a kind of, is answered without making its facts.
        var conflicts = !own.HasAny || !hasDigitOrHash && (!own.HasSide || BodySiteScan.NextSide(text, start) is null) && (!own.HasRegion || BodySiteScan.NextRegion(text, start) is null)
            && (own.Studies.Count == 0 || ImagingScan.NextStudy(text, start) is null)
            && (!own.HasVisits || QuantityScan.NextVisits(text, start) is null && ScheduleScan.Next(text, start) is null)
            ? null : own.Conflicts((verdict ??= VerdictClause.Of(text, start)) is var clause && ItemFacts.From(text, clause.Start, clause.End, own) is var named && dosesAreAnothers ? named.WithoutDosesAndQuantities() : named);
        if (anotherItem is not null) conflicts = conflicts is null ? anotherItem : anotherItem + " " + conflicts;
        if (conflicts is null) return PredicateResult.True;
        // The sentence is quoted so that the finding sits where the conflicting value is, not at the rationale's first line.
        var sentence = conclusion?.Sentence ?? rationale!.Substring(start).Trim();
        return new PredicateResult(false, new Dictionary<string, string> { ["named"] = conflicts, ["conclusion"] = sentence });
    }

    /// <summary>
    /// The items (<paramref name="items"/>' members) the text from <paramref name="start"/> names with a dose, as written,
    /// when the heading names items and the text mentions none of the heading's: "Percocet" where the heading is "Norco
    /// 10/325mg #120", whose hydrocodone Percocet lacks. A mention of the heading's own, with a dose or without
    /// ("hydrocodone 10mg" for Norco, a brand for its generic, "the request for Prilosec ... as the worker no longer takes
    /// Anaprox 550mg"), makes the text about this item, whatever else it names; so does a brand that holds all of the
    /// medicines a heading names by their generic names ("Norco" for "Hydrocodone"), not by a brand ("Norco" for
    /// "Tylenol" is another item). Null when nothing conflicts. Also whether the text's doses are another medicine's: it
    /// names the heading's own only without a dose and another with one ("Given constipation from Norco 10/325mg, the
    /// request for Colace is medically necessary." for "Colace 100mg #60"), so its doses and quantities are not compared.
    /// The verdict's own clause (<see cref="Conclusions.MainClause"/>) decides: a medicine named only in a clause of cause
    /// or an aside is the verdict's reason, read only when the verdict's clause names no medicine with a dose and not the
    /// heading's, and then it names no other item and its doses are not compared. Asked only of a text that holds a digit
    /// or '#', as a dose after a name does.
    /// </summary>
    private static (string? Another, bool DosesAreAnothers) NamesAnotherItem(string service, string text, int start, VerdictClause verdict, IReadOnlyList<OutcomePhrases> items)
    {
        var scan = ItemNameScan.For(items);
        var (own, ownGeneric) = (new HashSet<int>(), true);
        foreach (var mention in scan.Mentions(service, 0, service.Length))
        {
            own.UnionWith(mention.Members);
            ownGeneric = ownGeneric && mention.Generic;
        }
        if (own.Count == 0) return (null, false);
        // The verdict's own clause says what it is about; a clause of cause or an aside gives the reason ("As the worker
        // remains on naproxen 550mg, a proton pump inhibitor is medically necessary.", "Since Norco 10/325mg was stopped,
        // the request for Percocet 10/325mg ..."). Its mentions are read only when the verdict's clause names neither the
        // heading's medicine nor another with a dose.
        Mentioned verdicts = new(), reasons = new();
        foreach (var mention in scan.Mentions(text, start, text.Length))
        {
            var inVerdict = verdict.Holds(mention.Start, mention.End);
            var mentioned = inVerdict ? verdicts : reasons;
            if (own.IsSupersetOf(mention.Members) || ownGeneric && own.IsSubsetOf(mention.Members))
            {
                if (mention.WithDose) mentioned.OwnWithDose = true;
                else mentioned.OwnWithoutDose = true;
                continue;
            }
            if (!mention.WithDose) continue;
            var name = text.Substring(mention.Start, mention.End - mention.Start);
            // A few names say what is wrong; a run of a thousand says no more.
            if (!(mentioned.Others ??= new List<string>()).Contains(name) && mentioned.Others.Count < MostNamesQuoted) mentioned.Others.Add(name);
        }
        if (verdicts.OwnWithDose || verdicts.OwnWithoutDose)
            return (null, !verdicts.OwnWithDose && !reasons.OwnWithDose && (verdicts.Others ?? reasons.Others) is not null);
        if (verdicts.Others is not null) return (string.Join(" ", verdicts.Others), false);
        // The verdict's clause names no medicine with a dose, nor the heading's: another named in a reason is the reason,
        // not the item, and so are its doses.
        return (null, !reasons.OwnWithDose && reasons.Others is not null);
    }

    /// <summary>
    /// The part of a conclusion that says what it decides, as IMR004 reads it: the main clause
    /// (<see cref="Conclusions.MainClause"/>) without its aside, a clause of cause after ", as" and a subject ("..., as the
    /// worker already takes meloxicam 15mg daily"), or a phrase that sets the scene before the first comma ("With only
    /// cervical spine pain documented, ...", "To rule out thoracic outlet syndrome, ..."). A reason that names the request
    /// is the verdict's subject ("Since the request for Percocet 10/325mg #120 lacks ..., it is not medically necessary."),
    /// and stays in it.
    /// </summary>
    private readonly record struct VerdictClause(int Start, int End, int AsideStart, int AsideEnd)
    {
        public static VerdictClause Of(string text, int start)
        {
            var main = Conclusions.MainClause(text, start, text.Length);
            var (from, end) = (main.Start, main.End);
            if (from > start && Conclusions.NamesTheRequest(text, start, from)) from = start;
            if (CausalAsAt(text, from, end) is var causal and >= 0 && !Conclusions.NamesTheRequest(text, causal, end)) end = causal;
            // A phrase before the first comma that names no request sets the scene: when the request is named after it, or
            // when it opens as such a phrase does ("With a normal left knee examination, imaging of the symptomatic knee
            // ...", "Below the maximum of 3600 mg/day, continued gabapentin ..."). Not a phrase that names the topic ("With
            // regard to Percocet 10/325mg #120, ..."), nor one the verdict points back to ("..., this is not medically
            // necessary"): there the phrase is the verdict's subject.
            if (text.IndexOf(',', from, end - from) is var comma and >= 0 && !Conclusions.NamesTheRequest(text, from, comma)
                && (Conclusions.NamesTheRequest(text, comma, end) || TextScan.WholeWordAt(text, TextScan.SkipSpaces(text, from, comma), SceneOpenings) >= 0)
                && TextScan.WholeWordAt(text, TextScan.SkipSpaces(text, from, comma), TopicOpenings) < 0
                && TextScan.WholeWordAt(text, TextScan.SkipSpaces(text, comma + 1, end), PointingBack) < 0)
                from = comma + 1;
            return new VerdictClause(from, end, main.AsideStart, main.AsideEnd);
        }

        /// <summary>Whether text[start, end) lies in the verdict's clause and outside its aside.</summary>
        public bool Holds(int start, int end) => start >= Start && end <= End && (AsideStart < 0 || end <= AsideStart || start >= AsideEnd);

        /// <summary>
        /// Where ", as" opens a clause of cause in text[start, end), or -1. The search for the verdict leaves ", as" in the
        /// main clause, since ", as written," is an aside; a subject after it (<see cref="CausalAsSubjects"/>) makes it a reason.
        /// </summary>
        private static int CausalAsAt(string text, int start, int end)
        {
            for (var comma = text.IndexOf(", as ", start, end - start, StringComparison.OrdinalIgnoreCase); comma >= 0;
                 comma = comma + 5 < end ? text.IndexOf(", as ", comma + 5, end - comma - 5, StringComparison.OrdinalIgnoreCase) : -1)
                if (TextScan.WholeWordAt(text, comma + 5, CausalAsSubjects) >= 0) return comma;
            return -1;
        }

        /// <summary>Openings that name what the sentence is about: "With regard to X, this is not medically necessary."</summary>
        private static readonly string[] TopicOpenings =
            { "with regard to", "with respect to", "in regard to", "in regards to", "in reference to", "in terms of", "in the case of", "as for", "as to", "regarding", "concerning" };

        /// <summary>Subjects that point back at a phrase before them: "..., this is not medically necessary."</summary>
        private static readonly string[] PointingBack = { "this", "it", "that", "these", "they", "such", "same" };

        private static readonly string[] SceneOpenings = { "with", "without", "below", "above", "given", "after", "following", "despite", "per", "under", "to", "in", "considering", "even" };

        private static readonly string[] CausalAsSubjects = { "the", "he", "she", "they", "there", "it", "this", "his", "her", "no", "guidelines", "mtus" };
    }

    /// <summary>What one part of a conclusion (the verdict's clause, or its reasons) names of the item names.</summary>
    private sealed class Mentioned
    {
        public bool OwnWithDose, OwnWithoutDose;
        public List<string>? Others;
    }

    private const int MostNamesQuoted = 4;

    /// <summary>
    /// False for a rationale that stops mid-sentence without a conclusion: text lost where a letter was cut or a page
    /// dropped. A rationale that reaches a recognisable conclusion is whole even without its full stop; so is one that
    /// ends in a mark that closes a sentence, a bracket that closes an aside ("(ODG)") or a page reference ("See the
    /// guidelines, page 43"). A colon or a comma at the end is a cut, and so is any other number, a date or a level with no
    /// conclusion before it ("...pain from 7/10 to 4/10", "...dated 3/17/2015", "...at L5-S1"): a probe found such cuts
    /// unreported. Empty text and placeholders are IMR001's. Value for the message: "ending", the rationale's last words.
    /// </summary>
    public static PredicateResult EndsWhole(string? rationale, string? outcome, IReadOnlyList<OutcomePhrases> phrases)
    {
        if (!HasReasoning(rationale).Holds) return PredicateResult.True;
        var end = rationale!.Length;
        while (end > 0 && (char.IsWhiteSpace(rationale[end - 1]) || IsClosingMark(rationale[end - 1]))) end--;
        if (end == 0 || rationale[end - 1] is '.' && !Conclusions.AfterTitle(rationale, end - 1, asWritten: true) || rationale[end - 1] is '!' or '?' or ')' or ']' || EndsInPageReference(rationale, end))
            return PredicateResult.True;
        // A conclusion about the request ends the rationale, whatever is cut after it; a general verdict about a
        // treatment ("Opioids are not recommended for long-term use.") is reasoning, and what follows it was lost.
        if (Conclusions.Find(rationale, phrases) is { } found && ConcludesTheRequest(found)) return PredicateResult.True;
        return new PredicateResult(false, new Dictionary<string, string> { ["ending"] = LastWords(rationale, end, 4) });
    }

    /// <summary>The words that stand before a page reference's numbers ("page 43", "pp. 43-44", "Page(s): 76-80").</summary>
    private static readonly string[] PageWords = { "page", "pages", "page(s)", "p", "pp", "pg", "pgs" };

    /// <summary>Whether text[0, end) ends in page numbers after a page word: "page 43", "pp. 22, 67-68", "Page(s): 76-80".</summary>
    private static bool EndsInPageReference(string text, int end)
    {
        if (end == 0 || !char.IsDigit(text[end - 1])) return false;
        // Back over the numbers, their dashes and commas, to the word before them.
        var i = end;
        while (i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] is '-' or '\u2013' or ',' or ' ' or ':' or '.')) i--;
        var wordEnd = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '(' or ')')) i--;
        if (wordEnd == i) return false;
        var word = text.Substring(i, wordEnd - i).ToLowerInvariant();
        return Array.IndexOf(PageWords, word) >= 0;
    }

    /// <summary>A conclusion that speaks of necessity, certification or the decision, or names the request.</summary>
    private static bool ConcludesTheRequest(Conclusion found)
    {
        var sentence = Conclusions.Normalize(found.Sentence);
        return Conclusions.IsDecisive(sentence) || Conclusions.NamesTheRequest(sentence);
    }

    /// <summary>A quote or emphasis mark that may follow a sentence's full stop ('...necessary."', "...necessary.**").</summary>
    private static bool IsClosingMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '*' or '_';

    /// <summary>The last <paramref name="count"/> words of text[0, end), with single spaces between them.</summary>
    private static string LastWords(string text, int end, int count)
    {
        var start = end;
        for (var words = 0; words < count && start > 0;)
        {
            while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            words++;
        }
        return string.Join(" ", text.Substring(start, end - start).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool HasDigitOrHash(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
            if (text[i] is >= '0' and <= '9' or '#') return true;
        return false;
    }

    /// <summary>Whether an enum field holds the member; the phrase table comes with every enum argument and is unused here.</summary>
    public static PredicateResult Is(string? value, IReadOnlyList<OutcomePhrases> phrases, string member)
        => PredicateResult.Of(string.Equals(value, member, StringComparison.Ordinal));

    public static PredicateResult Any<T>(IReadOnlyList<T>? list, Func<T, string?> field, string member)
    {
        // An indexed loop: LINQ's Any cost every item a closure, a delegate and an enumerator.
        if (list is null) return PredicateResult.Of(false);
        for (var i = 0; i < list.Count; i++)
            if (string.Equals(field(list[i]), member, StringComparison.Ordinal)) return PredicateResult.True;
        return PredicateResult.Of(false);
    }

    public static PredicateResult Unique<T>(IReadOnlyList<T>? list, Func<T, string?> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list ?? Array.Empty<T>())
        {
            var k = key(item);
            if (k is null) continue;
            if (!seen.Add(ItemFacts.NormalizeKey(k))) return new PredicateResult(false, new Dictionary<string, string> { ["key"] = k });
        }
        return PredicateResult.True;
    }

    public static PredicateResult Consistent<T>(IReadOnlyList<T>? list, Func<T, string?> key, Func<T, string?> value)
    {
        // Nothing is decided twice in a list of fewer than two (most letters have one item): no table is made for it.
        if (list is null || list.Count < 2) return PredicateResult.True;
        var first = new Dictionary<string, (string Key, string Value)>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var k = key(item);
            var v = value(item);
            if (k is null || v is null) continue;
            var normalized = ItemFacts.NormalizeKey(k);
            if (!first.TryGetValue(normalized, out var previous)) first[normalized] = (k, v);
            else if (previous.Value != v)
                return new PredicateResult(false, new Dictionary<string, string> { ["key"] = previous.Key, ["first"] = previous.Value, ["second"] = v });
        }
        return PredicateResult.True;
    }

    public static PredicateResult DateOrder(DateTime? earlier, DateTime? later)
    {
        if (earlier is null || later is null || earlier <= later) return PredicateResult.True;
        return new PredicateResult(false, new Dictionary<string, string> { ["first"] = Iso(earlier.Value), ["second"] = Iso(later.Value) });
    }

    public static PredicateResult SameDate(DateTime? a, DateTime? b)
    {
        if (a is null || b is null || a.Value.Date == b.Value.Date) return PredicateResult.True;
        return new PredicateResult(false, new Dictionary<string, string> { ["first"] = Iso(a.Value), ["second"] = Iso(b.Value) });
    }

    /// <summary>
    /// One day, or a period when <paramref name="through"/> is given (a cumulative-trauma injury's first and last days):
    /// the date must fall on it. A period written backwards still spans the days between its two dates; that it runs
    /// backwards is date-order's to say, so the one mistake is not also reported as a disagreement.
    /// </summary>
    public static PredicateResult DateWithin(DateTime? date, DateTime? from, DateTime? through)
    {
        if (date is null || from is null) return PredicateResult.True;
        var other = through?.Date ?? from.Value.Date;
        var (first, last) = other < from.Value.Date ? (other, from.Value.Date) : (from.Value.Date, other);
        if (date.Value.Date >= first && date.Value.Date <= last) return PredicateResult.True;
        var period = through is null ? Iso(from.Value) : $"{Iso(from.Value)} to {Iso(through.Value)}";
        return new PredicateResult(false, new Dictionary<string, string> { ["period"] = period, ["date"] = Iso(date.Value) });
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An outcome member with its display text and the phrases that express it (from its `conclusions`).</summary>
public sealed class OutcomePhrases
{
    public OutcomePhrases(string member, string display, IReadOnlyList<string> phrases)
    {
        Member = member;
        Display = display;
        Phrases = phrases;
        // Plain loops into lists of classes: LINQ or lists over tuples would each be compiled at every start, since
        // ReadyToRun cannot precompile the framework's generic code for value types of this assembly.
        var plain = new List<string>(phrases.Count);
        var gapped = new List<GapPhrase>();
        var sentences = new List<string>();
        foreach (var phrase in phrases)
        {
            if (IsSentencePhrase(phrase)) sentences.Add(Conclusions.Normalize(phrase));
            else if (GapParts(phrase) is { } parts) gapped.Add(parts);
            else plain.Add(Conclusions.Normalize(phrase));
        }
        NormalizedPhrases = plain.ToArray();
        GapPhrases = gapped.ToArray();
        SentencePhrases = sentences.ToArray();
    }

    /// <summary>
    /// Whether a phrase ends with one full stop ("Medically necessary."): a verdict only as a sentence of its own, since
    /// its words inside a longer sentence ("only medically necessary care is covered") decide nothing.
    /// </summary>
    internal static bool IsSentencePhrase(string phrase)
    {
        var trimmed = phrase.TrimEnd();
        return trimmed.EndsWith(".", StringComparison.Ordinal) && !trimmed.EndsWith(Conclusions.Gap, StringComparison.Ordinal);
    }

    /// <summary>
    /// "do not find ... medically necessary": the words before the gap and after it, each normalized; null for a phrase
    /// without a gap, or without words on both sides of it (then "..." is only punctuation, as it always was).
    /// </summary>
    private static GapPhrase? GapParts(string phrase)
    {
        var gap = phrase.IndexOf(Conclusions.Gap, StringComparison.Ordinal);
        if (gap < 0) return null;
        var head = Conclusions.Normalize(phrase.Substring(0, gap));
        var tail = Conclusions.Normalize(phrase.Substring(gap + Conclusions.Gap.Length));
        return head.Trim().Length > 0 && tail.Trim().Length > 0 ? new GapPhrase(head, tail) : null;
    }

    public string Member { get; }
    public string Display { get; }
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The phrases without a gap as <see cref="Conclusions"/> compares them, computed once.</summary>
    internal string[] NormalizedPhrases { get; }

    /// <summary>The phrases with a gap ("find ... medically necessary"): the words before it and after it, normalized.</summary>
    internal GapPhrase[] GapPhrases { get; }

    /// <summary>The phrases that are a whole sentence (<see cref="IsSentencePhrase"/>), normalized.</summary>
    internal string[] SentencePhrases { get; }
}

/// <summary>A conclusion phrase with a gap: the normalized words before the gap and after it.</summary>
internal sealed class GapPhrase(string head, string tail)
{
    public string Head { get; } = head;
    public string Tail { get; } = tail;
}
