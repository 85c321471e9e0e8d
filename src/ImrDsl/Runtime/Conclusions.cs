using ImrDsl.Text;

namespace ImrDsl.Runtime;

/// <summary>What a rationale concludes: the member whose phrase appears in its closing sentences, and that sentence.</summary>
public sealed record Conclusion(string Member, string Display, string Sentence);

public static class Conclusions
{
    /// <summary>
    /// What stands in a phrase for the words a reviewer puts between a verb and its verdict: "do not find ... medically
    /// necessary" holds "I do not find the request for Norco #120 medically necessary".
    /// </summary>
    internal const string Gap = "...";

    /// <summary>At most this many words fill a gap: the object of a verdict, not a clause of its own.</summary>
    private const int GapWords = 20;

    /// <summary>
    /// Words that, inside a gap or in the three words before its phrase, make the verdict another one ("I find the
    /// request not medically necessary", "I am unable to find the request medically necessary").
    /// </summary>
    private static readonly string[] GapNegations = { " not ", " no ", " none ", " neither ", " nor ", " never ", " cannot ", " unable ", " fail ", " failed " };

    /// <summary>How many words before a phrase with a gap are read for a negation.</summary>
    private const int WordsBeforeHead = 3;

    /// <summary>
    /// Searches the last three sentences, latest first; within a sentence the longest phrase wins, so
    /// "is not medically necessary" beats "is medically necessary". A phrase that speaks of necessity or
    /// certification ("is not medically necessary") outranks one that does not ("is recommended"), and a sentence
    /// that qualifies ("However, ...", "If ...") counts only when no other does, so a caveat after the
    /// concluding sentence ("A weaning program is recommended.") does not decide it. Text in quotation
    /// marks is the guideline speaking, not the reviewer, and never counts. Runs per item of every letter, so it
    /// scans by hand rather than with regular expressions.
    /// </summary>
    /// <remarks>
    /// With the item's <paramref name="service"/>, a closing verdict on another treatment ("A home exercise program is
    /// medically necessary.") yields to an earlier one on the request (see <see cref="Search"/>).
    /// </remarks>
    public static Conclusion? Find(string rationale, IReadOnlyList<OutcomePhrases> members, string? service = null)
    {
        // The letter reader and the IMR003 rule ask about the same rationale (the same string) one item apart: the
        // rule's question is answered from the reader's. Per thread, so parallel checks share nothing.
        var recent = t_recent ??= new (string?, IReadOnlyList<OutcomePhrases>?, string?, Conclusion?)[RecentCount];
        foreach (var (text, phrases, item, found) in recent)
            if (ReferenceEquals(text, rationale) && ReferenceEquals(phrases, members) && string.Equals(item, service, StringComparison.Ordinal)) return found;
        var conclusion = Search(rationale, members, service);
        recent[t_next] = (rationale, members, service, conclusion);
        t_next = (t_next + 1) % RecentCount;
        return conclusion;
    }

    /// <summary>How many recent answers each thread keeps: more than the items of almost any letter.</summary>
    private const int RecentCount = 16;

    [ThreadStatic] private static (string? Rationale, IReadOnlyList<OutcomePhrases>? Members, string? Service, Conclusion? Found)[]? t_recent;
    [ThreadStatic] private static int t_next;

    /// <summary>How many closing sentences are read for any verdict.</summary>
    internal const int NearSentences = 3;

    /// <summary>
    /// How many are read when the last <see cref="NearSentences"/> hold no verdict that stands: notes after the verdict
    /// ("This decision was based on the records provided. Records reviewed: 12 pages. Reviewer: MD.") must not hide it,
    /// and a note that holds a verdict word must not replace it.
    /// </summary>
    internal const int FarSentences = 6;

    /// <summary>
    /// The verdict among the closing sentences, latest first:
    /// <list type="number">
    /// <item>The latest decisive sentence of the last three; if it is a note (<see cref="IsNote"/>), an earlier decisive
    /// sentence within six that is not a note and reads as a verdict (it names the request or opens "Therefore", "As
    /// such" ...) outranks it, and so does the one just before a note on tapering.</item>
    /// <item>Without a decisive sentence among the last three, and without a general one that reads as a verdict, a
    /// decisive one further back that reads as a verdict.</item>
    /// <item>A general sentence of the last three, one that is not a note first; one that a sentence of facts follows
    /// (neither a note nor a verdict) only if it reads as a verdict.</item>
    /// <item>Any decisive sentence further back that is not a note.</item>
    /// </list>
    /// A sentence that says what would be under a condition (<see cref="IsConditional"/>) is put aside as a note is, but
    /// never decides: it yields to a verdict naming the item just before it, and with none the rationale concludes nothing.
    /// Given the item's service, advice on another treatment (<see cref="IsAdvice"/>, <see cref="SpeaksOfAnother"/>) is put
    /// aside as a note is: it yields to a decisive verdict, or a general one near the end, that is plainly on the request
    /// (<see cref="PlainlyOnTheRequest"/>) and either stands just before it or opens as a conclusion; otherwise it
    /// decides.
    /// </summary>
    private static Conclusion? Search(string rationale, IReadOnlyList<OutcomePhrases> members, string? service)
    {
        // Each closing sentence is searched once for its longest decisive and its longest general phrase.
        // An array of classes, not a list of tuples: the framework's code for lists of structs is compiled at every start.
        var table = Tables.GetValue(members, PhraseTable.Of);
        Sentence[]? sentences = null;
        Sentence? latest = null, lastResort = null;
        var latestAt = -1;
        // The item's words, made only when a verdict that does not read as the request's needs them.
        var item = new ItemNames(service);
        var verdictLike = false;
        // The latest general verdict near the end that names the request and is no note, no advice on another treatment
        // and no word on weaning or tapering: a decisive sentence before it that reads as no verdict is what a guideline says of the
        // drug ("Zolpidem is approved for the short-term treatment of insomnia."), not the verdict; one that reads as the
        // same verdict is said again in it, the item's last word (see FinalWordOnTheItem).
        Sentence? generalOnRequest = null;
        var count = 0;
        var end = rationale.Length;
        for (; count < FarSentences && end > 0; count++)
        {
            var start = SentenceOrClauseStart(table, rationale, end);
            var sentence = Read(table, rationale, start, end, ref item);
            // Most rationales end with their verdict, which is not a note: then nothing before it is read. A verdict on another
            // treatment, or on more than was asked ("Any increase in the strength of the patch would not be ..."), is put
            // aside as a note is.
            var aside = sentence.Note || sentence.OnAnother || sentence.Conditional || sentence.BeyondTheRequest;
            if (sentence.Decisive is { } decisive)
            {
                if (latest is not null)
                {
                    // The sentence just before a note on tapering is the verdict it follows ("Norco is not medically
                    // necessary. Note: a 30-day weaning supply is medically necessary."), and so is one naming the item just
                    // before a condition for the future ("The cervical epidural steroid injection is not medically necessary.
                    // If radiculopathy is later documented, an injection would be medically necessary."), or before a word on
                    // more than was asked ("Norco 10/325mg #120 is medically necessary. Any further escalation of the dose
                    // would not be medically necessary."), or before a note that does not open as a caveat ("The H-wave trial
                    // is medically necessary. The utilization reviewer concluded that it was not medically necessary because
                    // ..."; but "Further sessions ..." may be the verdict on "Additional ..."). Advice on another
                    // treatment yields to the verdict plainly on the request that it follows, or to one that opens as a conclusion.
                    if (!aside && (latest is { OnAnother: true, Note: false }
                            ? PlainlyOnTheRequest(sentence, ref item, beside: count == latestAt + 1)
                              // Advice that is also a condition for the future ("..., which would be medically necessary if
                              // documented.") yields to the verdict just before it that reads as one or names the item.
                              || latest.Conditional && count == latestAt + 1 && (sentence.ReadsAsVerdict || NamesTheItem(sentence.Whole, item.Words))
                            : sentence.ReadsAsVerdict || (latest.Tapers || (latest.Conditional || latest.BeyondTheRequest || latest.Note && !OpensAsCaveat(latest.Whole)) && NamesTheItem(sentence.Whole, item.Words)) && count == latestAt + 1))
                        return Conclude(rationale, sentence, decisive);
                    // Kept in case the latest is a condition for the future, which decides nothing.
                    if (!aside && count >= NearSentences) lastResort ??= sentence;
                }
                else if (count < NearSentences)
                {
                    if (!aside && generalOnRequest is not null && (!sentence.ReadsAsVerdict || FinalWordOnTheItem(generalOnRequest, decisive, ref item)))
                        return Conclude(rationale, generalOnRequest, generalOnRequest.General!);
                    if (!aside) return Conclude(rationale, sentence, decisive);
                    (latest, latestAt) = (sentence, count);
                }
                else if (!aside)
                {
                    if (sentence.ReadsAsVerdict && !verdictLike) return Conclude(rationale, sentence, decisive);
                    lastResort ??= sentence;
                }
            }
            else if (count < NearSentences && sentence.General is not null && !aside && (sentence.ReadsAsVerdict || NamesDose(sentence.Whole, item.Doses)))
            {
                verdictLike = verdictLike || sentence.ReadsAsVerdict;
                // A word on tapering is a note however it names the request ("The request for a weaning supply is recommended.").
                // The request may be named by the item's dose words as well: "Tizanidine 4mg #90 is not recommended."
                if (generalOnRequest is null && (NamesTheRequest(sentence.Whole) || NamesDose(sentence.Whole, item.Doses)) && !SpeaksOfTapering(sentence.Whole, namesRequest: false))
                    generalOnRequest = sentence;
            }
            (sentences ??= new Sentence[FarSentences])[count] = sentence;
            end = start;
        }
        if (latest is not null)
        {
            // A note (the request's history, another party's decision, a guideline's rule) yields to a plain general verdict
            // on the item after it, the reviewer's own: "The request was non-certified by utilization review. ... Continued
            // use of Lidoderm 5% patch #30 is appropriate."
            if (latest is { Note: true, Tapers: false })
                for (var n = 0; n < latestAt; n++)
                    if (sentences![n] is { General: { } general, OnAnother: false } verdict && (!verdict.Note || AsksForMoreOfTheItem(verdict.Whole, item.Words)) && !IsHedged(verdict.Whole)
                        && (verdict.ReadsAsVerdict || !SpeaksOfAnother(verdict.Whole, item.Words))) return Conclude(rationale, verdict, general);
            // A verdict on another treatment also yields to a general one near the end that reads as the verdict or names the
            // item's dose: "Continued use of Naproxen 550mg #60 is warranted. A home exercise program is medically necessary."
            if (latest.OnAnother && !latest.Note)
                for (var n = 0; n < Math.Min(count, NearSentences); n++)
                    if (n != latestAt && sentences![n] is { General: { } general, Note: false } verdict
                        && PlainlyOnTheRequest(verdict, ref item, beside: n < latestAt || n == latestAt + 1)) return Conclude(rationale, verdict, general);
            // A condition for the future that no verdict on the item stands before ("If radiculopathy is documented, an
            // injection would be medically necessary.") says what would be, not what is decided: it concludes nothing.
            if (!latest.Conditional) return Conclude(rationale, latest, latest.Decisive!);
        }
        for (var pass = 0; pass < 2; pass++)
        {
            var skipNotes = pass == 0;
            var factAfter = false;
            for (var n = 0; n < Math.Min(count, NearSentences); n++)
            {
                var sentence = sentences![n];
                if (sentence.Conditional) continue;
                // A general verdict that reads as advice is not put aside: what it yields to would be a general verdict too.
                // But one on another treatment is, at first, as a note is, where a verdict on the request stands before it:
                // "The request for the H-wave unit is not medically reasonable. The worker may continue the home exercise
                // program, which is recommended."
                // A word beyond the request ("Continued use beyond this supply is not recommended ...") is put aside so too.
                if (sentence.General is { } general && !(skipNotes && (sentence.Note || sentence.BeyondTheRequest || AdviceAfterTheVerdict(sentences, n, count)))
                    && (sentence.ReadsAsVerdict || !factAfter))
                {
                    // A note, read only once nothing else is left, yields to a plain verdict on the item further back
                    // ("Trazodone 50mg #30 is medically necessary. ... The guideline adds that the drug is not recommended ...").
                    if (!skipNotes && sentence.Note && item.Service is not null && lastResort is not null && PlainlyOnTheRequest(lastResort, ref item, beside: true))
                        return Conclude(rationale, lastResort, lastResort.Decisive!);
                    return Conclude(rationale, sentence, general);
                }
                // What the guideline says, followed by the case's facts and no verdict ("Cyclobenzaprine is recommended as
                // an option for a short course. The worker has used it since 2013."), is the reasoning, not its end.
                factAfter = factAfter || IsFact(sentence);
            }
        }
        return lastResort is null ? null : Conclude(rationale, lastResort, lastResort.Decisive!);
    }

    /// <summary>
    /// Whether a normalized sentence is a caveat only by its opening word, which asks for more of the item ("Further
    /// physical therapy, 12 sessions, is not supported."): it names the item, and without that word it is no note.
    /// Given no item's words, none is.
    /// </summary>
    internal static bool AsksForMoreOfTheItem(string normalizedSentence, string[] itemWords)
    {
        if (!NamesTheItem(normalizedSentence, itemWords)) return false;
        foreach (var opening in MoreOpenings)
        {
            if (!normalizedSentence.StartsWith(opening, StringComparison.Ordinal)) continue;
            var rest = normalizedSentence.Substring(opening.Length - 1);
            return !IsNoteWhateverItOpens(rest, rest, NamesTheRequest(rest));
        }
        return false;
    }

    private static readonly string[] MoreOpenings = { " further ", " additional " };

    /// <summary>
    /// Whether a normalized sentence speaks of more than was asked, and not of the item by name: it opens with what would
    /// come after the request ("Any further escalation of the dose ...", "Further refills ...", "Future requests ...") or
    /// speaks of what lies beyond it ("Continued use beyond this supply ...").
    /// Such a word after a verdict that names the item ("Norco 10/325mg #120 is medically necessary.") limits that verdict;
    /// it does not reverse it (a probe's letters). One that names the item ("Further physical therapy is not supported.")
    /// may be the verdict itself; one that opens with a change to it ("Any increase in the strength of the patch ...",
    /// "Dose escalation of Norco ...") speaks beyond it whatever it names. Given no item's words, none does.
    /// </summary>
    internal static bool SpeaksBeyondTheRequest(string normalizedSentence, string[] itemWords)
        => itemWords.Length > 0 && HasWordsBeyond(normalizedSentence) && (StartsWithAny(normalizedSentence, ChangeOpenings) || !NamesTheItem(normalizedSentence, itemWords));

    /// <summary>The <see cref="BeyondOpenings"/> that change what was asked rather than add to it.</summary>
    private static readonly string[] ChangeOpenings = { " escalation ", " any escalation ", " dose escalation ", " any dose escalation ", " any increase ", " increasing " };

    /// <summary>Whether a normalized sentence opens with words past what was asked (<see cref="BeyondOpenings"/>) or holds them (<see cref="BeyondWords"/>).</summary>
    private static bool HasWordsBeyond(string normalizedSentence) => StartsWithAny(normalizedSentence, BeyondOpenings) || ContainsAny(normalizedSentence, BeyondWords);

    /// <summary>Words past what was asked, anywhere in the sentence: "Continued use beyond this supply is not recommended."</summary>
    private static readonly string[] BeyondWords = { " beyond this ", " beyond the ", " beyond that ", " beyond these " };

    /// <summary>
    /// Whether a service asks for more of what was had ("Additional physical therapy 6 sessions", "Continued Norco"): then
    /// "Further sessions are not medically necessary." is its verdict, not a word beyond it (a review's letter).
    /// </summary>
    internal static bool AsksForMore(string service) => ContainsAny(Normalize(service), MoreOfWhatWasHad);

    private static readonly string[] MoreOfWhatWasHad =
        { " additional ", " further ", " continued ", " continuing ", " more ", " extra ", " ongoing ", " repeat ", " refill ", " refills " };

    private static readonly string[] BeyondOpenings =
    {
        " further ", " any further ", " additional ", " any additional ", " future ", " any future ", " subsequent ", " any subsequent ",
        " escalation ", " any escalation ", " dose escalation ", " any dose escalation ", " any increase ", " increasing ", " any more ",
    };

    /// <summary>Whether a normalized sentence speaks of a possibility rather than the verdict: "... may be appropriate if ...".</summary>
    internal static bool IsHedged(string normalizedSentence) => ContainsAny(normalizedSentence, Hedges);

    private static readonly string[] Hedges = { " could ", " may ", " might ", " should ", " if " };

    /// <summary>
    /// Whether a general verdict on the request after a decisive one that agrees with it is the item's last word ("Therefore
    /// the request is not certified. ... The request for Omeprazole 40mg #60 is not supported."): it is, unless it names
    /// none of the item's words (given the item). Which of the two is the conclusion decides nothing about the outcome; it
    /// decides what IMR004 compares with the heading, and a probe found a wrong dose in the last one unreported.
    /// </summary>
    private static bool FinalWordOnTheItem(Sentence general, OutcomePhrases decisive, ref ItemNames item)
        => ReferenceEquals(general.General, decisive) && (item.Service is null || !SpeaksOfAnother(general.Whole, item.Words));

    /// <summary>
    /// Whether the near sentence <paramref name="n"/> (counted back from the end) is advice on another treatment that
    /// follows a general verdict on the request, the sentence just before it: the verdict it follows decides, as a note's does.
    /// </summary>
    private static bool AdviceAfterTheVerdict(Sentence[] sentences, int n, int count)
        => sentences[n].OnAnother && n + 1 < Math.Min(count, NearSentences) && sentences[n + 1] is { General: not null, ReadsAsVerdict: true, Note: false };

    /// <summary>A sentence of the case's facts: it holds no verdict of either kind and is no note.</summary>
    private static bool IsFact(Sentence sentence)
        => sentence.Decisive is null && sentence.General is null && !IsNote(sentence.Whole, sentence.Whole, NamesTheRequest(sentence.Whole));

    /// <summary>
    /// The sentence text[start, end) read for its verdict. A claim the reviewer denies ("It has not been demonstrated that
    /// the request is medically necessary.") concludes the other outcome. Otherwise the main clause speaks first (a
    /// concessive clause and an aside between commas left out), the whole sentence when the main clause names no
    /// outcome; a decisive verdict inside the aside ("A taper is recommended for Norco, which is not medically
    /// necessary, ...") still counts when the main clause holds only a general one.
    /// </summary>
    private static Sentence Read(PhraseTable table, string text, int start, int end, ref ItemNames item)
    {
        var whole = Normalize(text, start, end);
        var main = MainClause(text, start, end);
        var (read, kindRead, decisive, general) = ReadMain(table, text, start, end, whole, main);
        // A reason left out may hold the verdict when what is left holds none that decides ("Since the request is not
        // medically necessary, weaning is recommended."): then the sentence is read with its reasons, as a clause of
        // cause is not a concession.
        // Only a sentence the main clause was cut from can have had a reason left out.
        if (decisive is null && (main.Start != start || main.End != end) && MainClause(text, start, end, leaveOutReasons: false) is var withReasons && withReasons != main)
            (read, kindRead, decisive, general) = ReadMain(table, text, start, end, whole, withReasons);
        // What kind of sentence it is matters for one with a verdict, which is what the search looks at; whether one
        // without is a note is asked only when a general verdict stands before it (IsFact).
        if (decisive is null && general is null) return new Sentence(start, end, whole, false, false, false, null, null);
        var namesRequest = NamesTheRequest(whole);
        var readsAsVerdict = ReadsAsVerdict(whole, namesRequest);
        kindRead ??= read;
        // Given the item, a verdict may be advice on another treatment; one that reads as the verdict (it names the request or
        // opens "Therefore") is the item's, whatever it names.
        return new Sentence(start, end, whole, IsNote(whole, kindRead, namesRequest), readsAsVerdict, SpeaksOfTapering(kindRead, namesRequest), decisive, general)
        {
            Conditional = IsConditional(whole),
            // The opening first: the item's words are made only for a sentence that may need them.
            BeyondTheRequest = item.Service is not null && HasWordsBeyond(whole) && SpeaksBeyondTheRequest(whole, item.Words) && !AsksForMore(item.Service),
            // Cheapest question first: most verdicts read as one, and most others do not read as advice.
            OnAnother = !readsAsVerdict && item.Service is not null && IsAdvice(whole) && SpeaksOfAnother(whole, item.Words) && !NamesDose(whole, item.Doses),
        };
    }

    /// <summary>
    /// Whether an earlier sentence with a verdict is plainly the verdict on the request, which advice on another treatment
    /// yields to: it names the request, or every dose word of the item (<see cref="DoseWords"/>: "Lioresal (Baclofen) 10 mg
    /// #60 ... is not medically necessary"), and is no note even if it opens as a conclusion (a guideline's condition or
    /// the request's history so opened is still one); unless it stands <paramref name="beside"/> the advice (just before
    /// it, or after it), it must open as a conclusion ("Therefore, ...").
    /// </summary>
    private static bool PlainlyOnTheRequest(Sentence sentence, ref ItemNames item, bool beside)
    {
        var whole = sentence.Whole;
        if (!beside && !OpensAsConclusion(whole)) return false;
        var namesRequest = NamesTheRequest(whole);
        return (namesRequest || NamesDose(whole, item.Doses)) && !IsNoteWhateverItOpens(whole, whole, namesRequest);
    }

    /// <summary>Whether a normalized sentence names every dose word of the item; none does when it has none.</summary>
    internal static bool NamesDose(string normalizedSentence, string[] doseWords) => doseWords.Length > 0 && ContainsAll(normalizedSentence, doseWords);

    /// <summary>The service of the item a rationale decides, and its words (<see cref="ItemWords"/>), made when first asked.</summary>
    private struct ItemNames(string? service)
    {
        private string[]? _words, _doses;

        public string? Service { get; } = service;

        public string[] Words => _words ??= Service is null ? Array.Empty<string>() : ItemWords(Service);

        public string[] Doses => _doses ??= Service is null ? Array.Empty<string>() : DoseWords(Service);
    }

    /// <summary>
    /// The sentence text[start, end) read with <paramref name="main"/> as its main clause: what was read for the verdict,
    /// what the note and tapering questions read (null: the same), and the members of its decisive and general phrases.
    /// </summary>
    private static (string Read, string? KindRead, OutcomePhrases? Decisive, OutcomePhrases? General) ReadMain(
        PhraseTable table, string text, int start, int end, string whole, (int Start, int End, int AsideStart, int AsideEnd, bool Interjection) main)
    {
        OutcomePhrases? decisive = null, general = null;
        var read = whole;
        // What the note and tapering questions read: an interjection left out for the verdict's words may say what the
        // sentence is about ("A 30-day supply, for weaning purposes, is medically necessary.").
        string? kindRead = null;
        // "The UR denial of Norco as not medically necessary is overturned.": a verdict on the decision that ends the main
        // clause is the sentence's, whatever longer phrase names the decision it is on.
        if (DecisionVerbEnding(text, main.Start, main.End) is { } onDecision && Longest(table, onDecision).Decisive is { } ruled)
            decisive = ruled;
        // A decision judged as a whole concludes what it claimed when found sound, the other member when found wanting; one
        // of the utilization review that claims nothing the phrases know was a denial ("The UR decision to non-certify
        // Norco is not supported.").
        else if (table.CanDeny && MayJudgeADecision(whole) && JudgedDecision(text, main.Start, main.End) is { } judged && VerdictOnJudged(table, judged) is { } verdict)
            decisive = verdict;
        else if (table.CanDeny && NegatedClaimStart(text, main.Start, main.End) is var claim and >= 0)
        {
            // The words before "that" may say the same in their own phrase ("has not been established that ... is
            // medically necessary"); a verdict of their own that differs ("is not medically necessary given that ...")
            // is theirs to give, unless they deny another's decision ("do not support the UR conclusion that ...").
            var ownRead = Normalize(text, main.Start, claim);
            var (ownDecisive, ownGeneral) = DeniesADecision(ownRead) ? (null, null) : Longest(table, ownRead);
            var claimRead = Normalize(text, claim, main.End);
            var (claimDecisive, claimGeneral) = Longest(table, claimRead);
            var (denied, deniedGeneral) = (table.Opposite(claimDecisive), table.Opposite(claimGeneral));
            if ((ownDecisive ?? ownGeneral) is not { } own || ReferenceEquals(own, denied ?? deniedGeneral))
                (read, decisive, general) = (claimRead, denied, deniedGeneral);
        }
        if (decisive is null && general is null && (main.Start != start || main.End != end || main.AsideStart >= 0))
        {
            read = Normalize(text, main.Start, main.End, main.AsideStart, main.AsideEnd);
            (decisive, general) = Longest(table, read);
            // The main clause with its aside, normalized once: a decisive verdict in the aside counts when the rest holds
            // none, and an interjection is read for what kind of sentence it is.
            if (main.AsideStart >= 0 && (decisive is null || main.Interjection))
            {
                var withAside = Normalize(text, main.Start, main.End);
                decisive ??= Longest(table, withAside).Decisive;
                if (main.Interjection) kindRead = withAside;
            }
        }
        if (decisive is null && general is null)
        {
            (read, kindRead) = (whole, null);
            (decisive, general) = Longest(table, whole);
        }
        return (read, kindRead, decisive, general);
    }

    /// <summary>
    /// The phrase the main clause text[start, end) ends with when its verb rules on the decision ("... is overturned"), or
    /// null. Only a clause whose last word is "upheld" or "overturned" is normalized to be asked.
    /// </summary>
    internal static string? DecisionVerbEnding(string text, int start, int end)
    {
        var last = end;
        while (last > start && !char.IsLetter(text[last - 1])) last--;
        if (!TextScan.EndsWithWord(text, start, last, "upheld") && !TextScan.EndsWithWord(text, start, last, "overturned")) return null;
        var normalized = Normalize(text, start, end);
        foreach (var (ending, phrase) in DecisionVerbEndings)
            if (normalized.EndsWith(ending, StringComparison.Ordinal)) return phrase;
        return null;
    }

    /// <summary>
    /// A main clause text[start, end) that judges a decision as a whole ("The UR determination that Norco is not medically
    /// necessary is not supported by the records.", "The treating physician's opinion that ... is not supported."): whether
    /// it finds the decision sound, the decision as the subject states it (normalized), and whether the subject says it
    /// was the utilization review's or an earlier reviewer's, which denied the request. What the decision claimed is
    /// what is judged, not the reviewer's verdict. The subject must name a decision; after the clause's last judgement only
    /// "by ..." may follow. The search asks only when <see cref="MayJudgeADecision"/> says the sentence may hold one.
    /// </summary>
    internal static (bool Sound, string Decision, bool ByReview)? JudgedDecision(string text, int start, int end)
    {
        var normalized = Normalize(text, start, end);
        // The clause's last judgement is its verb: "The UR decision that Norco is not supported by guidelines is correct."
        var at = -1;
        var (verb, sound) = (string.Empty, false);
        foreach (var judgement in Judgements)
            if (normalized.LastIndexOf(judgement.Verb, StringComparison.Ordinal) is var found && found > at) (at, verb, sound) = (found, judgement.Verb, judgement.Sound);
        if (at < 0) return null;
        var after = normalized.Substring(at + verb.Length - 1);
        if (after != " " && !(after.StartsWith(" by ", StringComparison.Ordinal) && Words(after, 0, after.Length) <= 6)) return null;
        var subject = normalized.Substring(0, at + 1);
        // The reviewer's own decision ("This reviewer's decision is supported by the MTUS.") is no other's; a denial is one.
        if (!OpensWithDecision(subject) || StartsWithAny(subject, OwnDecisions)) return null;
        return (sound, subject, ContainsAny(subject, DecisionOwners) || ContainsAny(subject, Denials));
    }

    /// <summary>
    /// Whether a normalized subject opens with a decision's name, within its first <see cref="DecisionNameWords"/> words
    /// and before any verb ("The UR reviewer's rationale for ..."): "The request is certified, as the prior denial ..." is
    /// no subject that names a decision.
    /// </summary>
    private static bool OpensWithDecision(string subject)
    {
        var start = 1;
        for (var word = 0; word < DecisionNameWords && start < subject.Length; word++)
        {
            var end = subject.IndexOf(' ', start);
            if (end < 0) return false;
            var padded = subject.Substring(start - 1, end - start + 2);
            if (Array.IndexOf(DecisionNouns, padded) >= 0) return true;
            // Only the decision's owner may stand before it: "The request for a second opinion" names a request.
            if (Array.IndexOf(DecisionOwnerWords, subject.Substring(start, end - start)) < 0 && Array.IndexOf(DecisionNamers, padded) < 0) return false;
            start = end + 1;
        }
        return false;
    }

    /// <summary>Words of a decision's name besides its owner's: "The treating physician's opinion", "The original UR denial".</summary>
    private static readonly string[] DecisionNamers = { " this ", " that ", " treating ", " provider ", " providers ", " original ", " earlier ", " his ", " her ", " their " };

    /// <summary>Subjects that name the reviewer's own decision.</summary>
    private static readonly string[] OwnDecisions = { " this reviewer ", " my ", " the undersigned ", " this decision ", " this determination ", " the present ", " the current " };

    /// <summary>Decisions that deny: found sound, the request is upheld.</summary>
    private static readonly string[] Denials = { " denial ", " denials ", " non-certification ", " noncertification " };

    /// <summary>How many words a decision's name may take before its noun: "the prior utilization review reviewer's determination".</summary>
    private const int DecisionNameWords = 7;

    /// <summary>
    /// Whether a normalized sentence holds a word that judges a decision (see <see cref="Judgements"/>); the main clause is
    /// a part of it, so one without needs no <see cref="JudgedDecision"/>.
    /// </summary>
    private static bool MayJudgeADecision(string normalizedSentence)
        => normalizedSentence.IndexOf("support", StringComparison.Ordinal) >= 0 || normalizedSentence.IndexOf("correct", StringComparison.Ordinal) >= 0
           || normalizedSentence.IndexOf(" be upheld ", StringComparison.Ordinal) >= 0;

    /// <summary>The member a judged decision concludes (see <see cref="JudgedDecision"/>), or null when it cannot be told.</summary>
    private static OutcomePhrases? VerdictOnJudged(PhraseTable table, (bool Sound, string Decision, bool ByReview) judged)
    {
        var (decisive, general) = Longest(table, judged.Decision);
        if ((decisive ?? general) is { } claimed) return judged.Sound ? claimed : table.Opposite(claimed);
        return judged.ByReview ? Longest(table, judged.Sound ? " is upheld " : " is overturned ").Decisive : null;
    }

    /// <summary>
    /// Verbs that judge a decision, and whether they find it sound. Each holds "support", "correct" or " be upheld ", the
    /// words <see cref="MayJudgeADecision"/> looks for.
    /// </summary>
    private static readonly (string Verb, bool Sound)[] Judgements =
    {
        (" is not supported ", false), (" was not supported ", false), (" are not supported ", false), (" were not supported ", false),
        (" cannot be supported ", false), (" is unsupported ", false), (" cannot be upheld ", false),
        (" is incorrect ", false), (" was incorrect ", false), (" are incorrect ", false), (" is not correct ", false),
        (" is supported ", true), (" was supported ", true), (" are supported ", true), (" were supported ", true), (" is correct ", true),
        (" was correct ", true), (" are correct ", true), (" should be upheld ", true), (" must be upheld ", true),
    };

    /// <summary>Words for a decision or opinion another party gave.</summary>
    private static readonly string[] DecisionNouns =
    {
        " determination ", " determinations ", " decision ", " decisions ", " denial ", " denials ", " non-certification ", " noncertification ",
        " conclusion ", " conclusions ", " finding ", " findings ", " rationale ", " opinion ", " opinions ", " contention ", " assertion ",
    };

    private static readonly (string Ending, string Phrase)[] DecisionVerbEndings =
    {
        (" is upheld ", " is upheld "), (" is overturned ", " is overturned "), (" is hereby upheld ", " is upheld "),
        (" is hereby overturned ", " is overturned "), (" are upheld ", " is upheld "), (" are overturned ", " is overturned "),
    };

    /// <summary>The members of the longest decisive and the longest general phrase in a normalized sentence.</summary>
    private static (OutcomePhrases? Decisive, OutcomePhrases? General) Longest(PhraseTable table, string normalized)
    {
        var hits = table.FindLastWords(normalized);
        OutcomePhrases? decisive = null, general = null;
        int decisiveLength = 0, generalLength = 0;
        for (var g = 0; g < table.Groups.Length; g++)
        {
            // Phrases are grouped by their last word: a sentence without it holds none of them.
            var group = table.Groups[g];
            if (group.Word.Length > 0 ? !hits.Has(g) : normalized.IndexOf(group.LastWord, StringComparison.Ordinal) < 0) continue;
            foreach (var phrase in group.Phrases)
            {
                if (phrase.Length <= (phrase.Strong ? decisiveLength : generalLength)) continue;
                if (phrase.Head is { } head ? !hits.EndsAfterHead(g, normalized, head, phrase.Text)
                    : !(phrase.EndsWithWord ? hits.Ends(g, normalized, phrase.Text) : normalized.IndexOf(phrase.Text, StringComparison.Ordinal) >= 0)) continue;
                if (phrase.Strong) (decisive, decisiveLength) = (phrase.Member, phrase.Length);
                else (general, generalLength) = (phrase.Member, phrase.Length);
            }
        }
        if (decisive is null && general is null && WholeSentencePhrase(table, normalized) is { } alone)
            return alone.Strong ? (alone.Member, null) : (null, alone.Member);
        return (decisive, general);
    }

    /// <summary>
    /// The phrase that a normalized sentence or clause is as a whole ("Medically necessary.", "Therefore, recommended."),
    /// after at most one word that draws the conclusion; null if it is none. Most sentences are refused by their length.
    /// </summary>
    private static Phrase? WholeSentencePhrase(PhraseTable table, string normalized)
    {
        if (table.Sentences.Length == 0 || normalized.Length > table.LongestSentence + LongestConcludingWord + 1) return null;
        // Where the rest starts: the space before its first word.
        var from = 0;
        foreach (var opening in ConcludingWords)
            if (normalized.Length > opening.Length + 2 && normalized[opening.Length + 1] == ' ' && string.CompareOrdinal(normalized, 1, opening, 0, opening.Length) == 0)
            {
                from = opening.Length + 1;
                break;
            }
        foreach (var phrase in table.Sentences)
            if (normalized.Length - from == phrase.Text.Length && string.CompareOrdinal(normalized, from, phrase.Text, 0, phrase.Text.Length) == 0) return phrase;
        return null;
    }

    /// <summary>
    /// The main clause of the sentence text[start, end). One that opens with a concessive clause ("Although the earlier
    /// request was not medically necessary, the current request is medically necessary.") concludes after that clause's
    /// comma; one that goes on into a concessive clause ("... is medically necessary, although the prior request was
    /// not.") concludes before it. Any other sentence is its own main clause. An aside between commas that opens with
    /// "which" or "who" ("The Norco, which the UR found not medically necessary, is medically necessary.") is not part of
    /// it: AsideStart and AsideEnd bound it (its commas included), or are -1.
    /// </summary>
    internal static (int Start, int End, int AsideStart, int AsideEnd, bool Interjection) MainClause(string text, int start, int end, bool leaveOutReasons = true)
    {
        // Compared by hand, at the sentence's start and after each comma: this runs for every sentence a conclusion is
        // sought in, and a case-ignoring search for each joint through the sentence cost the reader a twentieth of its time.
        var first = start;
        while (first < end && (char.IsWhiteSpace(text[first]) || text[first] is '(' or '"' or '\u201C')) first++;
        if ((WordAt(text, first, end, ConcessiveOpenings, endsWord: static c => !char.IsLetter(c)) || leaveOutReasons && WordAt(text, first, end, CausalOpenings, endsWord: static c => c == ' '))
            && text.IndexOf(',', first, end - first) is var opening and >= 0)
            start = opening + 1;
        // "The request is not certified because the records do not show ...": the reason is no part of the verdict.
        if (leaveOutReasons && JointWithoutComma(text, start, end) is var because and > 0 && HasLetter(text, start, because))
            end = because;
        int asideStart = -1, asideEnd = -1;
        for (var comma = text.IndexOf(',', start, end - start); comma >= 0; comma = comma + 1 < end ? text.IndexOf(',', comma + 1, end - comma - 1) : -1)
        {
            // ", although ": a comma, one space, the word and a space.
            if (comma + 1 < end && text[comma + 1] == ' ' && (WordAt(text, comma + 2, end, ConcessiveJoints, endsWord: static c => c == ' ')
                || leaveOutReasons && WordAt(text, comma + 2, end, CausalCommaJoints, endsWord: static c => c == ' ')))
            {
                end = comma;
                break;
            }
            // ", which ... ," with the main clause going on after it; only the first aside is left out.
            if (asideStart < 0 && AsideAt(text, comma, end, AsideOpenings) is { } closing)
            {
                (asideStart, asideEnd) = (comma, closing + 1);
                comma = closing - 1;
            }
        }
        if (asideStart >= end) (asideStart, asideEnd) = (-1, -1);
        if (asideStart >= 0) return (start, end, asideStart, asideEnd, false);
        // Without one, a short interjection that splits a verdict's words (", in my opinion,", ", based on the records,").
        for (var comma = text.IndexOf(',', start, end - start); comma >= 0; comma = comma + 1 < end ? text.IndexOf(',', comma + 1, end - comma - 1) : -1)
            if (AsideAt(text, comma, end, InterjectionOpenings) is { } closing
                && Words(text, comma + 1, closing) is var words && (words <= MaxInterjectionWords || words <= MaxSplitVerbWords && SplitsAVerb(text, start, comma))
                && !ContainsAny(Normalize(text, comma + 1, closing), GapNegations))
                return (start, end, comma, closing + 1, true);
        return (start, end, -1, -1, false);
    }

    /// <summary>
    /// The closing comma of an aside that opens after the comma at <paramref name="comma"/> with one of
    /// <paramref name="openings"/> and after which the clause goes on, or null.
    /// </summary>
    private static int? AsideAt(string text, int comma, int end, string[] openings)
        => comma + 1 < end && text[comma + 1] == ' ' && WordAt(text, comma + 2, end, openings, endsWord: static c => c == ' ')
           && text.IndexOf(',', comma + 1, end - comma - 1) is var closing and >= 0 && HasLetter(text, closing + 1, end) ? closing : null;

    /// <summary>Where the clause that runs up to <paramref name="at"/> starts: after the last comma, semicolon or colon before it, not before <paramref name="start"/>.</summary>
    private static int ClauseStart(string text, int start, int at)
        => at > start ? Math.Max(start, text.LastIndexOfAny(ClauseBreaks, at - 1, at - start) + 1) : start;

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static readonly string[] AsideOpenings = { "which", "who" };

    /// <summary>
    /// How an interjection between commas opens: it says on what grounds or in whose view, never which way. A concessive
    /// or qualifying word ("however", "although") is no interjection: such a sentence is a caveat (see <see cref="Search"/>).
    /// </summary>
    private static readonly string[] InterjectionOpenings = { "in", "per", "based", "according", "given", "from", "upon", "on", "after", "with", "for" };

    /// <summary>The most words an interjection holds: a longer stretch between commas is a clause of its own.</summary>
    private const int MaxInterjectionWords = 6;

    /// <summary>
    /// The most words an interjection holds that parts a verb from what it says ("is not, given the absence of any
    /// documented reduction in pain over the last six months, medically necessary"): nothing but the verdict's own words
    /// can follow such a verb, so the stretch is no clause of its own however long.
    /// </summary>
    private const int MaxSplitVerbWords = 40;

    /// <summary>The verbs (and the negation after one) that a verdict's words follow: "is", "is not", "would not be".</summary>
    private static readonly string[] SplitVerbs = { "is", "are", "was", "were", "be", "not" };

    /// <summary>Whether text[start, comma) ends with a verb that the verdict's words follow (<see cref="SplitVerbs"/>).</summary>
    private static bool SplitsAVerb(string text, int start, int comma)
    {
        foreach (var verb in SplitVerbs)
            if (TextScan.EndsWithWord(text, start, comma, verb)) return true;
        return false;
    }

    /// <summary>How many words text[start, end) holds.</summary>
    private static int Words(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))) words++;
        return words;
    }

    /// <summary>
    /// Where the claim starts in a main clause text[start, end) that denies it: "It has not been demonstrated that" /
    /// "There is no documentation that" / "I disagree that" the request is medically necessary; -1 if there is none. The
    /// words just before "that", after the last comma, must deny it (a denying word with a negation among the four words
    /// before it, or "disagree", or a negated "agree"), and the claim must run to the clause's end as one clause: no
    /// comma, semicolon, colon, quotation mark or full stop in it, and no "therefore", "so", "and the ...". "As there is
    /// no documentation that the patient improved, the request is not medically necessary." denies nothing. Without such a
    /// "that", a claim whose reasons were not given ("did not explain why ..."), one after "Neither" ("Neither the dose nor
    /// the quantity is ..."), or one with no "that" at all ("I do not think the request is ...") is denied when it is one
    /// simple clause. Whether the words before the claim hold a verdict of their own is the caller's to ask.
    /// </summary>
    internal static int NegatedClaimStart(string text, int start, int end)
    {
        for (var at = TextScan.IndexOfCaseless(text, "that", start, end); at >= 0; at = TextScan.IndexOfCaseless(text, "that", at + 4, end))
        {
            if (at > start && char.IsLetter(text[at - 1]) || at + 4 < end && char.IsLetter(text[at + 4])) continue;
            var stretch = ClauseStart(text, start, at);
            var denierEnd = at;
            // "I do not agree with Dr. Chan, the UR physician, that ...": the words that deny stand before the aside.
            if (stretch - 1 > start && text[stretch - 1] == ',' && !HasLetter(text, stretch, at)
                && text.LastIndexOf(',', stretch - 2, stretch - 1 - start) is var asideOpens && asideOpens >= start
                && Words(text, asideOpens + 1, stretch - 1) <= MaxInterjectionWords)
                (stretch, denierEnd) = (ClauseStart(text, start, asideOpens), asideOpens);
            if (!Denies(Normalize(text, stretch, denierEnd))) continue;
            var claim = at + 4;
            return HasClaimBreak(text, claim, end) || ContainsAny(Normalize(text, claim, end), NewClauses) ? -1 : claim;
        }
        // Without a word that negates, only "Neither" can deny: most sentences are asked nothing more.
        var negation = FirstNegation(text, start, end);
        if (negation >= 0 && UnexplainedClaimStart(text, start, end) is var why and >= 0) return why;
        if (NeitherClaimStart(text, start, end) is var neither and >= 0) return neither;
        return negation >= 0 ? BareClaimStart(text, start, negation, end) : -1;
    }

    /// <summary>
    /// Where the first word that may negate or deny starts in text[start, end) ("not", "no", "n't", "cannot", "unable",
    /// "never", "insufficient", "fail", "disagree", "unclear"), or -1: a cheap test in one pass before any denial with no
    /// "that" is looked for, as such a denial needs one, and its denying word stands after it.
    /// </summary>
    private static int FirstNegation(string text, int start, int end)
    {
        // One pass: a word's first letter picks the stems to compare, and "n't" is an apostrophe before a last 't'.
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '\u2019' or '\u00B4' or '\u02BC' or '`' && i + 1 < end && (text[i + 1] | 0x20) == 't' && (i + 2 == end || !char.IsLetter(text[i + 2]))) return i;
            if (!char.IsLetter(c) || i > start && char.IsLetter(text[i - 1])) continue;
            var lower = (char)(c | 0x20);
            // "t" alone: "don t", as a converter may leave an apostrophe out.
            if (lower == 't' && (i + 1 == end || !char.IsLetter(text[i + 1]))) return i;
            foreach (var stem in NegationStems)
                if (stem[0] == lower && TextScan.CaselessAt(text, i, end, stem)) return i;
        }
        return -1;
    }

    private static readonly string[] NegationStems = { "no", "cannot", "unable", "unclear", "insufficient", "never", "fail", "disagree" };

    /// <summary>
    /// A claim whose reasons were not given: "The provider did not explain why Norco is medically necessary", "No
    /// rationale was given as to why ...", "It is unclear why ..."; -1 if there is none. The word just before "why" must be
    /// one of explaining or of what gave no reason ("explain", "unclear", "as to", "of", "for", "regarding", "records"), with
    /// a negation among the eight words before it and no "which", "that" or "this" between them: "... was not documented,
    /// which is why the request is ..." gives the reviewer's own reason, and so do "and that is why" and "this is why".
    /// </summary>
    private static int UnexplainedClaimStart(string text, int start, int end)
    {
        var at = -1;
        for (var from = start; from + 3 <= end && (at = TextScan.IndexOfCaseless(text, "why", from, end)) >= 0; from = at + 3)
            if ((at == start || !char.IsLetter(text[at - 1])) && (at + 3 == end || !char.IsLetter(text[at + 3]))) break;
        if (at < 0) return -1;
        var words = Normalize(text, WordsBefore(text, ClauseStart(text, start, at), at, 8), at).Split(Space, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Array.IndexOf(WhyHeads, words[words.Length - 1]) < 0) return -1;
        for (var w = words.Length - 1; w >= Math.Max(0, words.Length - 8); w--)
        {
            // "which is why", "and that is why", "this is why" (but "in this report why" is the records').
            if (Array.IndexOf(OwnReasons, words[w]) >= 0 || words[w] == "this" && w + 1 < words.Length && words[w + 1] == "is") return -1;
            if (words[w] == "unclear" || Array.IndexOf(ClaimNegations, words[w]) >= 0) return SimpleClaim(text, at + 3, end, allowNor: false);
        }
        return -1;
    }

    private static readonly string[] WhyHeads =
    {
        "explain", "explained", "explains", "explanation", "unclear", "clear", "to", "of", "for", "regarding", "about", "stated", "documented",
        "addressed", "justified", "given", "provided", "shown", "reason", "rationale", "records", "record", "report", "reports", "documentation",
    };

    /// <summary>Words that make "why" the reviewer's own reason: "which is why", "and that is why".</summary>
    private static readonly string[] OwnReasons = { "which", "that" };

    /// <summary>"Neither the medication nor the quantity is medically necessary": the claim after "Neither" is denied.</summary>
    private static int NeitherClaimStart(string text, int start, int end)
    {
        var first = start;
        while (first < end && !char.IsLetter(text[first])) first++;
        // After a word that draws the conclusion and its comma: "Therefore, neither ...".
        if (WordAt(text, first, end, ConcludingWords, endsWord: static c => c == ',') && text.IndexOf(',', first, end - first) is var comma and >= 0)
            for (first = comma + 1; first < end && !char.IsLetter(text[first]); first++) { }
        if (!WordAt(text, first, end, Neither, endsWord: static c => c == ' ')) return -1;
        var claim = first + Neither[0].Length;
        return TextScan.IndexOfCaseless(text, " nor ", claim, end) >= 0 ? SimpleClaim(text, claim, end, allowNor: true) : -1;
    }

    private static readonly string[] Neither = { "neither" };

    /// <summary>Words that draw the conclusion, at a sentence's start: "Therefore, ...", "As such, ...".</summary>
    private static readonly string[] ConcludingWords = { "therefore", "thus", "hence", "as such", "accordingly", "consequently", "in conclusion", "in summary" };

    private static readonly int LongestConcludingWord = LongestConcludingWordOf(ConcludingWords);

    private static int LongestConcludingWordOf(string[] words)
    {
        var longest = 0;
        foreach (var word in words) longest = Math.Max(longest, word.Length);
        return longest;
    }

    /// <summary>
    /// A denied claim with no "that" before it: "I do not think the request is medically necessary", "The records do not
    /// show the request is ...", "There is no evidence the requested Norco is ...", "I disagree the request is not ...";
    /// -1 if there is none. The word that denies must be one that may take a clause without "that" (think, show,
    /// evidence ...) with a negation among the four words before it and no "and" or "but" between them (or be "disagree",
    /// itself not negated); the claim must open as a subject does (an article or determiner, "medical", or a capital)
    /// and be one simple clause (<see cref="SimpleClaim"/>). Only the few words before each denying word are read, so a
    /// long sentence costs no more than its length.
    /// </summary>
    private static int BareClaimStart(string text, int start, int negation, int end)
    {
        // The denying word is the negation itself ("disagree") or stands after it.
        for (var i = Math.Max(start, negation); i < end; i++)
        {
            if (!char.IsLetter(text[i]) || i > start && char.IsLetter(text[i - 1])) continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            // Most words start with a letter no denying word starts with, and are not compared.
            if (BareClaimDenierInitials.IndexOf(char.ToLowerInvariant(text[i])) < 0 || !TextScan.IsWordOf(text, i, wordEnd, BareClaimDeniers)) continue;
            var claim = wordEnd;
            while (claim < end && text[claim] == ' ') claim++;
            // A claim longer than any one clause is none: asked first, as a long sentence has many denying words.
            if (claim == wordEnd || claim >= end || end - claim > LongestClaim || !OpensSubject(text, claim, end)) continue;
            var before = Normalize(text, WordsBefore(text, ClauseStart(text, start, i), i, 5), wordEnd).Split(Space, StringSplitOptions.RemoveEmptyEntries);
            if (!DeniesBare(before)) continue;
            if (SimpleClaim(text, claim, end, allowNor: false) is var found and >= 0) return found;
        }
        return -1;
    }

    /// <summary>
    /// Whether the last of these normalized words denies a claim that follows with no "that": "disagree" not itself
    /// negated, or a denying word with a negation among the four words before it ("do not think", "no evidence", "fails
    /// to show") and no "and" or "but" between them.
    /// </summary>
    private static bool DeniesBare(string[] words)
    {
        var head = words.Length - 1;
        if (head < 0) return false;
        var denied = false;
        for (var w = head - 1; w >= Math.Max(0, head - 4); w--)
        {
            if (words[w] is "and" or "but" or "or") break;
            if (Array.IndexOf(ClaimNegations, words[w]) >= 0 || w == head - 2 && words[w + 1] == "to" && Array.IndexOf(FailWords, words[w]) >= 0)
            {
                denied = true;
                break;
            }
        }
        // "I disagree the request ...", but not "I do not disagree the request ...".
        return words[head] == "disagree" ? !NegatedJustBefore(words, head) : denied;
    }

    /// <summary>Where the <paramref name="count"/>th word before <paramref name="at"/> starts, not before <paramref name="start"/>.</summary>
    private static int WordsBefore(string text, int start, int at, int count)
    {
        var i = at;
        for (var words = 0; i > start && words < count; words++)
        {
            while (i > start && !char.IsLetterOrDigit(text[i - 1])) i--;
            while (i > start && char.IsLetterOrDigit(text[i - 1])) i--;
        }
        return i;
    }

    /// <summary>
    /// The claim's start when text[claim, end) is one simple clause, else -1: at most <see cref="LongestClaim"/> characters,
    /// no break (see <see cref="HasClaimBreak"/>), and no word that joins or starts another clause ("and", "but", "which",
    /// "as", "because", "I", "we" ...) except between the words of a verdict ("medically necessary and appropriate"). In
    /// "There is no evidence the patient is diverting the medication and continued use is medically necessary" the
    /// records' silence is about the patient, and the verdict after "and" is the reviewer's own.
    /// </summary>
    private static int SimpleClaim(string text, int claim, int end, bool allowNor)
    {
        if (end - claim > LongestClaim || HasClaimBreak(text, claim, end)) return -1;
        var words = Normalize(text, claim, end).Split(Space, StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            if (Array.IndexOf(ClauseWords, words[w]) < 0 || allowNor && words[w] == "nor") continue;
            var betweenVerdictWords = words[w] is "and" or "or" && (w > 0 && Array.IndexOf(VerdictWords, words[w - 1]) >= 0 || w + 1 < words.Length && Array.IndexOf(VerdictWords, words[w + 1]) >= 0);
            if (!betweenVerdictWords) return -1;
        }
        return claim;
    }

    /// <summary>The longest claim read without "that": a longer stretch is more than one clause, and reading it would cost too much.</summary>
    private const int LongestClaim = 200;

    private static readonly string[] ClauseWords = { "and", "but", "or", "nor", "which", "who", "as", "so", "because", "since", "while", "although", "though", "yet", "that", "i", "we", "therefore", "thus", "hence", "if", "unless", "when", "whereas" };

    private static readonly string[] VerdictWords = { "necessary", "appropriate", "reasonable", "indicated", "warranted", "supported", "medically" };

    /// <summary>Whether a subject may start at <paramref name="at"/>: a capital, or a word that opens a noun phrase.</summary>
    private static bool OpensSubject(string text, int at, int end)
    {
        if (char.IsUpper(text[at])) return true;
        var wordEnd = at;
        while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
        return wordEnd > at && TextScan.IsWordOf(text, at, wordEnd, SubjectOpenings);
    }

    private static readonly string[] SubjectOpenings =
    {
        "the", "this", "these", "those", "it", "its", "such", "a", "an", "his", "her", "their", "any", "continued", "ongoing",
        "further", "additional", "current", "requested", "medical",
    };

    /// <summary>
    /// Whether text[from, end) holds more than one clause: a comma, semicolon, colon or quotation mark, or a sentence mark
    /// with white space and more text after it (two sentences the splitter could not part); its own closing mark is not one.
    /// </summary>
    private static bool HasClaimBreak(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '"' or '\u201C' or '\u201D') return true;
            if (c is not ('.' or '!' or '?') || i + 1 >= end || !char.IsWhiteSpace(text[i + 1]) || AfterTitle(text, i)) continue;
            var next = i + 1;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end) return true;
        }
        return false;
    }

    /// <summary>Whether the normalized words before "that" deny what follows.</summary>
    private static bool Denies(string before)
    {
        var words = before.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        // "The records do not support the UR conclusion that ...": the decision denied stands between the denial and "that".
        if (AnothersDecisionStart(words, words.Length) is var decision and >= 0)
        {
            if (decision == 0) return false;
            Array.Resize(ref words, decision);
        }
        // "I disagree with the UR that ...", but not "I do not disagree with the UR that ...".
        if (Array.IndexOf(words, "disagree") is var disagree and >= 0) return !NegatedJustBefore(words, disagree);
        if (words[words.Length - 1] == "unclear") return true;
        // The denying word is the last before "that" ("has not been demonstrated that"), or "agree" anywhere before it
        // ("I do not agree with the UR reviewer that"); a negation must stand among the four words before it.
        var head = Array.IndexOf(DenyingWords, words[words.Length - 1]) >= 0 ? words.Length - 1 : Array.IndexOf(words, "agree");
        if (head < 0) return false;
        for (var w = Math.Max(0, head - 4); w < head; w++)
        {
            if (Array.IndexOf(ClaimNegations, words[w]) >= 0) return true;
            // "fails to show", "failed to demonstrate"
            if (w == head - 2 && words[w + 1] == "to" && Array.IndexOf(FailWords, words[w]) >= 0) return true;
        }
        // "Nothing in the submitted records indicates that ...", "No note from the treating physician shows that ...": a
        // subject that negates stands further off, with no "and" or "but" between it and the denying word.
        for (var w = head - 1; w >= Math.Max(0, head - MostWordsAfterNegatingSubject); w--)
        {
            if (Array.IndexOf(ClauseJoints, words[w]) >= 0) return false;
            // The clause's subject: its first word, or after "there is" ("There is nothing in the records to indicate that").
            // "As nothing else has helped the records show that ..." negates another clause.
            if (words[w] is "nothing" or "none" or "no" && (w == 0 || w == 2 && words[0] == "there" && words[1] is "is" or "was" or "are" or "were")) return true;
        }
        return false;
    }

    /// <summary>Words that join another clause, past which a negating subject is not the denying word's.</summary>
    private static readonly string[] ClauseJoints = { "and", "but", "so", "yet", "then", "therefore", "thus", "hence" };

    /// <summary>How far a subject that negates ("Nothing in the submitted medical records") may stand from its denying word.</summary>
    private const int MostWordsAfterNegatingSubject = 8;

    private static readonly char[] Space = { ' ' };

    /// <summary>
    /// Where words[..end) end with another party's decision ("the UR conclusion", "the prior reviewer's determination"):
    /// the index of its first word, or -1.
    /// </summary>
    private static int AnothersDecisionStart(string[] words, int end)
    {
        if (end == 0 || Array.IndexOf(DecisionNouns, " " + words[end - 1] + " ") < 0) return -1;
        var first = end - 1;
        while (first > 0 && end - first <= 5 && Array.IndexOf(DecisionOwnerWords, words[first - 1]) >= 0) first--;
        return first < end - 1 ? first : -1;
    }

    /// <summary>
    /// Whether normalized words before "that" (with it) deny another party's decision and so give no verdict of their own:
    /// "The records do not support the UR conclusion that ..." holds "do not support", which is the denial.
    /// </summary>
    internal static bool DeniesADecision(string normalizedBeforeClaim)
    {
        var words = normalizedBeforeClaim.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length > 0 && words[words.Length - 1] == "that" ? words.Length - 1 : words.Length;
        return AnothersDecisionStart(words, end) > 0;
    }

    /// <summary>The words but those <paramref name="left"/> out, and <paramref name="more"/>; a list made from another (set after it).</summary>
    private static string[] Without(string[] words, string[] left, params string[] more)
    {
        var kept = new List<string>(words.Length + more.Length);
        foreach (var word in words)
            if (Array.IndexOf(left, word) < 0) kept.Add(word);
        kept.AddRange(more);
        return kept.ToArray();
    }

    /// <summary>The words padded with a space each side, as they stand in a normalized sentence, and more so padded.</summary>
    private static string[] Padded(string[] words, params string[] more)
    {
        var padded = new string[words.Length + more.Length];
        for (var i = 0; i < padded.Length; i++) padded[i] = " " + (i < words.Length ? words[i] : more[i - words.Length]) + " ";
        return padded;
    }

    /// <summary>Whether one of the two words before words[at] negates it ("do not disagree", "don't disagree").</summary>
    private static bool NegatedJustBefore(string[] words, int at)
    {
        for (var w = Math.Max(0, at - 2); w < at; w++)
            if (Array.IndexOf(ClaimNegations, words[w]) >= 0) return true;
        return false;
    }

    private static readonly string[] DenyingWords =
    {
        "demonstrated", "shown", "established", "documented", "proven", "substantiated", "supported", "documentation", "evidence", "indication",
        "conclude", "confirm", "clear", "persuaded", "convinced", "believe", "find", "determined", "show", "shows", "demonstrate",
        "demonstrates", "establish", "establishes", "indicate", "indicates", "support", "supports", "document", "documents", "think", "feel", "case",
        "say", "concluded", "determine", "found", "verify", "verified", "confirmed",
    };

    /// <summary>
    /// Denying words that may take a clause without "that" ("I do not think the request is ..."): the <see cref="DenyingWords"/>
    /// but those a claim cannot follow bare ("there is no documentation the ..."), and "agree" and "disagree".
    /// </summary>
    private static readonly string[] BareClaimDeniers = Without(DenyingWords, new[] { "supported", "documentation", "indication", "case" }, "agree", "disagree");

    private static readonly string BareClaimDenierInitials = InitialsOf(BareClaimDeniers);

    // A loop, not LINQ over chars, which ReadyToRun cannot precompile and every start would JIT-compile.
    private static string InitialsOf(string[] words)
    {
        var initials = "";
        foreach (var word in words)
            if (initials.IndexOf(word[0]) < 0) initials += word[0];
        return initials;
    }

    /// <summary>
    /// The words that negate a denying word (whole words, unlike <see cref="GapNegations"/>): "fail" counts only as "fails
    /// to show", since "The patient failed therapy and I find that" denies nothing.
    /// </summary>
    private static readonly string[] ClaimNegations = { "not", "no", "t", "cannot", "unable", "insufficient", "never" };

    private static readonly string[] FailWords = { "fail", "fails", "failed" };

    private static readonly char[] ClauseBreaks = { ',', ';', ':' };

    private static readonly string[] NewClauses = { " therefore ", " thus ", " hence ", " so ", " as such ", " consequently ", " accordingly ", " and the ", " and this ", " and it ", " and therefore ", " and so " };

    /// <summary>
    /// Whether one of the words (lower-case ASCII) stands at <paramref name="at"/>, case ignored, before a character that
    /// ends it. No word of either list starts another, so the first that matches is the only one that can.
    /// </summary>
    private static bool WordAt(string text, int at, int end, string[] words, Func<char, bool> endsWord)
        => TextScan.CaselessAnyAt(text, at, end, words) is var w && w >= 0 && at + words[w].Length < end && endsWord(text[at + words[w].Length]);

    private static readonly string[] ConcessiveOpenings = { "although", "though", "even though", "even if", "while", "whilst", "whereas", "despite", "in spite of", "notwithstanding" };

    private static readonly string[] ConcessiveJoints = { "although", "though", "even though", "while", "whilst", "whereas", "despite" };

    /// <summary>
    /// Words that open a clause of cause, which gives the verdict's reason and not the verdict: "Since there is no
    /// documentation that Norco is medically necessary, the request is denied." Such a clause opens the sentence and runs
    /// to its first comma.
    /// </summary>
    private static readonly string[] CausalOpenings = { "because", "since", "as", "given that", "due to" };

    /// <summary>A clause of cause after the verdict and a comma. Not "as": ", as written," is an aside.</summary>
    private static readonly string[] CausalCommaJoints = { "because", "since", "given that", "due to" };

    /// <summary>
    /// A clause of cause or concession that follows the verdict with no comma before it: "... is denied as there is no
    /// evidence ...", "... is medically necessary even though opioids are not ...".
    /// </summary>
    private static readonly string[] CausalJoints = { "because ", "as there ", "since there ", "even though ", "although " };

    /// <summary>
    /// Where the first of <see cref="CausalJoints"/> starts after a space in text[start, end), or -1: one pass over the words,
    /// each compared only with the joints its first letter may start.
    /// </summary>
    private static int JointWithoutComma(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (text[i - 1] != ' ' || (text[i] | 0x20) is not ('b' or 'a' or 's' or 'e')) continue;
            foreach (var joint in CausalJoints)
                if ((joint[0] | 0x20) == (text[i] | 0x20) && TextScan.CaselessAt(text, i, end, joint)) return i - 1;
        }
        return -1;
    }

    /// <summary>The conclusion a sentence gives; a clause before a semicolon is quoted without it.</summary>
    private static Conclusion Conclude(string rationale, Sentence sentence, OutcomePhrases member)
        => new(member.Member, member.Display, rationale.Substring(sentence.Start, sentence.End - sentence.Start).Trim().TrimEnd(';', ' ', '\t', '\r', '\n'));

    /// <summary>
    /// One of the closing sentences: where it is and its text normalized (read once, and asked again by the search),
    /// whether it is a note (<see cref="IsNote"/>), whether it reads as the verdict (it names the request or opens
    /// "Therefore" ...), whether it speaks of tapering rather than the request, and the member of its longest phrase of
    /// each kind.
    /// </summary>
    private sealed record Sentence(int Start, int End, string Whole, bool Note, bool ReadsAsVerdict, bool Tapers, OutcomePhrases? Decisive, OutcomePhrases? General)
    {
        /// <summary>Its verdict speaks of another treatment than the item (<see cref="SpeaksOfAnother"/>).</summary>
        public bool OnAnother { get; init; }

        /// <summary>It says what would be under a condition (<see cref="IsConditional"/>), not what is decided.</summary>
        public bool Conditional { get; init; }

        /// <summary>It speaks of more than was asked, not of the item (<see cref="SpeaksBeyondTheRequest"/>).</summary>
        public bool BeyondTheRequest { get; init; }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<OutcomePhrases>, PhraseTable> Tables = new();

    /// <summary>
    /// A normalized phrase of a member, whether it speaks of necessity or certification (see <see cref="IsDecisive"/>), and
    /// whether it ends with its group's word between spaces (so it can only end where that word ends in a sentence).
    /// </summary>
    /// <remarks>
    /// A phrase with a gap keeps the words after the gap as its text and those before it as <paramref name="Head"/>; it
    /// ranks by the length of both.
    /// </remarks>
    private sealed record Phrase(OutcomePhrases Member, string Text, bool Strong, bool EndsWithWord, string? Head = null)
    {
        public int Length => Text.Length + (Head?.Length ?? 0);
    }

    /// <summary>An outcome enum's phrases that end in the same word; computed once per enum.</summary>
    private sealed class PhraseGroup(string lastWord)
    {
        /// <summary>The last word with a space either side, " necessary "; a single space for a phrase without words.</summary>
        public string LastWord { get; } = lastWord;

        /// <summary>The last word alone, "necessary"; empty for a phrase without words.</summary>
        public string Word { get; } = lastWord.Trim(' ');

        public List<Phrase> Phrases { get; } = new();
    }

    /// <summary>
    /// An outcome enum's phrase groups, in the order their phrases are declared, and a hash table from a group's last word
    /// to the group. A sentence is read once, word by word, to find where group words stand; then a phrase is compared
    /// only where its last word ends, rather than searched for through the whole sentence. Computed once per enum.
    /// </summary>
    private sealed class PhraseTable
    {
        private PhraseTable(PhraseGroup[] groups, Phrase[] sentences, IReadOnlyList<OutcomePhrases> members)
        {
            Groups = groups;
            Sentences = sentences;
            foreach (var sentence in sentences) LongestSentence = Math.Max(LongestSentence, sentence.Text.Length);
            _members = members;
            var size = 16;
            while (size < groups.Length * 4) size *= 2;
            _slots = new int[size];
            for (var g = 0; g < groups.Length; g++)
            {
                var word = groups[g].Word;
                if (word.Length == 0) continue;
                var slot = Hash(word, 0, word.Length) & (size - 1);
                while (_slots[slot] != 0) slot = (slot + 1) & (size - 1);
                _slots[slot] = g + 1;
            }
        }

        public PhraseGroup[] Groups { get; }

        /// <summary>The phrases that are a verdict only as a whole sentence ("Medically necessary."), normalized.</summary>
        public Phrase[] Sentences { get; }

        /// <summary>The length of the longest of <see cref="Sentences"/>: a longer sentence is none of them.</summary>
        public int LongestSentence { get; }

        /// <summary>The outcome's members, in declaration order.</summary>
        private readonly IReadOnlyList<OutcomePhrases> _members;

        /// <summary>Whether a denied claim can be read: only an outcome of two members has an opposite to conclude.</summary>
        public bool CanDeny => _members.Count == 2;

        /// <summary>The other member of an outcome of two (what a denied claim concludes); null for null.</summary>
        public OutcomePhrases? Opposite(OutcomePhrases? member)
            => member is null ? null : ReferenceEquals(member, _members[0]) ? _members[1] : _members[0];

        /// <summary>Open addressing: 0 is an empty slot, otherwise the group's index plus one.</summary>
        private readonly int[] _slots;

        public static PhraseTable Of(IReadOnlyList<OutcomePhrases> members)
        {
            var groups = new List<PhraseGroup>();
            void Add(OutcomePhrases member, string phrase, string? head)
            {
                var trimmed = phrase.TrimEnd();
                var lastWord = trimmed.Substring(trimmed.LastIndexOf(' ') + 1) + " ";
                lastWord = " " + lastWord.TrimStart();
                var group = groups.Find(g => g.LastWord == lastWord);
                if (group is null) groups.Add(group = new PhraseGroup(lastWord));
                var endsWithWord = group.Word.Length > 0 && group.Word.IndexOf(' ') < 0 && phrase.EndsWith(group.LastWord, StringComparison.Ordinal);
                // A phrase with a gap is decisive by its head too: "medical necessity ... was not established".
                group.Phrases.Add(new Phrase(member, phrase, IsDecisive(head is null ? phrase : head + phrase), endsWithWord, head));
            }
            var sentences = new List<Phrase>();
            foreach (var member in members)
            {
                foreach (var phrase in member.NormalizedPhrases) Add(member, phrase, null);
                foreach (var gapped in member.GapPhrases) Add(member, gapped.Tail, gapped.Head);
                foreach (var sentence in member.SentencePhrases) sentences.Add(new Phrase(member, sentence, IsDecisive(sentence), EndsWithWord: false));
            }
            return new PhraseTable(groups.ToArray(), sentences.ToArray(), members);
        }

        private static int Hash(string text, int start, int end)
        {
            var hash = 0;
            for (var i = start; i < end; i++) hash = unchecked(hash * 31 + text[i]);
            return hash & int.MaxValue;
        }

        /// <summary>Where group words stand in a normalized sentence: every run of non-spaces with a space either side.</summary>
        public WordHits FindLastWords(string normalized)
        {
            var hits = t_hits ??= new WordHits();
            hits.Count = 0;
            for (var i = 0; i < normalized.Length; i++)
            {
                if (normalized[i] != ' ') continue;
                var j = i + 1;
                while (j < normalized.Length && normalized[j] != ' ') j++;
                if (j < normalized.Length && j > i + 1)
                {
                    for (var slot = Hash(normalized, i + 1, j) & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
                    {
                        var word = Groups[_slots[slot] - 1].Word;
                        if (word.Length == j - i - 1 && string.CompareOrdinal(normalized, i + 1, word, 0, word.Length) == 0)
                        {
                            hits.Add(_slots[slot] - 1, j);
                            break;
                        }
                    }
                }
                i = j - 1;
            }
            return hits;
        }
    }

    [ThreadStatic] private static WordHits? t_hits;

    /// <summary>The group words of one sentence: which group, and the index of the space that ends the word. Reused per thread.</summary>
    private sealed class WordHits
    {
        private int[] _groups = new int[8];
        private int[] _ends = new int[8];

        public int Count { get; set; }

        public void Add(int group, int end)
        {
            if (Count == _groups.Length)
            {
                Array.Resize(ref _groups, Count * 2);
                Array.Resize(ref _ends, Count * 2);
            }
            _groups[Count] = group;
            _ends[Count++] = end;
        }

        public bool Has(int group)
        {
            for (var k = 0; k < Count; k++)
                if (_groups[k] == group) return true;
            return false;
        }

        /// <summary>
        /// Whether the phrase stands in the sentence: it ends with its group's word between spaces, so any place it stands
        /// ends at the space after one of that word's places, and is compared there alone.
        /// </summary>
        public bool Ends(int group, string normalized, string phrase)
        {
            for (var k = 0; k < Count; k++)
                if (_groups[k] == group && EndingAt(k, normalized, phrase) >= 0) return true;
            return false;
        }

        /// <summary>Where the phrase starts when it ends at the <paramref name="k"/>-th word found, or -1.</summary>
        private int EndingAt(int k, string normalized, string phrase)
        {
            var start = _ends[k] + 1 - phrase.Length;
            return start >= 0 && string.CompareOrdinal(normalized, start, phrase, 0, phrase.Length) == 0 ? start : -1;
        }

        /// <summary>
        /// Whether a phrase with a gap stands in the sentence: its tail where the group's word ends, and its head before
        /// the tail with at most <see cref="GapWords"/> words between them, none of which turns the verdict around.
        /// </summary>
        public bool EndsAfterHead(int group, string normalized, string head, string tail)
        {
            for (var k = 0; k < Count; k++)
            {
                if (_groups[k] != group || EndingAt(k, normalized, tail) is var tailStart && tailStart < 0) continue;
                // The nearest head that ends by the tail's start; the head's last space may be the tail's first.
                var headStart = normalized.LastIndexOf(head, tailStart, StringComparison.Ordinal);
                if (headStart < 0) continue;
                var gapStart = headStart + head.Length - 1;
                if (WordsBetween(normalized, gapStart, tailStart) > GapWords || NegatedBetween(normalized, gapStart, tailStart)) continue;
                if (NegatedBetween(normalized, WordsBefore(normalized, headStart), headStart)) continue;
                return true;
            }
            return false;
        }

        /// <summary>Where the <see cref="WordsBeforeHead"/> words before the space at <paramref name="at"/> start (at their space).</summary>
        private static int WordsBefore(string normalized, int at)
        {
            var start = at;
            for (var words = 0; words < WordsBeforeHead && start > 0; words++)
                start = normalized.LastIndexOf(' ', start - 1);
            return Math.Max(0, start);
        }

        private static int WordsBetween(string normalized, int start, int end)
        {
            var words = 0;
            for (var i = start + 1; i <= end; i++)
                if (normalized[i] == ' ') words++;
            return words;
        }

        private static bool NegatedBetween(string normalized, int start, int end)
        {
            foreach (var negation in GapNegations)
            {
                // Only within text[start, end]: a negation's spaces may be the ones at either end.
                if (end - start + 1 >= negation.Length && normalized.IndexOf(negation, start, end - start + 1, StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }
    }

    private static readonly string[] CaveatOpenings = { " however ", " nonetheless ", " nevertheless ", " instead ", " if ", " should ", " once ", " note ", " of note ", " please ", " in the future ", " future ", " further ", " any further ", " additional ", " additionally ", " in addition ", " also ", " weaning ", " a weaning ", " it is recommended ", " consider ", " the provider may ", " this does not ", " this decision does not ", " nothing in this " };

    /// <summary>Openings of a sentence that draws the conclusion: its general verdict ("is not recommended") is the verdict.</summary>
    private static readonly string[] ConcludingOpenings = Padded(ConcludingWords, "based on", "given",
        // probe90's: "For these reasons, physical therapy, 12 sessions is not medically necessary."
        "for these reasons", "for this reason", "for the reasons above", "for the above reasons", "for the reasons stated", "for the reasons given",
        "as a result", "on this basis", "in light of the above", "in view of the above");

    /// <summary>The past: the request's history ("was non-certified on 06/05/2017", "was previously found").</summary>
    private static readonly string[] History = { " was ", " were ", " had been ", " previously " };

    /// <summary>Another reviewer or party, whose decision a note reports with a verb of <see cref="Decided"/>.</summary>
    private static readonly string[] OtherParties = { " ur ", " utilization review ", " reviewer ", " claims administrator ", " peer review " };

    /// <summary>
    /// Words for whose decision a judged decision was: another party (<see cref="OtherParties"/>) or an earlier review.
    /// Set after the list it is made from.
    /// </summary>
    private static readonly string[] DecisionOwners = Without(OtherParties, Array.Empty<string>(), " prior ", " previous ", " initial ", " reviewers ", " peer ");

    /// <summary>
    /// The words of a decision's owner, one by one, as they stand before the decision ("the UR's", "the prior reviewer's"):
    /// those of <see cref="DecisionOwners"/>, an article, a possessive's "s" and "physician".
    /// </summary>
    private static readonly string[] DecisionOwnerWords = WordsOf(DecisionOwners, "the", "s", "physician");

    /// <summary>The distinct words of padded phrases, and <paramref name="more"/>.</summary>
    private static string[] WordsOf(string[] phrases, params string[] more)
    {
        var words = new List<string>(more);
        foreach (var phrase in phrases)
            foreach (var word in phrase.Split(Space, StringSplitOptions.RemoveEmptyEntries))
                if (!words.Contains(word)) words.Add(word);
        return words.ToArray();
    }

    private static readonly string[] Decided = { " found ", " determined ", " denied ", " non-certified ", " noncertified ", " certified ", " modified ", " deemed ", " concluded ", " opined " };

    /// <summary>Someone else's words: "The MTUS states that ...", "The treating physician reports that ...".</summary>
    private static readonly string[] ReportedSpeech =
    {
        " states that ", " state that ", " stated that ", " reports that ", " reported that ", " opines that ", " notes that ", " indicates that ", " indicate that ",
        // Another's argument: "The requesting physician argues that ... is medically necessary because ...".
        " argues that ", " argued that ", " contends that ", " contended that ", " asserts that ", " asserted that ", " maintains that ", " believes that ",
        // A guideline's further words: "The guideline adds that the drug is not recommended as a first-line sleep aid ...".
        " adds that ", " add that ", " added that ", " explains that ", " specifies that ", " cautions that ", " warns that ",
    };

    /// <summary>
    /// What a drug's label says, not the reviewer: "Tizanidine is approved for spasticity and used off label for low back
    /// pain", "Duloxetine is not authorized by the FDA for axial back pain".
    /// </summary>
    private static readonly string[] Labelling = { " off label ", " fda ", " food and drug administration ", " approved for the ", " approved only for ", " approved for use " };

    /// <summary>A condition on the verdict: "... are medically necessary only with documented functional improvement".</summary>
    private static readonly string[] Conditions = { " only if ", " only when ", " only with ", " only after ", " unless " };

    private static readonly string[] Tapering = { " wean ", " weaning ", " weaned ", " taper ", " tapering " };

    /// <summary>
    /// Words of a verdict on another item of the same letter: "The concurrent request for cyclobenzaprine is not medically
    /// necessary and is addressed separately." after the verdict on Naproxen (a probe's letters took it for that verdict).
    /// </summary>
    private static readonly string[] OtherRequests =
    {
        " concurrent request ", " concurrent requests ", " separate request ", " separate requests ", " addressed separately ", " reviewed separately ",
        " decided separately ", " addressed in a separate ", " companion request ", " other request ", " other requested ",
    };

    /// <summary>Words of a verdict on the earlier decision, which is the reviewer's own: "the prior UR decision was reversed".</summary>
    private static readonly string[] DecisionsOnDecisions = { " upheld ", " uphold ", " upholding ", " overturned ", " overturn ", " overturning ", " reversed ", " reverse ", " reversal ", " reversing " };

    /// <summary>
    /// A sentence that may be a note beside the verdict rather than the verdict: a caveat or turn ("If the provider
    /// documents ...", "However, ...", "Of note, ..."), the request's history ("This request was previously
    /// non-certified."), another reviewer's decision ("The UR reviewer found ..."), someone else's words ("The MTUS states
    /// that ..."), a condition ("only with documented improvement"), or tapering where the request is not named; never
    /// one that opens "Therefore", "As such" and the like. A note
    /// decides only when no verdict that is not one outranks it (see <see cref="Search"/>). The sentence and the clause
    /// its verdict was read in are both normalized.
    /// </summary>
    internal static bool IsNote(string normalizedSentence, string normalizedClause, bool namesRequest)
        // A sentence that draws the conclusion is the verdict, whatever it adds ("Therefore, Norco is not medically
        // necessary and the patient should be weaned.").
        => !StartsWithAny(normalizedSentence, ConcludingOpenings) && IsNoteWhateverItOpens(normalizedSentence, normalizedClause, namesRequest);

    /// <summary><see cref="IsNote"/> without the exception for a sentence that opens as a conclusion.</summary>
    internal static bool IsNoteWhateverItOpens(string normalizedSentence, string normalizedClause, bool namesRequest)
    {
        if (OpensAsCaveat(normalizedSentence)) return true;
        if (ContainsAny(normalizedClause, Conditions) || ContainsAny(normalizedClause, ReportedSpeech) || ContainsAny(normalizedClause, Labelling)) return true;
        if (SpeaksOfTapering(normalizedClause, namesRequest)) return true;
        if (ContainsAny(normalizedClause, OtherRequests)) return true;
        if (ContainsAny(normalizedClause, DecisionsOnDecisions)) return false;
        return ContainsAny(normalizedClause, History) || ContainsAny(normalizedClause, OtherParties) && ContainsAny(normalizedClause, Decided);
    }

    /// <summary>Whether a normalized sentence opens as a caveat or turn does ("However, ...", "If ...", "Further ...").</summary>
    internal static bool OpensAsCaveat(string normalizedSentence) => StartsWithAny(normalizedSentence, CaveatOpenings);

    /// <summary>Whether a normalized clause speaks of weaning or tapering and not of the request.</summary>
    internal static bool SpeaksOfTapering(string normalizedClause, bool namesRequest) => !namesRequest && ContainsAny(normalizedClause, Tapering);

    /// <summary>Whether a general verdict in a normalized sentence reads as the verdict: it names the request or draws the conclusion.</summary>
    internal static bool ReadsAsVerdict(string normalizedSentence, bool namesRequest) => namesRequest || OpensAsConclusion(normalizedSentence);

    /// <summary>Whether a normalized sentence opens as a conclusion: "Therefore", "As such", "Based on" and the like.</summary>
    internal static bool OpensAsConclusion(string normalizedSentence) => StartsWithAny(normalizedSentence, ConcludingOpenings);

    /// <summary>
    /// Whether a normalized sentence speaks of another treatment than the item: it names none of the item's words
    /// (<see cref="ItemWords"/>) and none of the words that stand for an item under review ("the medication", "the
    /// treatment", "medical necessity", "the decision"). "A urine drug screen is medically necessary before opioids are
    /// continued." after the verdict on Norco is advice, not the verdict. A sentence so read may still be on the item under
    /// another name ("Hydrocodone/APAP", "the patch"), which is why it is only put aside (see <see cref="Search"/>).
    /// Without item words (only words any service has) no sentence speaks of another.
    /// </summary>
    internal static bool SpeaksOfAnother(string normalizedSentence, string[] itemWords)
        => itemWords.Length > 0 && !NamesTheItem(normalizedSentence, itemWords) && !ContainsAny(normalizedSentence, ItemReferences);

    /// <summary>
    /// Whether a normalized sentence reads as advice rather than a verdict: it opens with "A" or "An" ("A urine drug
    /// screen is medically necessary."), or speaks as advice does (<see cref="AdviceWords"/>). A verdict under another
    /// name for the item ("It is medically necessary.", "Hydrocodone/APAP is not medically necessary.", "The patches are
    /// medically necessary.") does neither, and so is never taken for one on another treatment.
    /// </summary>
    internal static bool IsAdvice(string normalizedSentence)
        => !StartsWithAny(normalizedSentence, ItemSubjects)
           && (normalizedSentence.StartsWith(" a ", StringComparison.Ordinal) || normalizedSentence.StartsWith(" an ", StringComparison.Ordinal)
               || ContainsAny(normalizedSentence, AdviceWords));

    /// <summary>Subjects that point back at what was being decided: "It is not medically necessary prior to a trial of NSAIDs."</summary>
    private static readonly string[] ItemSubjects = { " it ", " this ", " these ", " they ", " that ", " such ", " any " };

    /// <summary>What advice on another treatment says: what could be, what else, what first, what for.</summary>
    private static readonly string[] AdviceWords =
    {
        " would be ", " could be ", " may be ", " might be ", " can be considered ", " should be considered ", " instead ", " alternative ",
        " referral ", " referred ", " prior to ", " before ", " to avoid ", " while ", " transition ", " detoxification ", " detox ",
        " discontinuation ", " monitoring ", " home exercise ", " drug screen ", " drug screening ", " drug testing ", " modalities ",
    };

    private static bool ContainsAll(string normalized, string[] words)
    {
        foreach (var word in words)
            if (normalized.IndexOf(word, StringComparison.Ordinal) < 0) return false;
        return true;
    }

    /// <summary>
    /// Words that stand for the item under review without naming it. Pronouns, "this" and plurals are not among them: advice
    /// says "at this time", "while it is tapered" and "other medications" as often as a verdict does.
    /// </summary>
    private static readonly string[] ItemReferences =
    {
        " medication ", " treatment ", " service ", " procedure ", " prescription ", " item ", " necessity ", " decision ",
        " determination ", " denial ", " certification ", " non-certification ", " noncertification ", " approval ", " authorization ",
    };

    /// <summary>How many words of a service name its item: a heading names it first, and a longer one is read no further.</summary>
    private const int ItemWordsRead = 16;

    /// <summary>
    /// The words that name an item, normalized and padded: the service's first words less numbers, doses, words any
    /// service may hold ("mg", "sessions", "with") and words the item shares with others ("lumbar", "therapy"); the parts
    /// of a word joined by a slash or hyphen ("EMG/NCV"); the plural or singular of each ("patches" and "patch"); and the
    /// initials of every two to four kept words in a row ("PT" in "Additional physical therapy", "ESI" in "Lumbar epidural
    /// steroid injection"). "Norco 10/325mg #120" is named by "norco"; "Lioresal (Baclofen) 10 mg #60" by either name. A
    /// word missing may let a verdict on the item pass for advice; a word too many may keep advice from being put aside.
    /// </summary>
    internal static string[] ItemWords(string service)
    {
        var words = new List<string>();
        void Add(string word)
        {
            if (!words.Contains(word)) words.Add(word);
        }
        var run = new List<char>();
        void EndRun()
        {
            for (var from = 0; from < run.Count; from++)
                for (var length = 2; length <= 4 && from + length <= run.Count; length++)
                    Add(" " + new string(run.GetRange(from, length).ToArray()) + " ");
            run.Clear();
        }
        foreach (var word in FirstWordsOf(service))
        {
            if (word.Length < 2 || word[0] is < 'a' or > 'z' || Array.IndexOf(ServiceWords, " " + word + " ") >= 0)
            {
                EndRun();
                continue;
            }
            // A part of the body or a kind of treatment names nothing alone, but counts in initials ("PT", "ESI").
            run.Add(word[0]);
            if (Array.IndexOf(SharedWords, " " + word + " ") >= 0) continue;
            Add(" " + word + " ");
            foreach (var part in word.Split('/', '-'))
                if (part.Length >= 2 && part != word && part[0] is >= 'a' and <= 'z') Add(" " + part + " ");
            Add(word.Length > 3 && word[word.Length - 1] == 's' ? " " + word.Substring(0, word.Length - 1) + " " : " " + word + "s ");
            // "patches", "boxes": the singular drops "es" too.
            if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
                                    || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal)))
                Add(" " + word.Substring(0, word.Length - 2) + " ");
        }
        EndRun();
        return words.ToArray();
    }

    /// <summary>The first <see cref="ItemWordsRead"/> words of a service, normalized.</summary>
    private static List<string> FirstWordsOf(string service)
    {
        var words = new List<string>(ItemWordsRead);
        var normalized = Normalize(service);
        for (var start = 1; start < normalized.Length && words.Count < ItemWordsRead;)
        {
            var end = normalized.IndexOf(' ', start);
            if (end < 0) break;
            words.Add(normalized.Substring(start, end - start));
            start = end + 1;
        }
        return words;
    }

    /// <summary>
    /// The dose and quantity of a service, normalized and padded: its words that hold a digit and either a letter, a '#',
    /// a '/' or a '%' ("10/325mg", "#120", "5%"), from its first <see cref="ItemWordsRead"/> words. A bare number ("10",
    /// "6") names nothing.
    /// </summary>
    internal static string[] DoseWords(string service)
    {
        var doses = new List<string>();
        foreach (var word in FirstWordsOf(service))
        {
            var digit = false;
            var mark = false;
            foreach (var c in word)
            {
                digit |= c is >= '0' and <= '9';
                mark |= c is >= 'a' and <= 'z' or '#' or '/' or '%';
            }
            if (digit && mark && !doses.Contains(" " + word + " ")) doses.Add(" " + word + " ");
        }
        return doses.ToArray();
    }

    /// <summary>
    /// Words of a service that name no treatment: joining words, units, counts and the words of a dosing instruction ("one
    /// tablet every six hours as needed for pain"), which any sentence of advice may hold too.
    /// </summary>
    private static readonly string[] ServiceWords =
    {
        " the ", " and ", " for ", " with ", " without ", " per ", " of ", " to ", " in ", " on ", " at ", " by ", " or ", " as ", " an ", " is ",
        " be ", " up ", " if ", " no ", " mg ", " mcg ", " ml ", " gm ", " tab ", " tabs ", " tablet ", " tablets ", " cap ", " caps ",
        " capsule ", " capsules ", " session ", " sessions ", " visit ", " visits ", " refill ", " refills ", " unit ", " units ", " qty ",
        " quantity ", " day ", " days ", " week ", " weeks ", " month ", " months ", " hour ", " hours ", " times ", " each ", " every ",
        " one ", " two ", " three ", " four ", " five ", " six ", " daily ", " once ", " twice ", " nightly ", " bedtime ", " needed ", " prn ",
        " po ", " bid ", " tid ", " qid ", " qd ", " qhs ", " pain ", " supply ", " request ", " retrospective ", " dos ", " date ", " left ",
        " right ", " bilateral ",
    };

    /// <summary>
    /// Words of a service that are the item's only together with others: parts of the body, kinds of treatment and how it
    /// is asked for ("lumbar spine", "therapy", "trial", "additional"). Advice names them as often ("a home exercise program
    /// for the lumbar spine").
    /// </summary>
    private static readonly string[] SharedWords =
    {
        " lumbar ", " cervical ", " thoracic ", " spine ", " back ", " neck ", " shoulder ", " shoulders ", " knee ", " knees ", " hip ", " hips ",
        " wrist ", " wrists ", " hand ", " hands ", " elbow ", " ankle ", " foot ", " feet ", " upper ", " lower ", " extremity ", " extremities ",
        " therapy ", " trial ", " program ", " initial ", " additional ", " continued ", " purchase ", " rental ", " home ",
    };

    /// <summary>
    /// Whether a normalized sentence speaks of the request ("the request", "the requested Norco"). The one who asks ("the
    /// requesting physician", "the requestor") is not the request: a cut-off rationale's "It is recommended for selected
    /// patients, and the requesting physician argues ..." read as the verdict and hid the cut (a probe's letters).
    /// </summary>
    internal static bool NamesTheRequest(string normalizedSentence) => NamesTheRequest(normalizedSentence, 0, normalizedSentence.Length, StringComparison.Ordinal);

    /// <summary>
    /// <see cref="NamesTheRequest(string)"/> for text[start, end) as written, case ignored unless <paramref name="comparison"/>
    /// says otherwise (a normalized sentence is in lower case already): read in place, with no normalized copy.
    /// </summary>
    internal static bool NamesTheRequest(string text, int start, int end, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        for (var at = start < end ? text.IndexOf("request", start, end - start, comparison) : -1; at >= 0;
             at = at + 7 < end ? text.IndexOf("request", at + 7, end - at - 7, comparison) : -1)
        {
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            var after = at + 7;
            if (!(TextScan.CaselessAt(text, after, end, "ing") || TextScan.CaselessAt(text, after, end, "or") || TextScan.CaselessAt(text, after, end, "er"))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a normalized sentence says what would be under a condition, not what is decided: it opens with the
    /// condition ("If radiculopathy is documented, ...", "Should ...", "Once ..."), or its verdict is said with "would"
    /// ("would be medically necessary", "would not be appropriate") and a condition governs it: an opening that states one
    /// ("In the event ...", "Provided ...", "Were pain relief documented, ...", "Had ...", "When improvement is documented,
    /// ...") or an "if" after it ("Norco would
    /// be medically necessary only if pain relief were documented."). A "would" of the reasons ("the gains that would be
    /// required if opioids were continued"), an "if" before the verdict ("it is unclear if ..., and therefore ...") and a
    /// concession ("even if") leave a verdict standing.
    /// </summary>
    internal static bool IsConditional(string normalizedSentence)
    {
        if (StartsWithAny(normalizedSentence, ConditionalOpenings)) return true;
        var would = WouldVerdictAt(normalizedSentence);
        if (would < 0) return false;
        if (StartsWithAny(normalizedSentence, ConditionalMoodOpenings)) return true;
        // "When" states a condition when what it waits for is a finding still to come ("When functional improvement is
        // documented, ..."), not when it says how the request was weighed ("When weighed against the guidelines, ...").
        if (StartsWithAny(normalizedSentence, WhenOpenings) && ContainsAny(normalizedSentence.Substring(0, would + 1), FindingsToCome)) return true;
        foreach (var clause in ConditionClauses)
            if (normalizedSentence.IndexOf(clause, would, StringComparison.Ordinal) >= 0) return !ContainsAny(normalizedSentence, NoConditionClauses);
        return false;
    }

    /// <summary>Where " would " starts a verdict ("would (not) be / have been" and a verdict's word within two words), or -1.</summary>
    private static int WouldVerdictAt(string normalized)
    {
        for (var at = normalized.IndexOf(" would ", StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(" would ", at + 1, StringComparison.Ordinal))
        {
            var next = at + " would".Length;
            foreach (var be in WouldBe)
            {
                if (string.CompareOrdinal(normalized, next, be, 0, be.Length) != 0) continue;
                var rest = next + be.Length - 1;
                // The verdict's word within the next two words: "be medically necessary", "be appropriate", "be considered reasonable".
                for (var words = 0; words < 3 && rest < normalized.Length; words++)
                {
                    foreach (var word in WouldVerdictWords)
                        if (string.CompareOrdinal(normalized, rest, word, 0, word.Length) == 0) return at;
                    rest = normalized.IndexOf(' ', rest + 1);
                    if (rest < 0) break;
                }
            }
        }
        return -1;
    }

    private static readonly string[] WouldBe = { " be ", " not be ", " have been ", " not have been " };

    private static readonly string[] WouldVerdictWords =
    {
        " medically ", " necessary ", " appropriate ", " reasonable ", " recommended ", " indicated ", " warranted ", " supported ", " certified ", " approved ",
    };

    private static readonly string[] ConditionalOpenings = { " if ", " should ", " once " };

    private static readonly string[] ConditionalMoodOpenings = { " in the event ", " provided ", " were ", " had ", " assuming " };

    private static readonly string[] WhenOpenings = { " when " };

    private static readonly string[] FindingsToCome = { " documented ", " demonstrated ", " established ", " shown ", " objectified ", " provided " };

    private static readonly string[] ConditionClauses = { " if ", " provided that ", " in the event ", " as long as ", " assuming " };

    private static readonly string[] NoConditionClauses = { " even if ", " if any ", " as if " };

    /// <summary>Whether a normalized sentence names one of the item's words (<see cref="ItemWords"/>); none does without them.</summary>
    internal static bool NamesTheItem(string normalizedSentence, string[] itemWords) => itemWords.Length > 0 && ContainsAny(normalizedSentence, itemWords);

    private static bool StartsWithAny(string normalized, string[] openings)
    {
        foreach (var opening in openings)
            if (normalized.StartsWith(opening, StringComparison.Ordinal)) return true;
        return false;
    }

    internal static bool ContainsAny(string normalized, string[] words)
    {
        var starts = WordStarts.Of(normalized);
        foreach (var word in words)
            if (starts.MayHold(word) && normalized.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// The pairs of characters that follow a space in a normalized sentence, as a set of 1,024 bits. The word lists a
    /// sentence is asked about (notes, conditions, reported speech, advice, the item's words: some fifty phrases for a
    /// verdict) are whole words padded with spaces, so a phrase whose space and first two characters are not in the
    /// sentence cannot stand there and is not searched for. The last two sentences asked about are kept per thread (and
    /// so kept alive until two others are asked about): the questions alternate between a sentence and its main clause.
    /// </summary>
    private sealed class WordStarts
    {
        private readonly ulong[] _bits = new ulong[16];
        private string? _of;

        [ThreadStatic] private static WordStarts? t_latest, t_before;

        public static WordStarts Of(string normalized)
        {
            if (t_latest is { } latest && ReferenceEquals(latest._of, normalized)) return latest;
            if (t_before is { } before && ReferenceEquals(before._of, normalized))
            {
                (t_latest, t_before) = (before, t_latest);
                return before;
            }
            var starts = t_before ?? new WordStarts();
            Array.Clear(starts._bits, 0, starts._bits.Length);
            for (var i = normalized.IndexOf(' '); i >= 0 && i + 2 < normalized.Length; i = normalized.IndexOf(' ', i + 1))
                starts.Add(normalized[i + 1], normalized[i + 2]);
            starts._of = normalized;
            (t_latest, t_before) = (starts, t_latest);
            return starts;
        }

        /// <summary>False only when the phrase, which opens with a space, cannot stand in the sentence.</summary>
        public bool MayHold(string phrase)
        {
            if (phrase.Length < 3 || phrase[0] != ' ') return true;
            var bit = Bit(phrase[1], phrase[2]);
            return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private void Add(char first, char second)
        {
            var bit = Bit(first, second);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }

        private static int Bit(char first, char second) => (first * 31 + second) & 1023;
    }

    /// <summary>A phrase about necessity, certification or the decision itself, rather than a general verdict such as "is recommended".</summary>
    internal static bool IsDecisive(string normalizedPhrase)
        => normalizedPhrase.Contains("necess") || normalizedPhrase.Contains("certif") || normalizedPhrase.Contains("authoriz")
           || normalizedPhrase.Contains("approv") || normalizedPhrase.Contains("denial") || normalizedPhrase.Contains("denied")
           || normalizedPhrase.Contains("upheld") || normalizedPhrase.Contains("overturned");

    public static string LastSentence(string rationale)
        => rationale.Substring(LastSentenceStart(rationale)).Trim();

    /// <summary>Where <see cref="LastSentence"/> starts in the rationale.</summary>
    internal static int LastSentenceStart(string rationale) => SentenceStart(rationale, rationale.Length);

    /// <summary>
    /// Where the sentence or clause that ends at <paramref name="end"/> starts. A semicolon and white space part two
    /// clauses that are read as sentences are, when the clause after it holds a verdict of its own: each may hold one, and
    /// the later decides ("Weaning is not medically necessary at this time; the request is medically necessary.", "...;
    /// therefore, the request is denied."), unless it is a note ("...; however, a weaning supply is medically necessary.").
    /// A semicolon inside quotation marks or brackets parts nothing: quoted text is the guideline's, and "(MTUS, page 78;
    /// ODG)" is one citation. Nor does one before a list without a verdict ("...; see also ODG; ACOEM.").
    /// </summary>
    private static int SentenceOrClauseStart(PhraseTable table, string text, int end)
    {
        var sentence = SentenceStart(text, end);
        var last = end - 1;
        while (last > sentence && char.IsWhiteSpace(text[last])) last--;
        if (last <= sentence || text.IndexOf(';', sentence, last - sentence) < 0) return sentence;
        // One pass for the semicolons that may part clauses (the clause's own closing mark is none); only the last few
        // are asked, each for the clause it opens, so a sentence of many costs no more than its length.
        var parts = new List<int>();
        int quotes = 0, open = 0;
        for (var i = sentence; i < last; i++)
        {
            var c = text[i];
            if (c is '"' or '\u201C' or '\u201D') quotes++;
            else if (c == '(') open++;
            else if (c == ')' && open > 0) open--;
            else if (c == ';' && quotes % 2 == 0 && open == 0 && char.IsWhiteSpace(text[i + 1])) parts.Add(i);
        }
        for (var k = parts.Count - 1; k >= Math.Max(0, parts.Count - MostClauses); k--)
        {
            var start = parts[k] + 1;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            var clauseEnd = k + 1 < parts.Count ? parts[k + 1] : end;
            if (start >= clauseEnd) continue;
            var (decisive, general) = Longest(table, Normalize(text, start, clauseEnd));
            if (decisive is not null || general is not null) return start;
        }
        return sentence;
    }

    /// <summary>How many clauses after semicolons a sentence is searched for: more than any verdict needs.</summary>
    internal const int MostClauses = 8;

    /// <summary>
    /// Where the sentence that ends at <paramref name="end"/> starts: after the previous '.', '!' or '?' that is
    /// followed by white space and a capital letter or '(' (so "10.5 mg" and "e.g. this" do not end sentences), and is
    /// not a title's ("Dr. Lee").
    /// </summary>
    private static int SentenceStart(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        i--; // the sentence's own closing mark
        // From one closing mark to the one before it: the framework's search skips the letters between them quickly.
        for (i = i >= 0 ? text.LastIndexOfAny(SentenceMarks, i) : -1; i >= 0; i = i > 0 ? text.LastIndexOfAny(SentenceMarks, i - 1) : -1)
        {
            var j = i + 1;
            if (j >= end || !char.IsWhiteSpace(text[j]) || AfterTitle(text, i)) continue;
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            if (j < end && (char.IsUpper(text[j]) || text[j] == '(')) return j;
        }
        return 0;
    }

    /// <summary>
    /// Whether the mark at <paramref name="mark"/> is the full stop of a title or "vs." before a name ("prescribed by Dr.
    /// Lee", "Ibuprofen vs. Naproxen"), which ends no sentence. <paramref name="asWritten"/> asks for a title as a name
    /// follows it, its capital and small letters ("Dr.", not "MS." for multiple sclerosis): so a text that ends there was cut.
    /// </summary>
    internal static bool AfterTitle(string text, int mark, bool asWritten = false)
    {
        if (text[mark] != '.') return false;
        var start = mark;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '\u201C')) return false;
        if (asWritten && (mark == start || !char.IsUpper(text[start]) || HasCapital(text, start + 1, mark))) return false;
        foreach (var title in Titles)
            if (title.Length == mark - start && TextScan.CaselessAt(text, start, mark, title)) return true;
        return false;
    }

    private static readonly string[] Titles = { "dr", "mr", "mrs", "ms", "prof", "vs" };

    private static bool HasCapital(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsUpper(text[i])) return true;
        return false;
    }

    private static readonly char[] SentenceMarks = { '.', '!', '?' };

    /// <summary>Lower-case words padded with spaces, so phrases match whole words whatever punctuation is around them.</summary>
    internal static string Normalize(string text) => Normalize(text, 0, text.Length);

    /// <summary>
    /// Normalizes text[start, end) without text[skipStart, skipEnd) (an aside), which reads as a word break; -1 skips nothing.
    /// </summary>
    private static string Normalize(string text, int start, int end, int skipStart = -1, int skipEnd = -1)
    {
        // Quoted text is left out, unless the quotes do not pair up (then nothing can be told apart).
        var quotes = 0;
        for (var i = text.IndexOfAny(DoubleQuotes, start, end - start); i >= 0; i = i + 1 < end ? text.IndexOfAny(DoubleQuotes, i + 1, end - i - 1) : -1)
            quotes++;
        var skipQuoted = quotes >= 2 && quotes % 2 == 0;
        var quoted = false;

        // One buffer per thread for the characters, so only the normalized string is new; an odd sentence longer than
        // KeptBuffer gets its own, so a letter without full stops does not leave megabytes behind on a thread.
        // A misspelling put right may be a character longer than it was (see Respelled), and is at least eight.
        var needed = end - start + 2 + (end - start) / 8;
        var buffer = t_normalizing;
        if (buffer is null || buffer.Length < needed)
        {
            buffer = new char[Math.Max(256, needed)];
            if (needed <= KeptBuffer) t_normalizing = buffer;
        }
        var length = 0;
        buffer[length++] = ' ';
        // Where the word being written starts, and whether a word has been kept before it (see LinkingAdverbs).
        var wordStart = -1;
        var pastFirstWord = false;
        for (var i = start; i < end; i++)
        {
            if (i == skipStart)
            {
                EndWord(buffer, ref length, ref wordStart, ref pastFirstWord);
                i = skipEnd - 1;
                continue;
            }
            // ASCII is lowered in place; anything else as the invariant culture lowers it (the Kelvin sign becomes 'k').
            var c = text[i];
            if (c >= 0x80) c = char.ToLowerInvariant(c);
            else if (c is >= 'A' and <= 'Z') c = (char)(c | 0x20);
            if (skipQuoted && IsDoubleQuote(c))
            {
                quoted = !quoted;
                EndWord(buffer, ref length, ref wordStart, ref pastFirstWord);
                continue;
            }
            if (quoted) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '%' or '#' or '/' or '-')
            {
                if (wordStart < 0) wordStart = length;
                buffer[length++] = c;
            }
            else EndWord(buffer, ref length, ref wordStart, ref pastFirstWord);
        }
        EndWord(buffer, ref length, ref wordStart, ref pastFirstWord);
        // Words a converter glued together, also where a line-end hyphen was joined afterwards ("notme-" / "dically").
        var normalized = new string(buffer, 0, length);
        return GluedWords.MayHoldInSentence(normalized) ? SplitGluedWords(normalized) : normalized;
    }

    /// <summary>
    /// Ends the word being written with a space, or leaves it out when it is a linking adverb after the first word
    /// (its space before it then ends the text so far). Nothing to do when no word is open.
    /// </summary>
    private static void EndWord(char[] buffer, ref int length, ref int wordStart, ref bool pastFirstWord)
    {
        if (wordStart < 0) return;
        if (pastFirstWord && IsLinkingAdverb(buffer, wordStart, length - wordStart)) length = wordStart;
        else
        {
            length = Respelled(buffer, wordStart, length);
            buffer[length++] = ' ';
            pastFirstWord = true;
        }
        wordStart = -1;
    }

    /// <summary>
    /// Misspellings of the words verdicts are made of, and each put right: a reviewer who types "not medically
    /// neccessary" gives a verdict all the same.
    /// </summary>
    internal static readonly (string Misspelled, string Right)[] Misspellings =
    {
        ("neccessary", "necessary"), ("necesary", "necessary"), ("neccesary", "necessary"), ("necessery", "necessary"), ("neccessery", "necessary"),
        ("nessecary", "necessary"), ("necassary", "necessary"), ("neccasary", "necessary"), ("nessesary", "necessary"),
        ("medicaly", "medically"), ("medicallly", "medically"), ("medcially", "medically"), ("medicially", "medically"), ("mediclly", "medically"),
        ("neccessity", "necessity"), ("necesity", "necessity"), ("neccesity", "necessity"),
        ("recomended", "recommended"), ("reccomended", "recommended"), ("reccommended", "recommended"), ("recommeded", "recommended"), ("recommened", "recommended"),
        ("certifed", "certified"), ("certifeid", "certified"), ("approriate", "appropriate"), ("appropiate", "appropriate"), ("apropriate", "appropriate"),
        ("establised", "established"), ("estabished", "established"), ("warrented", "warranted"), ("suported", "supported"), ("supportted", "supported"),
    };

    /// <summary>
    /// Puts a misspelled word in buffer[wordStart, length) right (<see cref="Misspellings"/>) and returns where it now
    /// ends; any other word is left as it is.
    /// </summary>
    private static int Respelled(char[] buffer, int wordStart, int length)
    {
        // Every word of every sentence read comes here: most are refused by their length or first letter alone.
        var n = length - wordStart;
        var initial = buffer[wordStart] - 'a';
        if (n < ShortestMisspelling || n > LongestMisspelling || (uint)initial >= 26 || MisspellingsByInitial[initial] is not { } candidates) return length;
        foreach (var (misspelled, right) in candidates)
        {
            if (misspelled.Length != n || !SameChars(buffer, wordStart, misspelled)) continue;
            right.CopyTo(0, buffer, wordStart, right.Length);
            return wordStart + right.Length;
        }
        return length;
    }

    /// <summary>The shortest and longest misspelling: a word of another length is not compared at all.</summary>
    private static readonly int ShortestMisspelling = MisspellingLength(shortest: true), LongestMisspelling = MisspellingLength(shortest: false);

    // A loop, not LINQ over the tuples: ReadyToRun has no code for that, and every start would compile it.
    private static int MisspellingLength(bool shortest)
    {
        var length = shortest ? int.MaxValue : 0;
        foreach (var (misspelled, _) in Misspellings)
            length = shortest ? Math.Min(length, misspelled.Length) : Math.Max(length, misspelled.Length);
        return length;
    }

    /// <summary><see cref="Misspellings"/> by their first letter, a to z; null for a letter none starts with.</summary>
    private static readonly (string Misspelled, string Right)[]?[] MisspellingsByInitial = ByInitial(Misspellings);

    private static (string Misspelled, string Right)[]?[] ByInitial((string Misspelled, string Right)[] misspellings)
    {
        // Arrays counted first, not lists of tuples: ReadyToRun has no code for those, and every start would compile it.
        var counts = new int[26];
        foreach (var pair in misspellings) counts[pair.Misspelled[0] - 'a']++;
        var byInitial = new (string, string)[]?[26];
        foreach (var pair in misspellings)
        {
            var initial = pair.Misspelled[0] - 'a';
            var group = byInitial[initial] ??= new (string, string)[counts[initial]];
            group[group.Length - counts[initial]--] = pair;
        }
        return byInitial;
    }

    /// <summary>
    /// Adverbs that link a verdict to what came before without changing it ("is therefore denied", "is also not
    /// recommended", "is not, therefore, medically necessary"), as written inside a sentence, where they stood between
    /// a phrase's words: normalizing leaves them out. The first word stays: an opening "Therefore" or "Also" says what
    /// kind of sentence it is.
    /// </summary>
    internal static readonly string[] LinkingAdverbs = { "therefore", "thus", "hence", "consequently", "accordingly", "also", "still", "likewise", "similarly", "clearly" };

    private static bool IsLinkingAdverb(char[] word, int start, int length)
    {
        // Between "thus" and "consequently" in length: most words are refused before any comparison.
        if (length is < 4 or > 12) return false;
        foreach (var adverb in LinkingAdverbs)
            if (adverb.Length == length && SameChars(word, start, adverb)) return true;
        return false;
    }

    private static bool SameChars(char[] chars, int start, string word)
    {
        for (var k = 0; k < word.Length; k++)
            if (chars[start + k] != word[k]) return false;
        return true;
    }

    /// <summary>
    /// The normalized text with a space inside every word that is a glued pair. Words lie between single spaces here,
    /// so this is what the expression <c>(?&lt;= )(not|...)(medically|...)(?= )</c> replaced with "$1 $2" did, and
    /// likewise for an auxiliary glued to "not" ("isnot").
    /// </summary>
    internal static string SplitGluedWords(string normalized)
    {
        System.Text.StringBuilder? split = null;
        var copied = 0;
        // Each word that has a space on either side.
        for (var start = normalized.IndexOf(' ') + 1; start > 0 && start < normalized.Length;)
        {
            var end = normalized.IndexOf(' ', start);
            if (end < 0) break;
            var at = GluedWords.SplitAt(normalized, start, end, ignoreCase: false);
            if (at < 0) at = GluedWords.NegationSplitAt(normalized, start, end);
            if (at >= 0)
            {
                split ??= new System.Text.StringBuilder(normalized.Length + 8);
                split.Append(normalized, copied, at - copied).Append(' ');
                copied = at;
            }
            start = end + 1;
        }
        return split is null ? normalized : split.Append(normalized, copied, normalized.Length - copied).ToString();
    }

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D';

    [ThreadStatic] private static char[]? t_normalizing;
    private const int KeptBuffer = 8192;

    private static readonly char[] DoubleQuotes = { '"', '\u201C', '\u201D' };
}

/// <summary>The dose, quantity and drug words of an item, to see whether a conclusion names the same item.</summary>
/// <remarks>
/// Scanned by hand: this runs on every item of every letter, and the regular expressions it replaced
/// (the dose expression at <see cref="DoseAt"/>, <c>#\s*([0-9]+)</c>, and
/// <c>([0-9])\s+(mg|mcg|grams|gram|gms|gm|g|ml|%)</c> then <c>\s+</c> for keys) cost milliseconds to build at start-up. Each method finds
/// exactly what its expression found, leftmost first; tests hold them to the expressions.
/// </remarks>
internal sealed class ItemFacts
{
    private ItemFacts(IReadOnlyList<string> doses, IReadOnlyList<string> quantities, IReadOnlyList<string> counts, IReadOnlyList<string> sites, IReadOnlyList<string> studies)
    {
        Doses = doses;
        Quantities = quantities;
        Counts = counts;
        Sites = sites;
        Studies = studies;
    }

    public IReadOnlyList<string> Doses { get; }
    public IReadOnlyList<string> Quantities { get; }

    /// <summary>
    /// Counts of visits and refills as written ("12 visits", "2 refills"), and schedules as the visits they add up to
    /// and how ("12 sessions (2 a week for 6 weeks)"), once each, in order.
    /// </summary>
    public IReadOnlyList<string> Counts { get; }

    /// <summary>
    /// Where on the body (<see cref="BodySiteScan"/>), once each: sides ("right", "left"; "bilateral" is both, and
    /// itself) and spinal levels ("L4-L5").
    /// </summary>
    public IReadOnlyList<string> Sites { get; }

    /// <summary>Which imaging studies (<see cref="ImagingScan"/>), once each: "MRI", "CT", "X-ray".</summary>
    public IReadOnlyList<string> Studies { get; }

    public static ItemFacts From(string text) => From(text, 0);

    /// <summary>
    /// <see cref="From(string)"/> of an item's heading, remembered per heading: IMR004 asks it of every item, and letters
    /// repeat the same headings ("Norco 10/325mg #120"). Facts are never changed once made, so a remembered one is what a
    /// search would give; the memory is bounded (<see cref="RecentAnswers"/>).
    /// </summary>
    public static ItemFacts OfService(string service)
    {
        if (Services.TryRecall(service, out var known)) return (ItemFacts)known!;
        var facts = From(service, 0);
        Services.Keep(service, facts);
        return facts;
    }

    private static readonly RecentAnswers Services = new();

    /// <summary>
    /// The facts of the text from <paramref name="start"/> on: a rationale's last sentence is read in place, as the
    /// white space that trimming it would cut holds no dose or quantity (and ends none).
    /// </summary>
    public static ItemFacts From(string text, int start)
        => new(Doses_(text, start), Quantities_(text, start), Counts_(text, start), Sites_(text, start, bilateralIsEither: true), Studies_(text, start));

    /// <summary>
    /// The facts of text[start, end) of the kinds <paramref name="item"/> has, the others left empty: only those can
    /// conflict with it (<see cref="Conflicts"/>), so a conclusion is not searched for the rest. The range is the
    /// verdict's own clause: its reasons name sides, levels, regions, doses, counts and rates of other things ("With a
    /// normal left knee examination, ...", "As a trial of 6 visits showed no improvement, ...", "Because guidelines
    /// support 4 to 10 hours per day, ..."), which a probe's clean letters drew IMR004 for.
    /// </summary>
    public static ItemFacts From(string text, int start, int end, ItemFacts item)
    {
        if (start > 0 || end < text.Length) (text, start) = (text.Substring(start, end - start), 0);
        return new(item.Doses.Count > 0 ? Doses_(text, start) : None, item.Quantities.Count > 0 ? Quantities_(text, start) : None,
            item.Counts.Count > 0 ? Counts_(text, start) : None, item.Sites.Count > 0 ? Sites_(text, start, bilateralIsEither: false) : None,
            item.Studies.Count > 0 ? Studies_(text, start) : None);
    }

    private static readonly string[] None = new string[0];

    /// <summary>These facts without doses and quantities: those of a text whose doses are another medicine's.</summary>
    public ItemFacts WithoutDosesAndQuantities() => new(None, None, Counts, Sites, Studies);

    /// <summary>Whether the text names any fact at all.</summary>
    public bool HasAny => Doses.Count > 0 || Quantities.Count > 0 || Counts.Count > 0 || Sites.Count > 0 || Studies.Count > 0;

    /// <summary>Whether the text names a count of visits ("12 sessions", "six visits").</summary>
    public bool HasVisits
    {
        get
        {
            foreach (var count in Counts)
                if (IsVisitCount(count)) return true;
            return false;
        }
    }

    /// <summary>Whether the text names a region of the body ("lumbar spine", "knee").</summary>
    public bool HasRegion
    {
        get
        {
            foreach (var site in Sites)
                if (IsOfKind(site, ValueKind.Region)) return true;
            return false;
        }
    }

    /// <summary>Whether the text names a side ("right", "left", "bilateral").</summary>
    public bool HasSide
    {
        get
        {
            foreach (var site in Sites)
                if (IsOfKind(site, ValueKind.Side)) return true;
            return false;
        }
    }

    /// <summary>Every imaging study named (<see cref="ImagingScan"/>), once each, but one had before ("the prior MRI", "an MRI in 2014").</summary>
    private static IReadOnlyList<string> Studies_(string text, int start)
    {
        List<string>? studies = null;
        for (var found = ImagingScan.NextStudy(text, start); found is { } s; found = ImagingScan.NextStudy(text, s.Next))
            if (!IsPastSite(text, start, s.Start, s.Next))
                AddOnce(ref studies, s.Study);
        return (IReadOnlyList<string>?)studies ?? None;
    }

    /// <summary>
    /// Every side, spinal segment and region (<see cref="BodySiteScan"/>), once each: a bilateral service goes on either
    /// side too, and a level of several segments is each of them.
    /// </summary>
    /// <param name="text">The heading's or the conclusion's text.</param>
    /// <param name="start">Where in it to start.</param>
    /// <param name="bilateralIsEither">Whether "bilateral" is either side too: so for the item, whose conclusion may
    /// name one of them, but not for a conclusion, which names both sides where the item names one.</param>
    private static IReadOnlyList<string> Sites_(string text, int start, bool bilateralIsEither)
    {
        // Made only when something is found: most texts name no side or level.
        List<string>? sites = null;
        for (var found = BodySiteScan.NextSide(text, start); found is { } s; found = BodySiteScan.NextSide(text, s.Next))
        {
            if (IsPastSite(text, start, s.Start, s.Next)) continue;
            AddOnce(ref sites, s.Side);
            if (s.Side != "bilateral" || !bilateralIsEither) continue;
            AddOnce(ref sites, "right");
            AddOnce(ref sites, "left");
        }
        // An item on the right and the left is a bilateral one, as its conclusion may say.
        if (bilateralIsEither && sites is { } named && named.Contains("right") && named.Contains("left")) AddOnce(ref sites, "bilateral");
        // A level of several segments is each of them: "L4-S1" is "L4-L5" and "L5-S1".
        for (var found = BodySiteScan.NextLevel(text, start); found is { } l; found = BodySiteScan.NextLevel(text, l.Next))
            if (!IsPastSite(text, start, l.Start, l.Next))
                foreach (var segment in BodySiteScan.Segments(l.Level)) AddOnce(ref sites, segment);
        for (var found = BodySiteScan.NextRegion(text, start); found is { } r; found = BodySiteScan.NextRegion(text, r.Next))
            if (!IsPastSite(text, start, r.Start, r.Next))
                AddOnce(ref sites, r.Region);
        return (IReadOnlyList<string>?)sites ?? None;
    }

    /// <summary>
    /// Whether the side or level at text[siteStart, siteEnd) is the history a conclusion recalls beside the request:
    /// after a word of what was had ("the prior L5-S1 injection"), or with a year in the four words after it ("As with
    /// the left knee in 2014, ..."). Counts had are told the same way (<see cref="IsPastOrLimit"/>).
    /// </summary>
    private static bool IsPastSite(string text, int from, int siteStart, int siteEnd)
    {
        if (HasWordBefore(text, from, siteStart, PastOrLimitBeforeByLength)) return true;
        var at = siteEnd;
        for (var word = 0; word < 4; word++)
        {
            while (at < text.Length && !char.IsLetterOrDigit(text[at])) at++;
            var wordStart = at;
            while (at < text.Length && char.IsLetterOrDigit(text[at])) at++;
            if (at == wordStart) break;
            if (at - wordStart == 4 && TextScan.StandaloneYearEnd(text, wordStart, from, text.Length) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether one of the four words before <paramref name="at"/> (back to a number or <paramref name="from"/>) is one of
    /// the words (grouped by length, <see cref="RulePredicates.ByLength"/>).
    /// </summary>
    private static bool HasWordBefore(string text, int from, int at, string[][] wordsByLength)
    {
        for (var word = 0; word < 4; word++)
        {
            while (at > from && !char.IsLetterOrDigit(text[at - 1])) at--;
            var wordEnd = at;
            while (at > from && char.IsLetter(text[at - 1])) at--;
            if (at == wordEnd) break;
            if (RulePredicates.IsWordOf(wordsByLength, text, at, wordEnd - at)) return true;
        }
        return false;
    }

    /// <summary>
    /// Every dose ("10/325mg", "0.5 ml" as "0.5ml"), once each, in order: the number as written and the unit in lower case.
    /// A combination is one dose however it is written: "10-325mg" and "10mg/325mg" are "10/325mg".
    /// </summary>
    private static List<string> Doses_(string text, int start)
    {
        var doses = new List<string>();
        var i = start;
        while (i < text.Length)
        {
            if (!IsDigit(text[i])) { i++; continue; }
            // No dose starts later in the same run of digits when none starts here (each reads on to the same end): the
            // run is passed whole, or a line of digits took time in the square of its length.
            if (DoseAt(text, i) is not { } dose) { i = TextScan.SkipAsciiDigits(text, i, text.Length); continue; }
            // A daily total of opioids in morphine equivalents measures the regimen; it is no dose of the item, and neither
            // is any other total for a day ("gabapentin at 1800 mg per day" under "Gabapentin 600mg #90").
            if (IsMorphineMeasure(text, i, dose.End) || IsDailyTotal(text, dose.End)) { i = dose.End; continue; }
            var unit = text.Substring(dose.UnitStart, dose.UnitEnd - dose.UnitStart).ToLowerInvariant();
            // Grams are grams however written: a compounded cream's "180gm" is "180 g".
            if (unit is "gm" or "gms" or "gram" or "grams") unit = "g";
            var second = dose.Second ?? dose.Repeated;
            var value = text.Substring(i, dose.FirstEnd - i) + (second is { } s ? "/" + text.Substring(s.Start, s.End - s.Start) : "") + unit;
            if (!doses.Contains(value)) doses.Add(value);
            i = dose.End;
        }
        return doses;
    }

    /// <summary>
    /// Whether a dose ending at <paramref name="end"/> is a total for a day written out: "per day", "a day", "each day",
    /// "per 24 hours". "daily" alone is not ("Tramadol ER 100mg daily" names the tablet's strength as often), nor is
    /// "/day", which headings write the request with ("Baclofen 10mg/day #60") and conclusions repeat.
    /// </summary>
    private static bool IsDailyTotal(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        if (TextScan.WholeWordAt(text, at, DayLeads) is var lead and >= 0)
        {
            var next = TextScan.SkipSpaces(text, at + DayLeads[lead].Length, text.Length);
            return TextScan.WholeWordAt(text, next, DayWords) >= 0 || TextScan.CaselessAt(text, next, text.Length, "24 hours");
        }
        return false;
    }

    private static readonly string[] DayLeads = { "per", "a", "each" };
    private static readonly string[] DayWords = { "day" };

    /// <summary>
    /// Whether the dose text[start, end) is a total in morphine equivalents: "120mg morphine equivalents", "90 mg MED",
    /// "40 mg oral morphine milligram equivalents", "a morphine equivalent dose of 120 mg", "an MME of 90 mg".
    /// </summary>
    private static bool IsMorphineMeasure(string text, int start, int end)
    {
        var after = end;
        while (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] == '-')) after++;
        if (TextScan.WholeWordAt(text, after, MorphineMeasures) >= 0) return true;
        if (TextScan.CaselessAt(text, after, text.Length, "oral ")) after = TextScan.SkipSpaces(text, after + 5, text.Length);
        if (TextScan.CaselessAt(text, after, text.Length, "morphine"))
        {
            var next = after + "morphine".Length;
            while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] == '-')) next++;
            if (QuantityScan.OpensEquivalence(text, next, text.Length)) return true;
        }
        var before = start;
        while (before > 0 && char.IsWhiteSpace(text[before - 1])) before--;
        foreach (var phrase in MorphineMeasuresBefore)
            if (TextScan.EndsWithWord(text, Math.Max(0, before - phrase.Length - 1), before, phrase)) return true;
        return false;
    }

    // "med" is also short for "medication", but only right after a dose's unit does it stand here ("90 mg MED").
    private static readonly string[] MorphineMeasures = { "mme", "med", "medd", "morphine-equivalent" };

    private static readonly string[] MorphineMeasuresBefore = { "equivalent dose of", "equivalent dosage of", "equivalents of", "equivalent of", "med of", "mme of", "med) of", "mme) of" };

    /// <summary>
    /// A dose starting at <paramref name="start"/>, as
    /// <c>([0-9]+(?:\.[0-9]+)?)(?:[/-]([0-9]+(?:\.[0-9]+)?))?\s*((?:mg|mcg|grams|gram|gms|gm|g|ml)(?!\p{L})|%)(?:/([0-9]+(?:\.[0-9]+)?)\s*\3)?</c>
    /// with case ignored: a number, optionally a second after '/' or '-', white space, a unit that ends its word, and optionally "/number unit" again
    /// with the same unit ("10mg/325mg"). A shorter reading of a number never helps: what follows it is a digit or '.',
    /// which neither a separator, white space nor a unit starts with, so the longest reading is the only one to try.
    /// </summary>
    private static Dose? DoseAt(string text, int start)
    {
        var firstEnd = SkipNumber(text, start);
        (int Start, int End)? second = null;
        var i = firstEnd;
        if (i + 1 < text.Length && text[i] is '/' or '-' && IsDigit(text[i + 1]))
        {
            var secondEnd = SkipNumber(text, i + 1);
            second = (i + 1, secondEnd);
            i = secondEnd;
        }
        var unitStart = TextScan.SkipSpaces(text, i, text.Length);
        var unitEnd = UnitAt(text, unitStart);
        if (unitEnd == unitStart) return null;
        // The unit said again after a second number: "10mg/325mg" is one combination.
        (int Start, int End)? repeated = null;
        var end = unitEnd;
        if (unitEnd + 1 < text.Length && text[unitEnd] == '/' && IsDigit(text[unitEnd + 1]))
        {
            var repeatedEnd = SkipNumber(text, unitEnd + 1);
            var again = TextScan.SkipSpaces(text, repeatedEnd, text.Length);
            var length = unitEnd - unitStart;
            if (again + length <= text.Length && string.Compare(text, again, text, unitStart, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                repeated = (unitEnd + 1, repeatedEnd);
                end = again + length;
            }
        }
        return new Dose(firstEnd, second, unitStart, unitEnd, repeated, end);
    }

    /// <summary>A dose as <see cref="DoseAt"/> found it: where its parts lie, and where it ends.</summary>
    private readonly record struct Dose(int FirstEnd, (int Start, int End)? Second, int UnitStart, int UnitEnd, (int Start, int End)? Repeated, int End);

    private static int SkipNumber(string text, int start) => TextScan.SkipDecimal(text, start, text.Length);

    private static bool IsDigit(char c) => TextScan.IsAsciiDigit(c);

    /// <summary>
    /// The end of the unit at <paramref name="i"/> (mg, mcg, grams, gram, gms, gm, g, ml or %, case ignored, tried in that order), or
    /// <paramref name="i"/>. A unit of letters ends its word: "#120 given" and "2009 guidelines" name no grams.
    /// </summary>
    private static int UnitAt(string text, int i)
    {
        foreach (var unit in Units)
        {
            var end = i + unit.Length;
            if (end > text.Length || string.Compare(text, i, unit, 0, unit.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (unit != "%" && end < text.Length && char.IsLetter(text[end])) continue;
            return end;
        }
        return i;
    }

    private static readonly string[] Units = { "mg", "mcg", "grams", "gram", "gms", "gm", "g", "ml", "%" };

    /// <summary>Every quantity ("#120", "# 90", "Qty 90" and "90 tablets" as "#90"), once each, in order.</summary>
    private static List<string> Quantities_(string text, int start)
    {
        var quantities = new List<string>();
        for (var found = QuantityScan.Next(text, start); found is { } q; found = QuantityScan.Next(text, q.Next))
        {
            var value = "#" + text.Substring(q.Start, q.End - q.Start);
            if (!quantities.Contains(value)) quantities.Add(value);
        }
        return quantities;
    }

    /// <summary>
    /// Every count of visits (<see cref="QuantityScan.NextVisits"/>), refills (<see cref="QuantityScan.NextRefills"/>),
    /// hours (<see cref="QuantityScan.NextHours"/>) and days (<see cref="QuantityScan.NextDays"/>) that the text asks about,
    /// once each, in order, as written ("12 visits", "2 refills", "160 hours", "30 days"): not one it gives as past or
    /// as a limit (<see cref="IsPastOrLimit"/>), which a conclusion names beside the request ("having completed 24
    /// sessions", "the guidelines allow up to 10 visits", "11 refills have already been dispensed").
    /// </summary>
    private static IReadOnlyList<string> Counts_(string text, int start)
    {
        List<string>? counts = null;
        for (var found = QuantityScan.NextVisits(text, start); found is { } c; found = QuantityScan.NextVisits(text, c.Next))
            if (!IsPastOrLimit(text, start, c.Start, c.Next))
                AddOnce(ref counts, Number(text, c.Start, c.End) + " " + text.Substring(c.WordStart, c.Next - c.WordStart).ToLowerInvariant());
        for (var found = QuantityScan.NextRefills(text, start); found is { } c; found = QuantityScan.NextRefills(text, c.Next))
            if (!IsPastOrLimit(text, start, c.Start, c.Next))
                AddOnce(ref counts, Number(text, c.Start, c.End) + RefillsSuffix);
        for (var found = QuantityScan.NextHours(text, start); found is { } h; found = QuantityScan.NextHours(text, h.Next))
            if (!IsPastOrLimit(text, start, h.Start, h.Next))
                AddOnce(ref counts, text.Substring(h.Start, h.End - h.Start) + HoursSuffix);
        for (var found = QuantityScan.NextDays(text, start); found is { } d; found = QuantityScan.NextDays(text, d.Next))
            if (!IsPastOrLimit(text, start, d.Start, d.Next))
                AddOnce(ref counts, text.Substring(d.Start, d.End - d.Start) + DaysSuffix);
        for (var found = QuantityScan.NextRate(text, start); found is { } r; found = QuantityScan.NextRate(text, r.Next))
            if (!IsPastOrLimit(text, start, r.Start, r.Next))
                AddOnce(ref counts, text.Substring(r.Start, r.End - r.Start) + (r.Days ? DaysSuffix : HoursSuffix) + (r.Weekly ? WeeklySuffix : DailySuffix));
        // A schedule is the visits it adds up to, and how: "12 sessions (2 a week for 6 weeks)" (see SameValue). A plan in
        // steps ("1x/week x 2 weeks then 2x/week x 5 weeks") is no one schedule, and none of its steps is read.
        List<string>? schedules = null;
        for (var found = ScheduleScan.Next(text, start); found is { } s; found = ScheduleScan.Next(text, s.End))
        {
            if (IsStep(text, start, s.Start, s.End)) return (IReadOnlyList<string>?)counts ?? None;
            if (!IsPastOrLimit(text, start, s.Start, s.End))
                AddOnce(ref schedules, string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} sessions" + ScheduleMark + "{1} a week for {2} weeks)",
                    s.PerWeek * s.Weeks, s.PerWeek, s.Weeks));
        }
        if (schedules is not null) foreach (var schedule in schedules) AddOnce(ref counts, schedule);
        return (IReadOnlyList<string>?)counts ?? None;
    }

    /// <summary>What parts a schedule's visits from how it gives them: "12 sessions (2 a week for 6 weeks)".</summary>
    private const string ScheduleMark = " (";

    /// <summary>Whether the schedule text[scheduleStart, scheduleEnd) is a step of a plan: "then" or "followed by" just before or after it.</summary>
    private static bool IsStep(string text, int from, int scheduleStart, int scheduleEnd)
    {
        var after = TextScan.SkipSpaces(text, scheduleEnd, text.Length);
        if (after < text.Length && text[after] == ',') after = TextScan.SkipSpaces(text, after + 1, text.Length);
        if (TextScan.WholeWordAt(text, after, StepWords) >= 0) return true;
        var before = TextScan.LastShownBefore(text, scheduleStart);
        if (before >= 0 && text[before] == ',') before = TextScan.LastShownBefore(text, before);
        return TextScan.EndsWithWord(text, from, before + 1, "then") || TextScan.EndsWithWord(text, from, before + 1, "followed by");
    }

    private static readonly string[] StepWords = { "then", "followed" };

    /// <summary>A count's number in digits, however it is written ("six" is "6").</summary>
    private static string Number(string text, int start, int end)
        => !IsDigit(text[start]) && QuantityScan.NumberWordEnd(text, start, out var value) >= 0
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : text.Substring(start, end - start);

    /// <summary>Words among the four before a count that make it what was had or what is allowed, not what is asked.</summary>
    private static readonly string[] PastOrLimitBefore =
    {
        "completed", "complete", "attended", "had", "undergone", "underwent", "received", "already", "prior", "previous", "previously",
        "allow", "allows", "allowed", "recommend", "recommends", "recommended", "maximum", "guideline", "guidelines",
        "certified", "authorized", "approved", "those", "beyond",
    };

    /// <summary>
    /// Words before a count, besides <see cref="PastOrLimitBefore"/>, that make it a past or running total ("After 11
    /// refills", "bringing the total to 26 visits"); before a side they do not ("after right knee arthroscopy").
    /// </summary>
    private static readonly string[] CountHistoryBefore = { "after", "bringing", "brings", "brought" };

    private static readonly string[][] PastOrLimitBeforeByLength = RulePredicates.ByLength(PastOrLimitBefore);

    /// <summary>The words before a count that make it one had or allowed: both lists above, looked up in one walk.</summary>
    private static readonly string[][] CountPastOrLimitBeforeByLength = RulePredicates.ByLength(Concat(PastOrLimitBefore, CountHistoryBefore));

    private static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }

    /// <summary>
    /// Words right after a count that make it what was had, or one supposed: "10 sessions to date", "11 refills have already
    /// been dispensed", "Twelve sessions would exceed the guidelines".
    /// </summary>
    private static readonly string[] PastAfter =
    {
        "already", "previously", "have", "has", "had", "were", "was", "completed", "attended", "authorized", "certified",
        "approved", "dispensed", "received", "since", "would", "could", "might", "exceed", "exceeds", "exceeding",
    };

    /// <summary>Whether the count text[countStart, countEnd) is one had or allowed (see <see cref="Counts_"/>).</summary>
    private static bool IsPastOrLimit(string text, int from, int countStart, int countEnd)
    {
        if (HasWordBefore(text, from, countStart, CountPastOrLimitBeforeByLength)) return true;
        var next = TextScan.SkipSpaces(text, countEnd, text.Length);
        if (TextScan.WholeWordAt(text, next, PastAfter) >= 0) return true;
        // "to date", but not "to the lumbar spine".
        return TextScan.CaselessAt(text, next, text.Length, "to") && TextScan.SkipRequiredSpaces(text, next + 2, text.Length) is var date and >= 0
               && TextScan.CaselessAt(text, date, text.Length, "date") && TextScan.IsBoundary(text, date + 4, 0, text.Length);
    }

    private static void AddOnce(ref List<string>? values, string value)
    {
        values ??= new List<string>();
        if (!values.Contains(value)) values.Add(value);
    }

    private const string RefillsSuffix = " refills";

    /// <summary>How a number of hours is kept, however it was written ("160 hrs" is "160 hours").</summary>
    private const string HoursSuffix = " hours";

    /// <summary>How a number of days is kept, however it was written ("30-day" is "30 days").</summary>
    private const string DaysSuffix = " days";

    /// <summary>How a rate's period is kept after its hours or days ("8 hrs/day" is "8 hours a day", "5 days per week" "5 days a week").</summary>
    private const string DailySuffix = " a day", WeeklySuffix = " a week";

    /// <summary>Whether a value is a count of visits as written ("12 sessions", "1 visit", "12 sessions (2 a week for 6 weeks)").</summary>
    private static bool IsVisitCount(string value)
        => value.IndexOf(' ') is var space and > 0
           && (string.CompareOrdinal(value, space, " session", 0, 8) == 0 || string.CompareOrdinal(value, space, " visit", 0, 6) == 0
               || string.CompareOrdinal(value, space, " injection", 0, 10) == 0);

    /// <summary>
    /// Whether two values are the same: a count of visits is its number, however its visits are called, and however a
    /// schedule gives them ("2x6" is "12 sessions"); two schedules are the same only as a week's visits and weeks both
    /// agree ("3x4" is not "2x6").
    /// </summary>
    private static bool SameValue(string a, string b)
        => a == b || IsVisitCount(a) && IsVisitCount(b) && !(IsSchedule(a) && IsSchedule(b))
           && a.IndexOf(' ') is var digits && digits == b.IndexOf(' ') && string.CompareOrdinal(a, 0, b, 0, digits) == 0;

    private static bool IsSchedule(string value) => value.IndexOf(ScheduleMark, StringComparison.Ordinal) >= 0;

    /// <summary>A description of what the other text names differently, or null if nothing conflicts.</summary>
    public string? Conflicts(ItemFacts named)
    {
        // Loops, not LINQ: this runs for every item whose conclusion names a dose or quantity, and most agree.
        List<string>? conflicting = null;
        // A strength in percent (a 5% patch) and a weight are doses of two kinds: "a 50% reduction in pain" is no dose
        // of Ibuprofen 800mg.
        AddMissing(named.Doses, Doses, ValueKind.Percent, ref conflicting);
        // A combined dose may be named by its parts: "hydrocodone 10mg/acetaminophen 325mg" is Norco's "10/325mg".
        if (!NamesCombinedByParts(Doses, named.Doses)) AddMissing(WithoutPartsOf(Doses, named.Doses), Doses, ValueKind.Weight, ref conflicting);
        AddMissing(named.Quantities, Quantities, ValueKind.Any, ref conflicting);
        // Visits and refills are counts of two kinds: "completed 10 sessions" is no refill of "#90 with 2 refills".
        AddMissing(named.Counts, Counts, ValueKind.Visits, ref conflicting);
        AddMissing(named.Counts, Counts, ValueKind.Refills, ref conflicting);
        // Hours are a program's length, a third kind: "80 hours" is no count of the sessions they are given in.
        AddMissing(named.Counts, Counts, ValueKind.Hours, ref conflicting);
        // Days are a rental's, trial's or stay's length, a fourth: "a 30-day trial" is no count of "2 refills".
        AddMissing(named.Counts, Counts, ValueKind.Days, ref conflicting);
        // Rates are how much a day or a week, one kind for each ("4 hours a day" is no week's hours, nor "5 days a week").
        AddMissing(named.Counts, Counts, ValueKind.HoursADay, ref conflicting);
        AddMissing(named.Counts, Counts, ValueKind.HoursAWeek, ref conflicting);
        AddMissing(named.Counts, Counts, ValueKind.DaysAWeek, ref conflicting);
        // A side and a spinal level are places of two kinds: "left leg" pain is no level of an injection at L4-5.
        AddMissing(named.Sites, Sites, ValueKind.Side, ref conflicting);
        AddMissing(named.Sites, Sites, ValueKind.Level, ref conflicting);
        // A region is a third: "cervical spine" under a lumbar MRI, "knee" under a shoulder's therapy.
        AddMissing(named.Sites, Sites, ValueKind.Region, ref conflicting);
        // An imaging study is a kind of its own: "a CT" under an MRI's heading.
        AddMissing(named.Studies, Studies, ValueKind.Any, ref conflicting);
        return conflicting is null ? null : string.Join(" ", conflicting);
    }

    /// <summary>
    /// The named doses less those that are one part of a combined dose of the item's, with its unit: "hydrocodone 10mg"
    /// names Norco 10/325mg's opioid, as letters often do (medicines.imr), and "tramadol 37.5mg" Ultracet 37.5/325mg's. A
    /// part neither decides that the text is about the item nor conflicts with it ("7.5mg/325mg" still names 7.5mg).
    /// </summary>
    private static IReadOnlyList<string> WithoutPartsOf(IReadOnlyList<string> own, IReadOnlyList<string> named)
    {
        List<string>? kept = null;
        for (var i = 0; i < named.Count; i++)
        {
            if (IsPartOfCombined(own, named[i])) kept ??= Take(named, i);
            else kept?.Add(named[i]);
        }
        return (IReadOnlyList<string>?)kept ?? named;

        static List<string> Take(IReadOnlyList<string> values, int count)
        {
            var list = new List<string>(values.Count);
            for (var i = 0; i < count; i++) list.Add(values[i]);
            return list;
        }
    }

    /// <summary>Whether a dose ("10mg") is one part, with its unit, of a combined dose of the item's ("10/325mg").</summary>
    private static bool IsPartOfCombined(IReadOnlyList<string> own, string dose)
    {
        foreach (var combined in own)
            if (PartsOf(combined) is { } parts && (dose == parts.First || dose == parts.Second)) return true;
        return false;
    }

    /// <summary>Whether the named doses hold both parts of a combined dose of the item's, each with its unit ("10mg" and "325mg" of "10/325mg").</summary>
    private static bool NamesCombinedByParts(IReadOnlyList<string> own, IReadOnlyList<string> named)
    {
        foreach (var dose in own)
            if (PartsOf(dose) is { } parts && Contains(named, parts.First) && Contains(named, parts.Second)) return true;
        return false;
    }

    /// <summary>The two parts of a combined dose, each with the unit ("10/325mg" is "10mg" and "325mg"), or null for another dose.</summary>
    private static (string First, string Second)? PartsOf(string dose)
    {
        var slash = dose.IndexOf('/');
        if (slash <= 0) return null;
        var unitStart = dose.Length;
        while (unitStart > slash + 1 && !IsDigit(dose[unitStart - 1])) unitStart--;
        if (unitStart == dose.Length || unitStart == slash + 1) return null;
        var unit = dose.Substring(unitStart);
        return (dose.Substring(0, slash) + unit, dose.Substring(slash + 1, unitStart - slash - 1) + unit);
    }

    private enum ValueKind { Any, Percent, Weight, Visits, Refills, Hours, Days, HoursADay, HoursAWeek, DaysAWeek, Side, Level, Region }

    private static bool IsOfKind(string value, ValueKind kind) => kind switch
    {
        ValueKind.Any => true,
        ValueKind.Visits => IsVisitCount(value),
        ValueKind.Refills => value.EndsWith(RefillsSuffix, StringComparison.Ordinal),
        ValueKind.Hours => value.EndsWith(HoursSuffix, StringComparison.Ordinal),
        ValueKind.Days => value.EndsWith(DaysSuffix, StringComparison.Ordinal),
        ValueKind.HoursADay => value.EndsWith(HoursSuffix + DailySuffix, StringComparison.Ordinal),
        ValueKind.HoursAWeek => value.EndsWith(HoursSuffix + WeeklySuffix, StringComparison.Ordinal),
        ValueKind.DaysAWeek => value.EndsWith(DaysSuffix + WeeklySuffix, StringComparison.Ordinal),
        ValueKind.Side => value is "right" or "left" or "bilateral",
        ValueKind.Level => value.Length > 0 && char.IsUpper(value[0]),
        ValueKind.Region => BodySiteScan.IsRegionName(value),
        _ => value.EndsWith("%", StringComparison.Ordinal) == (kind == ValueKind.Percent),
    };

    /// <summary>
    /// Adds the named values of <paramref name="kind"/> this item lacks, when it has values of that kind and the text
    /// names none of them. A text that names the item's own dose (or quantity) is about this item, whatever else it
    /// names beside it: "Norco 10/325mg #120 is not necessary given a morphine equivalent dose of 180 mg", "#120 ...
    /// however, #60 would allow weaning".
    /// </summary>
    private static void AddMissing(IReadOnlyList<string> named, IReadOnlyList<string> own, ValueKind kind, ref List<string>? conflicting)
    {
        var hasKind = false;
        for (var i = 0; i < own.Count && !hasKind; i++) hasKind = IsOfKind(own[i], kind);
        if (!hasKind) return;
        for (var i = 0; i < named.Count; i++)
            if (IsOfKind(named[i], kind) && Contains(own, named[i])) return;
        for (var i = 0; i < named.Count; i++)
            if (IsOfKind(named[i], kind) && !Contains(own, named[i])) (conflicting ??= new List<string>()).Add(named[i]);
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
            if (SameValue(values[i], value)) return true;
        return false;
    }

    /// <summary>An item key that ignores case, spacing and dose notation ("10 mg" = "10mg").</summary>
    public static string NormalizeKey(string service)
    {
        // One pass into one buffer (this runs for every item of every letter): a digit, white space, then a unit loses the
        // white space ("10 mg" is "10mg"); any other run of white space is one space, and none at either end.
        var text = service.ToLowerInvariant();
        var key = new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) key[length++] = ' ';
            pendingSpace = false;
            key[length++] = c;
            if (IsDigit(c) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                var unitStart = i + 1;
                while (unitStart < text.Length && char.IsWhiteSpace(text[unitStart])) unitStart++;
                var unitEnd = UnitAt(text, unitStart);
                if (unitEnd > unitStart)
                {
                    for (var u = unitStart; u < unitEnd; u++) key[length++] = text[u];
                    i = unitEnd - 1;
                }
            }
        }
        return new string(key, 0, length);
    }
}
