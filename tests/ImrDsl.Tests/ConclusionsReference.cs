using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Tests;

/// <summary>
/// Conclusions' search written plainly (every sentence of the window read, a lower-casing call per character, a
/// character-by-character walk back to each sentence's start, every phrase sought through the whole sentence), so that
/// property tests can hold the faster search to its answers. How a sentence is taken apart (its main clause, a denied
/// claim, whether it qualifies, which phrases are decisive) it asks <see cref="Conclusions"/> itself, and so does it for
/// what a sentence is about (the item's words and doses, advice, a judged decision, misspellings): the property holds the
/// search's order and shortcuts to this reference, while the tables in ImrDsl.Domain.Tests hold those classifiers.
/// </summary>
internal static class ConclusionsReference
{
    public static Conclusion? Search(string rationale, IReadOnlyList<OutcomePhrases> members, string? service = null)
    {
        var itemWords = service is null ? null : Conclusions.ItemWords(service);
        var doseWords = service is null ? null : Conclusions.DoseWords(service);
        // Every closing sentence the search may read, each searched once for its longest decisive and general phrase.
        var sentences = new List<Sentence>(Conclusions.FarSentences);
        var end = rationale.Length;
        for (var n = 0; n < Conclusions.FarSentences && end > 0; n++)
        {
            var start = SentenceOrClauseStart(members, rationale, end);
            sentences.Add(Read(members, rationale, start, end, itemWords, doseWords, service));
            end = start;
        }
        var near = sentences.Take(Conclusions.NearSentences).ToList();
        var far = sentences.Skip(Conclusions.NearSentences).ToList();
        // A general sentence that facts follow (neither a note nor a verdict) is reasoning, unless it reads as a verdict.
        bool Concludes(Sentence s) => s.ReadsAsVerdict || !near.TakeWhile(t => t != s).Any(t => !t.Note && t.Decisive is null && t.General is null);
        Conclusion Conclude(Sentence sentence, OutcomePhrases member)
            => new(member.Member, member.Display, rationale.Substring(sentence.Start, sentence.End - sentence.Start).Trim().TrimEnd(';', ' ', '\t', '\r', '\n'));
        // The latest decisive sentence near the end, unless it is put aside: a note, when an earlier one that is not reads as
        // a verdict (or stands just before a note on tapering); advice on another treatment, when an earlier decisive
        // verdict, or a general one near the end, is plainly on the request.
        static bool Aside(Sentence s) => s.Note || s.OnAnother || s.Conditional || s.BeyondTheRequest;
        var latest = near.FindIndex(s => s.Decisive is not null);
        if (latest >= 0)
        {
            var verdict = near[latest];
            // A general verdict after it that names the request outranks a decisive sentence that reads as no verdict, and
            // one that agrees with it is the last word on the item unless it names none of the item's words.
            if (!Aside(verdict)
                && near.Take(latest).FirstOrDefault(s => s.General is not null && !Aside(s) && !s.SpeaksOfTaperingAtAll && (s.NamesRequest || s.NamesDose)) is { } onRequest
                && (!verdict.ReadsAsVerdict || onRequest.General == verdict.Decisive && !onRequest.SpeaksOfAnotherItem))
                return Conclude(onRequest, onRequest.General!);
            var before = latest + 1 < sentences.Count ? sentences[latest + 1] : null;
            // Advice on another treatment yields only to a verdict plainly on the request.
            var rival = !Aside(verdict) ? null
                : verdict is { OnAnother: true, Note: false } ? sentences.Skip(latest + 1).FirstOrDefault(s => s.Decisive is not null && !Aside(s)
                    && (s.OnTheRequest && (s == before || s.OpensAsConclusion) || verdict.Conditional && s == before && (s.ReadsAsVerdict || s.NamesItem)))
                : (verdict.Tapers || (verdict.Conditional || verdict.BeyondTheRequest || verdict.Note && !verdict.OpensAsCaveat) && before is { NamesItem: true }) && before is { Decisive: not null } && !Aside(before) ? before
                : sentences.Skip(latest + 1).FirstOrDefault(s => s.Decisive is not null && !Aside(s) && s.ReadsAsVerdict);
            if (rival is not null) return Conclude(rival, rival.Decisive!);
            // A note yields to a plain general verdict on the item after it.
            if (verdict is { Note: true, Tapers: false }
                && near.Take(latest).FirstOrDefault(s => s.General is not null && (!s.Note || s.AsksForMore) && !s.OnAnother && !s.Hedged && (s.ReadsAsVerdict || !s.SpeaksOfAnotherItem)) is { } plainAfterNote)
                return Conclude(plainAfterNote, plainAfterNote.General!);
            if (verdict is { OnAnother: true, Note: false }
                && near.Where((s, n) => n != latest && (n < latest || n == latest + 1 || s.OpensAsConclusion)).FirstOrDefault(s => s.General is not null && !s.Note && s.OnTheRequest) is { } general)
                return Conclude(general, general.General!);
            // A condition for the future decides nothing.
            if (!verdict.Conditional) return Conclude(verdict, verdict.Decisive!);
        }
        // Further back, one that reads as a verdict, unless a general verdict near the end does.
        if (!near.Any(s => s.General is not null && !Aside(s) && s.ReadsAsVerdict) && far.FirstOrDefault(s => s.Decisive is not null && !Aside(s) && s.ReadsAsVerdict) is { } named)
            return Conclude(named, named.Decisive!);
        // Advice on another treatment just after a general verdict on the request is put aside at first, as a note is.
        bool AdviceAfterVerdict(Sentence s)
            => s.OnAnother && near.IndexOf(s) + 1 < near.Count && near[near.IndexOf(s) + 1] is { General: not null, ReadsAsVerdict: true, Note: false };
        if (near.FirstOrDefault(s => s.General is not null && !s.Conditional && !s.Note && !s.BeyondTheRequest && !AdviceAfterVerdict(s) && Concludes(s)) is { } plain)
            return Conclude(plain, plain.General!);
        if (near.FirstOrDefault(s => s.General is not null && !s.Conditional && Concludes(s)) is { } anyGeneral)
            // A note yields to a plain verdict on the item further back.
            return anyGeneral.Note && far.FirstOrDefault(s => s.Decisive is not null && !Aside(s)) is { OnTheRequest: true } back
                ? Conclude(back, back.Decisive!) : Conclude(anyGeneral, anyGeneral.General!);
        return far.FirstOrDefault(s => s.Decisive is not null && !Aside(s)) is { } any ? Conclude(any, any.Decisive!) : null;
    }

    /// <summary>
    /// One sentence as the search reads it: a denied claim for the other member, the main clause without its aside (and a
    /// decisive verdict in the aside when the rest holds none), then the whole sentence. Which clause is main, which claim denied and which sentence qualifies are asked of
    /// <see cref="Conclusions"/>.
    /// </summary>
    private static Sentence Read(IReadOnlyList<OutcomePhrases> members, string rationale, int start, int end, string[]? itemWords, string[]? doseWords, string? service)
    {
        var whole = Normalize(rationale, start, end);
        var (read, kind, decisive, general) = ReadMain(members, rationale, start, end, whole, Conclusions.MainClause(rationale, start, end));
        // Without a decisive verdict once the reasons are left out, the sentence is read with them.
        if (decisive is null)
        {
            var withReasons = Conclusions.MainClause(rationale, start, end, leaveOutReasons: false);
            if (withReasons != Conclusions.MainClause(rationale, start, end)) (read, kind, decisive, general) = ReadMain(members, rationale, start, end, whole, withReasons);
        }
        kind ??= read;
        var namesRequest = Conclusions.NamesTheRequest(whole);
        // Given the item, a verdict that does not read as the request's may speak of another treatment.
        return new Sentence(start, end, Conclusions.IsNote(whole, kind, namesRequest), Conclusions.ReadsAsVerdict(whole, namesRequest),
            Conclusions.SpeaksOfTapering(kind, namesRequest), decisive, general)
        {
            OnAnother = itemWords is not null && !Conclusions.ReadsAsVerdict(whole, namesRequest) && !Conclusions.NamesDose(whole, doseWords!)
                        && Conclusions.IsAdvice(whole) && Conclusions.SpeaksOfAnother(whole, itemWords),
            OnTheRequest = itemWords is not null && (namesRequest || Conclusions.NamesDose(whole, doseWords!)) && !Conclusions.IsNoteWhateverItOpens(whole, whole, namesRequest),
            OpensAsConclusion = itemWords is not null && Conclusions.OpensAsConclusion(whole),
            NamesRequest = namesRequest,
            SpeaksOfTaperingAtAll = Conclusions.SpeaksOfTapering(whole, namesRequest: false),
            SpeaksOfAnotherItem = itemWords is not null && Conclusions.SpeaksOfAnother(whole, itemWords),
            NamesDose = doseWords is not null && Conclusions.NamesDose(whole, doseWords),
            Hedged = Conclusions.IsHedged(whole),
            AsksForMore = itemWords is not null && Conclusions.AsksForMoreOfTheItem(whole, itemWords),
            Conditional = Conclusions.IsConditional(whole),
            BeyondTheRequest = itemWords is not null && Conclusions.SpeaksBeyondTheRequest(whole, itemWords) && !Conclusions.AsksForMore(service!),
            NamesItem = itemWords is not null && Conclusions.NamesTheItem(whole, itemWords),
            OpensAsCaveat = Conclusions.OpensAsCaveat(whole),
        };
    }

    private static (string Read, string? Kind, OutcomePhrases? Decisive, OutcomePhrases? General) ReadMain(IReadOnlyList<OutcomePhrases> members, string rationale,
        int start, int end, string whole, (int Start, int End, int AsideStart, int AsideEnd, bool Interjection) main)
    {
        var (mainStart, mainEnd, asideStart, asideEnd, interjection) = main;
        OutcomePhrases? decisive = null, general = null;
        var read = whole;
        string? kind = null;
        OutcomePhrases? Opposite(OutcomePhrases? member) => member is null ? null : members.First(m => !ReferenceEquals(m, member));
        // A verdict on the decision that ends the main clause ("... is overturned") decides it.
        if (Conclusions.DecisionVerbEnding(rationale, mainStart, mainEnd) is { } ruling && Longest(members, ruling).Decisive is { } ruled)
            decisive = ruled;
        // A decision judged as a whole: what it claimed when sound, the other member when not; the review's, a denial.
        else if (members.Count == 2 && Conclusions.JudgedDecision(rationale, mainStart, mainEnd) is { } judged
                 && (Longest(members, judged.Decision) is var (cd, cg) && (cd ?? cg) is { } claimed ? judged.Sound ? claimed : Opposite(claimed)
                     : judged.ByReview ? Longest(members, judged.Sound ? " is upheld " : " is overturned ").Decisive : null) is { } verdict)
            decisive = verdict;
        else if (members.Count == 2 && Conclusions.NegatedClaimStart(rationale, mainStart, mainEnd) is var claim and >= 0)
        {
            // Denied unless the words before "that" give a verdict of their own that differs (their denial of another's
            // decision is none).
            var own = Normalize(rationale, mainStart, claim);
            var (ownDecisive, ownGeneral) = Conclusions.DeniesADecision(own) ? (null, null) : Longest(members, own);
            var (d, g) = Longest(members, Normalize(rationale, claim, mainEnd));
            if (ownDecisive is null && ownGeneral is null || (ownDecisive ?? ownGeneral) == (Opposite(d) ?? Opposite(g)))
                (read, decisive, general) = (Normalize(rationale, claim, mainEnd), Opposite(d), Opposite(g));
        }
        if (decisive is null && general is null && (mainStart != start || mainEnd != end || asideStart >= 0))
        {
            read = Normalize(rationale, mainStart, mainEnd, asideStart, asideEnd);
            (decisive, general) = Longest(members, read);
            // Whether it is a note or speaks of tapering is read with an interjection kept ("for weaning purposes").
            if (interjection) kind = Normalize(rationale, mainStart, mainEnd);
            // A decisive verdict inside the aside counts when the main clause holds only a general one.
            if (decisive is null && asideStart >= 0) decisive = Longest(members, Normalize(rationale, mainStart, mainEnd)).Decisive;
        }
        if (decisive is null && general is null)
        {
            (read, kind) = (whole, null);
            (decisive, general) = Longest(members, whole);
        }
        return (read, kind, decisive, general);
    }

    private static (OutcomePhrases? Decisive, OutcomePhrases? General) Longest(IReadOnlyList<OutcomePhrases> members, string sentence)
    {
        OutcomePhrases? decisive = null, general = null;
        int decisiveLength = 0, generalLength = 0;
        foreach (var group in Groups.GetValue(members, PhraseGroup.Of))
        {
            // Phrases are grouped by their last word: a sentence without it holds none of them.
            if (sentence.IndexOf(group.LastWord, StringComparison.Ordinal) < 0) continue;
            foreach (var phrase in group.Phrases)
            {
                if (phrase.Text.Length <= (phrase.Strong ? decisiveLength : generalLength) || sentence.IndexOf(phrase.Text, StringComparison.Ordinal) < 0) continue;
                if (phrase.Strong) (decisive, decisiveLength) = (phrase.Member, phrase.Text.Length);
                else (general, generalLength) = (phrase.Member, phrase.Text.Length);
            }
        }
        if (decisive is null && general is null)
        {
            // A phrase that ends with a full stop is a verdict only as the whole sentence, after at most one concluding word.
            var opening = Concluding.FirstOrDefault(word => sentence.StartsWith(" " + word + " ", StringComparison.Ordinal) && sentence.Length > word.Length + 2);
            var rest = opening is null ? sentence : sentence.Substring(opening.Length + 1);
            foreach (var member in members)
            foreach (var phrase in member.Phrases.Where(IsWholeSentence).Select(Normalize))
                if (rest == phrase) return Conclusions.IsDecisive(phrase) ? (member, null) : (null, member);
        }
        return (decisive, general);
    }

    private static readonly string[] Concluding = { "therefore", "thus", "hence", "as such", "accordingly", "consequently", "in conclusion", "in summary" };

    private static bool IsWholeSentence(string phrase) => phrase.TrimEnd().EndsWith('.') && !phrase.TrimEnd().EndsWith("...");

    /// <summary>One of the closing sentences: where it is, whether it is a note or reads as a verdict, and the member of its longest phrase of each kind.</summary>
    private sealed record Sentence(int Start, int End, bool Note, bool ReadsAsVerdict, bool Tapers, OutcomePhrases? Decisive, OutcomePhrases? General)
    {
        public bool OnAnother { get; init; }

        public bool Conditional { get; init; }

        public bool BeyondTheRequest { get; init; }

        public bool NamesItem { get; init; }

        public bool OnTheRequest { get; init; }

        public bool OpensAsConclusion { get; init; }

        public bool NamesRequest { get; init; }

        public bool SpeaksOfTaperingAtAll { get; init; }

        public bool NamesDose { get; init; }

        public bool Hedged { get; init; }

        public bool AsksForMore { get; init; }

        public bool SpeaksOfAnotherItem { get; init; }

        public bool OpensAsCaveat { get; init; }
    }


    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<OutcomePhrases>, PhraseGroup[]> Groups = new();

    /// <summary>A normalized phrase of a member, and whether it speaks of necessity or certification (see <see cref="Conclusions.IsDecisive"/>).</summary>
    private sealed record Phrase(OutcomePhrases Member, string Text, bool Strong);

    /// <summary>An outcome enum's phrases that end in the same word; computed once per enum.</summary>
    private sealed class PhraseGroup(string lastWord)
    {
        public string LastWord { get; } = lastWord;
        public List<Phrase> Phrases { get; } = new();

        public static PhraseGroup[] Of(IReadOnlyList<OutcomePhrases> members)
        {
            var groups = new List<PhraseGroup>();
            foreach (var member in members)
            foreach (var phrase in member.Phrases.Where(p => !IsWholeSentence(p)).Select(Normalize))
            {
                var trimmed = phrase.TrimEnd();
                var lastWord = trimmed.Substring(trimmed.LastIndexOf(' ') + 1) + " ";
                lastWord = " " + lastWord.TrimStart();
                var group = groups.Find(g => g.LastWord == lastWord);
                if (group is null) groups.Add(group = new PhraseGroup(lastWord));
                group.Phrases.Add(new Phrase(member, phrase, Conclusions.IsDecisive(phrase)));
            }
            return groups.ToArray();
        }
    }

    public static string LastSentence(string rationale)
        => rationale.Substring(SentenceStart(rationale, rationale.Length)).Trim();

    /// <summary>
    /// Where the sentence or clause that ends at <paramref name="end"/> starts: after the last semicolon before its own
    /// closing mark that white space follows, outside quotation marks and brackets, where the rest holds a verdict; else
    /// where the sentence starts.
    /// </summary>
    private static int SentenceOrClauseStart(IReadOnlyList<OutcomePhrases> members, string text, int end)
    {
        var sentence = SentenceStart(text, end);
        var last = end - 1;
        while (last > sentence && char.IsWhiteSpace(text[last])) last--;
        // Every semicolon before the clause's own closing mark that white space follows, outside quotation marks and brackets.
        var parts = Enumerable.Range(sentence, Math.Max(0, last - sentence)).Where(i =>
        {
            if (text[i] != ';' || !char.IsWhiteSpace(text[i + 1])) return false;
            var before = text[sentence..i];
            var depth = 0;
            foreach (var c in before) depth = c == '(' ? depth + 1 : c == ')' ? Math.Max(0, depth - 1) : depth;
            return before.Count(c => c is '"' or '\u201C' or '\u201D') % 2 == 0 && depth == 0;
        }).ToList();
        // The last that opens a clause with a verdict, among the last few.
        for (var k = parts.Count - 1; k >= Math.Max(0, parts.Count - Conclusions.MostClauses); k--)
        {
            var start = parts[k] + 1;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            var clauseEnd = k + 1 < parts.Count ? parts[k + 1] : end;
            if (start >= clauseEnd) continue;
            var (decisive, general) = Longest(members, Normalize(text, start, clauseEnd));
            if (decisive is not null || general is not null) return start;
        }
        return sentence;
    }

    /// <summary>
    /// Where the sentence that ends at <paramref name="end"/> starts: after the previous '.', '!' or '?' that is
    /// followed by white space and a capital letter or '(' (so "10.5 mg" and "e.g. this" do not end sentences), and is
    /// not a title's ("Dr. Lee", asked of <see cref="Conclusions.AfterTitle"/>).
    /// </summary>
    private static int SentenceStart(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        i--; // the sentence's own closing mark
        for (; i >= 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            if (j >= end || !char.IsWhiteSpace(text[j]) || Conclusions.AfterTitle(text, i)) continue;
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            if (j < end && (char.IsUpper(text[j]) || text[j] == '(')) return j;
        }
        return 0;
    }

    /// <summary>Lower-case words padded with spaces, so phrases match whole words whatever punctuation is around them.</summary>
    public static string Normalize(string text) => Normalize(text, 0, text.Length);

    private static string Normalize(string text, int start, int end, int skipStart = -1, int skipEnd = -1)
    {
        // Quoted text is left out, unless the quotes do not pair up (then nothing can be told apart).
        var quotes = 0;
        for (var i = start; i < end; i++)
            if (IsDoubleQuote(text[i])) quotes++;
        var skipQuoted = quotes >= 2 && quotes % 2 == 0;
        var quoted = false;

        var buffer = new char[end - start + 2];
        var length = 0;
        buffer[length++] = ' ';
        for (var i = start; i < end; i++)
        {
            // An aside left out reads as a word break.
            if (i >= skipStart && i < skipEnd)
            {
                if (buffer[length - 1] != ' ') buffer[length++] = ' ';
                continue;
            }
            var c = char.ToLowerInvariant(text[i]);
            if (skipQuoted && IsDoubleQuote(c))
            {
                quoted = !quoted;
                if (buffer[length - 1] != ' ') buffer[length++] = ' ';
                continue;
            }
            if (quoted) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '%' or '#' or '/' or '-') buffer[length++] = c;
            else if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        }
        if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        // Words a converter glued together, also where a line-end hyphen was joined afterwards ("notme-" / "dically").
        var normalized = Respelled(new string(buffer, 0, length));
        return WithoutLinkingAdverbs(Conclusions.SplitGluedWords(normalized)); // every sentence: the pre-test is the code's, not the reference's
    }

    /// <summary>Every misspelled word put right, as a whole word.</summary>
    private static string Respelled(string normalized)
    {
        foreach (var (misspelled, right) in Conclusions.Misspellings)
            normalized = normalized.Replace($" {misspelled} ", $" {right} ").Replace($" {misspelled} ", $" {right} ");
        return normalized;
    }

    /// <summary>Every linking adverb after the first word left out, with the space after it.</summary>
    private static string WithoutLinkingAdverbs(string normalized)
    {
        var words = normalized.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return normalized;
        var kept = words.Take(1).Concat(words.Skip(1).Where(w => !Conclusions.LinkingAdverbs.Contains(w)));
        return " " + string.Join(" ", kept) + " ";
    }

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
