using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Tests;

/// <summary>
/// Conclusions' search as it was before issue 10 made it cheaper (sentence by sentence to the third, a lower-casing call
/// per character, a character-by-character walk back to each sentence's start), kept verbatim so that property tests
/// can hold the faster search to its answers. What the search did not change (which sentences are caveats, which
/// phrases are decisive) it asks <see cref="Conclusions"/> itself.
/// </summary>
internal static class ConclusionsReference
{
    public static Conclusion? Search(string rationale, IReadOnlyList<OutcomePhrases> members)
    {
        // Each of the last three sentences is searched once for its longest decisive and its longest general phrase.
        // Classes and arrays here, not lists of tuples: the framework's code for lists of structs is compiled at every start.
        var sentences = new List<Sentence>(3);
        var end = rationale.Length;
        for (var n = 0; n < 3 && end > 0; n++)
        {
            var start = SentenceStart(rationale, end);
            var sentence = Normalize(rationale, start, end);
            // The main clause first (which clause is main is asked of Conclusions), then the whole sentence.
            var (mainStart, mainEnd) = Conclusions.MainClause(rationale, start, end);
            var (decisive, general) = Longest(members, Normalize(rationale, mainStart, mainEnd));
            if (decisive is null && general is null) (decisive, general) = Longest(members, sentence);
            sentences.Add(new Sentence(start, end, Conclusions.IsCaveat(sentence), decisive, general));
            end = start;
        }
        foreach (var strong in new[] { true, false })
        foreach (var skipCaveats in new[] { true, false })
        {
            foreach (var sentence in sentences)
            {
                if (skipCaveats && sentence.Caveat) continue;
                if ((strong ? sentence.Decisive : sentence.General) is { } best)
                    return new Conclusion(best.Member, best.Display, rationale.Substring(sentence.Start, sentence.End - sentence.Start).Trim());
            }
        }
        return null;
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
        return (decisive, general);
    }

    /// <summary>One of the closing sentences: where it is, whether it qualifies, and the member of its longest phrase of each kind.</summary>
    private sealed record Sentence(int Start, int End, bool Caveat, OutcomePhrases? Decisive, OutcomePhrases? General);

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
            foreach (var phrase in member.Phrases.Select(Normalize))
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
    /// Where the sentence that ends at <paramref name="end"/> starts: after the previous '.', '!' or '?' that is
    /// followed by white space and a capital letter or '(' (so "10.5 mg" and "e.g. this" do not end sentences).
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
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            if (j < end && (char.IsUpper(text[j]) || text[j] == '(')) return j;
        }
        return 0;
    }

    /// <summary>Lower-case words padded with spaces, so phrases match whole words whatever punctuation is around them.</summary>
    public static string Normalize(string text) => Normalize(text, 0, text.Length);

    private static string Normalize(string text, int start, int end)
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
        var normalized = new string(buffer, 0, length);
        return Conclusions.SplitGluedWords(normalized); // every sentence: the pre-test is the code's, not the reference's
    }

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
