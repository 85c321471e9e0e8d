using System.Runtime.CompilerServices;
using ImrDsl.Runtime;

namespace ImrDsl.Text;

/// <summary>
/// Which members of an enum of item names (a medicine by its generic and its brand names) a text mentions, as IMR004
/// compares them between an item's heading and its conclusion. A brand of several medicines ("Norco": hydrocodone and
/// acetaminophen) is listed under each of them, and names joined by a slash, a dash, a plus, "and" or a bracket
/// ("Hydrocodone/APAP", "Percocet (oxycodone/acetaminophen)") are one mention of all they name.
/// </summary>
internal sealed class ItemNameScan
{
    /// <summary>
    /// Each name's words, in lower case, under the hash of its first word (<see cref="Hash"/>); longest first, so "ms
    /// contin" is tried before a name of one word. A text's words are looked up by their hash, with no copy of each.
    /// </summary>
    private readonly Dictionary<int, List<Name>> _byFirstWord = new();

    /// <summary>Names of one word of letters only, by their initial: what a misspelt word is compared with (<see cref="MisspeltNameAt"/>).</summary>
    private readonly Dictionary<char, List<Name>> _oneWordByInitial = new();

    private sealed class Name(string[] words, int member, bool generic)
    {
        public string[] Words { get; } = words;
        public int Member { get; } = member;

        /// <summary>Whether this is the member's display text, its generic name, rather than a brand.</summary>
        public bool Generic { get; } = generic;
    }

    /// <summary>
    /// One mention: the members it stands for, where in the text it is, whether a dose follows it (as an item is named in
    /// a conclusion), and whether each of its names is a generic one.
    /// </summary>
    public sealed class Mention(List<int> members, int start, int end, bool withDose, bool generic)
    {
        public List<int> Members { get; } = members;
        public int Start { get; } = start;
        public int End { get; } = end;
        public bool WithDose { get; } = withDose;
        public bool Generic { get; } = generic;
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<OutcomePhrases>, ItemNameScan> Scans = new();

    /// <summary>The scan for an enum's names table (its generated <c>Names</c>), made once per table.</summary>
    public static ItemNameScan For(IReadOnlyList<OutcomePhrases> names) => Scans.GetValue(names, static n => new ItemNameScan(n));

    private ItemNameScan(IReadOnlyList<OutcomePhrases> names)
    {
        for (var member = 0; member < names.Count; member++)
        for (var n = 0; n < names[member].Phrases.Count; n++)
        {
            var name = names[member].Phrases[n];
            var words = new List<string>();
            for (var at = NextWord(name, 0, out var end); at >= 0; at = NextWord(name, end, out end))
                words.Add(name.Substring(at, end - at).ToLowerInvariant());
            if (words.Count == 0 || words[0].Length < 2 || !IsLetter(words[0][0])) continue;
            var key = Hash(words[0], 0, words[0].Length);
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = new List<Name>();
            // The generated table lists the display text, the generic name, first.
            var entry = new Name(words.ToArray(), member, generic: n == 0);
            list.Add(entry);
            if (words.Count == 1 && words[0].Length >= MisspeltLength - 1 && words[0].All(c => c is >= 'a' and <= 'z'))
            {
                if (!_oneWordByInitial.TryGetValue(words[0][0], out var initial)) _oneWordByInitial[words[0][0]] = initial = new List<Name>();
                initial.Add(entry);
            }
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// The mentions in text[start, end), in order, each made only when the one before it has been looked at: a caller
    /// that has its answer stops, and a line of a million names is never held at once. A medicine spoken of as a measure
    /// ("a morphine equivalent dose of 180 mg") or as what the item replaces ("Rather than Norco 10/325mg, ...") is no
    /// mention. <see cref="Mention.WithDose"/> tells one named with a dose ("Tizanidine 10mg #60", "Percocet
    /// (oxycodone/APAP) 10/325mg"), as a conclusion names its item, from one spoken of in passing ("as naproxen was not
    /// tried").
    /// </summary>
    public IEnumerable<Mention> Mentions(string text, int start, int end)
    {
        var at = NextWord(text, start, out var wordEnd, end);
        while (at >= 0)
        {
            if ((NameAt(text, at, wordEnd, end) ?? MisspeltNameAt(text, at, wordEnd, end)) is not { } first)
            {
                at = NextWord(text, wordEnd, out wordEnd, end);
                continue;
            }
            var (members, runEnd, generic) = (first.Members, first.End, first.Generic);
            // Names joined into one mention: "Hydrocodone/APAP", "Percocet (oxycodone/acetaminophen)", "Norco and Tylenol".
            while (JoinedNameAt(text, runEnd, end) is { } next)
            {
                foreach (var member in next.Members)
                    if (!members.Contains(member)) members.Add(member);
                (runEnd, generic) = (next.End, generic && next.Generic);
            }
            if (runEnd < end && text[runEnd] == ')') runEnd++;
            if (!IsMeasure(text, runEnd, end) && !IsReplaced(text, start, at))
                yield return new Mention(members, at, runEnd, DoseFollows(text, runEnd, end), generic);
            at = NextWord(text, runEnd, out wordEnd, end);
        }
    }

    /// <summary>
    /// The members named by the longest name whose first word is text[at, wordEnd), its other words following it, and
    /// where it ends; null if none. A brand of several medicines names each of them.
    /// </summary>
    private (List<int> Members, int End, bool Generic)? NameAt(string text, int at, int wordEnd, int end)
    {
        if (wordEnd - at < 2 || !IsLetter(text[at]) || !_byFirstWord.TryGetValue(Hash(text, at, wordEnd), out var names)) return null;
        List<int>? members = null;
        var (length, found, generic) = (0, 0, true);
        foreach (var name in names)
        {
            // Longest first: once one matched, only names as long may name more members.
            if (members is not null && name.Words.Length < length) break;
            if (name.Words[0].Length != wordEnd - at || !TextScan.CaselessAt(text, at, wordEnd, name.Words[0])) continue;
            var nameEnd = wordEnd;
            var matched = true;
            for (var w = 1; w < name.Words.Length && matched; w++)
            {
                // A name's words stand at most two characters apart ("MS Contin", "Tylenol #3"): the next word is looked for no further.
                var next = NextWord(text, nameEnd, out var nextEnd, end, startBefore: nameEnd + 3);
                matched = next >= 0 && next - nameEnd <= 2 && nextEnd - next == name.Words[w].Length && TextScan.CaselessAt(text, next, nextEnd, name.Words[w]);
                nameEnd = nextEnd;
            }
            if (!matched) continue;
            (members ??= new List<int>()).Add(name.Member);
            (length, found, generic) = (name.Words.Length, nameEnd, generic && name.Generic);
        }
        return members is null ? null : (members, found, generic);
    }

    /// <summary>
    /// The members of the one-word name that text[at, wordEnd) misspells by one letter (one changed, added or left out, the
    /// first letter kept: "Percoset", "pantaprazole"), when a dose follows it at once ("Percoset 10/325mg"), as a
    /// conclusion names its item; null when none, or when names of other medicines are as near. Words of six letters or
    /// more only, so that a short word is never taken for a name. Two probes' swapped medicines were misspelt.
    /// </summary>
    private (List<int> Members, int End, bool Generic)? MisspeltNameAt(string text, int at, int wordEnd, int end)
    {
        if (wordEnd - at < MisspeltLength || (text[at] | 0x20) is < 'a' or > 'z') return null;
        var next = wordEnd;
        while (next < end && text[next] == ' ') next++;
        if (next >= end || !TextScan.IsAsciiDigit(text[next]) || !_oneWordByInitial.TryGetValue((char)(text[at] | 0x20), out var names)) return null;
        // A brand of several medicines is listed under each: all of them, as long as no other name is as near.
        string? word = null;
        List<int>? members = null;
        var generic = true;
        foreach (var name in names)
        {
            if (Math.Abs(name.Words[0].Length - (wordEnd - at)) > 1 || !WithinOneEdit(text, at, wordEnd, name.Words[0])) continue;
            if (word is not null && word != name.Words[0]) return null;
            word = name.Words[0];
            (members ??= new List<int>()).Add(name.Member);
            generic = generic && name.Generic;
        }
        return members is null ? null : (members, wordEnd, generic);
    }

    /// <summary>The shortest word taken for a misspelt name.</summary>
    private const int MisspeltLength = 6;

    /// <summary>Whether text[at, wordEnd) becomes <paramref name="name"/> (lower case) by changing, adding or leaving out one letter, case ignored.</summary>
    private static bool WithinOneEdit(string text, int at, int wordEnd, string name)
    {
        int i = at, j = 0, edits = 0;
        while (i < wordEnd && j < name.Length)
        {
            if ((char)(text[i] | 0x20) == name[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            var left = wordEnd - i;
            var right = name.Length - j;
            if (left == right) { i++; j++; }
            else if (left > right) i++;
            else j++;
        }
        return edits + (wordEnd - i) + (name.Length - j) <= 1;
    }

    /// <summary>A name right after a joining mark or word at <paramref name="at"/>: "/", "-", "+", "&amp;", "and", "with", "(".</summary>
    private (List<int> Members, int End, bool Generic)? JoinedNameAt(string text, int at, int end)
    {
        var i = at;
        while (i < end && text[i] == ' ') i++;
        if (i < end && text[i] is '/' or '-' or '+' or '&' or '(') i++;
        else if (TextScan.WholeWordAt(text, i, JoiningWords) is var word and >= 0) i += JoiningWords[word].Length;
        else return null;
        var next = NextWord(text, i, out var nextEnd, end, startBefore: i + 3);
        return next >= 0 && next - i <= 2 ? NameAt(text, next, nextEnd, end) : null;
    }

    private static readonly string[] JoiningWords = { "and", "with" };

    /// <summary>Whether words that set a mention aside for the item end just before it: "rather than", "instead of", "in place of".</summary>
    private static bool IsReplaced(string text, int start, int at)
    {
        var end = at;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        foreach (var words in ReplacedWords)
            if (end - start >= words.Length && TextScan.EndsWithWord(text, start, end, words)) return true;
        return false;
    }

    private static readonly string[] ReplacedWords = { "rather than", "instead of", "in place of", "in lieu of", "as opposed to", "switching from", "switch from" };

    /// <summary>Whether a measure's word follows: "morphine equivalent", "morphine milligram equivalents" name no medicine.</summary>
    private static bool IsMeasure(string text, int at, int end)
    {
        var next = NextWord(text, at, out var nextEnd, end, startBefore: at + 4);
        return next >= 0 && QuantityScan.OpensEquivalence(text, next, nextEnd);
    }

    /// <summary>
    /// Whether a dose or a quantity (a word that opens with a digit or '#') follows within five words and
    /// <see cref="DoseReach"/> characters, before the verdict's verb, another name or the clause's end: in "Soma in
    /// combination with Norco 10/325mg" the dose is Norco's.
    /// </summary>
    private bool DoseFollows(string text, int at, int end)
    {
        // Only the next few words are read: a mention in a run of a million names must not read the rest of the run.
        end = Math.Min(end, at + DoseReach);
        for (var words = 0; words < 5; words++)
        {
            while (at < end && text[at] is ' ' or '\t' or '\n' or '\r' or '(' or ')' or ',' or '-') at++;
            if (at >= end || text[at] is '.' or ';' or ':') return false;
            if (text[at] == '#' || TextScan.IsAsciiDigit(text[at])) return true;
            var wordEnd = at + 1;
            while (wordEnd < end && char.IsLetterOrDigit(text[wordEnd])) wordEnd++;
            if (TextScan.IsWordOf(text, at, wordEnd, VerdictVerbs) || NameAt(text, at, wordEnd, end) is not null) return false;
            at = wordEnd;
        }
        return false;
    }

    /// <summary>How far after a name its dose may stand: "Percocet (oxycodone/APAP) 10/325mg" with room to spare.</summary>
    private const int DoseReach = 60;

    private static readonly string[] VerdictVerbs = { "is", "are", "was", "were", "would", "will", "cannot", "can", "does", "do", "has", "have", "should", "may", "must" };

    /// <summary>
    /// The start of the next word (a run of letters and digits) at or after <paramref name="from"/> and before
    /// <paramref name="startBefore"/>, and its end (before <paramref name="limit"/>); -1 if none starts there.
    /// </summary>
    private static int NextWord(string text, int from, out int end, int limit = -1, int startBefore = int.MaxValue)
    {
        if (limit < 0) limit = text.Length;
        var i = from;
        var starts = Math.Min(limit, startBefore);
        while (i < starts && !char.IsLetterOrDigit(text[i])) i++;
        end = i;
        if (i >= starts) return -1;
        while (end < limit && char.IsLetterOrDigit(text[end])) end++;
        return i;
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>A hash of text[start, end) with ASCII letters in lower case, so that a word and its name hash alike.</summary>
    private static int Hash(string text, int start, int end)
    {
        var hash = unchecked((int)2166136261);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            hash = unchecked((hash ^ c) * 16777619);
        }
        return hash;
    }
}
