namespace ImrDsl.Text;

/// <summary>
/// The words of conclusions that PDF converters run together ("notmedically", "medicallynecessary", "isnot"): a
/// word that is one of <see cref="Firsts"/> directly followed by one of <see cref="Endings"/>. The letter reader
/// puts the space back in the letter's text, and the conclusion search in its normalized sentences.
/// </summary>
internal static class GluedWords
{
    /// <summary>The words that get glued onto the word before them.</summary>
    public static readonly string[] Endings = { "medically", "necessary", "certified", "recommended", "supported", "indicated", "warranted", "appropriate", "established", "reasonable" };

    /// <summary>The words they get glued onto, in the order the replaced expression tried them ("be" before "been").</summary>
    private static readonly string[] Firsts = { "not", "is", "are", "be", "been", "was", "medically" };

    /// <summary>
    /// A cheap test before any search for glued pairs: one of <see cref="Endings"/> right after a letter, case ignored.
    /// False means no word of the text is a glued pair (a pair's ending always follows its first word's last letter).
    /// A multi-word Horspool search (shifted by the pair of characters at a window's end, as Wu and Manber do) looks at
    /// a few characters of each word instead of every one: the walk over every run of letters was a tenth of the
    /// reader's CPU. (Ten ignore-case searches of the whole text were a third of `imr check`'s.)
    /// </summary>
    public static bool MayHold(string text)
    {
        // A window is where an ending's first Window characters would lie; the first starts at 1 (an ending must follow a letter).
        for (var at = 1; at + Window <= text.Length;)
        {
            // Most windows start no ending's first two letters; the rest are compared in full.
            if (MayStart(text, at) && EndsAt(text, at)) return true;
            at += Shift(text, at);
        }
        return false;
    }

    /// <summary>
    /// Where one of <see cref="Endings"/> next starts at or after <paramref name="from"/> (whatever comes before it), case
    /// ignored as <see cref="TextScan.CaselessAt"/> ignores it, or -1. The same search as <see cref="MayHold"/>'s.
    /// </summary>
    public static int NextEnding(string text, int from)
    {
        for (var at = Math.Max(0, from); at + Window <= text.Length;)
        {
            if (MayStart(text, at))
                foreach (var ending in Endings)
                    if (TextScan.CaselessAt(text, at, text.Length, ending)) return at;
            at += Shift(text, at);
        }
        return -1;
    }

    /// <summary>Whether the window at <paramref name="at"/> may start an ending: most start none's first two letters.</summary>
    private static bool MayStart(string text, int at) => Starts[ClassOf(text[at]) * ShiftClasses + ClassOf(text[at + 1])];

    /// <summary>
    /// How far the window at <paramref name="at"/> moves on. The next window depends on it, so for a pair of ASCII
    /// characters it is one look-up (each step waits on it).
    /// </summary>
    private static int Shift(string text, int at)
    {
        var last = at + Window - 1;
        var c1 = text[last - 1];
        var c2 = text[last];
        return (c1 | c2) < 128 ? AsciiPairShifts[c1 << 7 | c2] : Shifts[ClassOf(c1) * ShiftClasses + ClassOf(c2)];
    }

    private static int ClassOf(char c) => c < 128 ? AsciiClasses[c] : ShiftClasses - 1;

    private static readonly byte[] AsciiClasses = BuildAsciiClasses();

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++) classes[c] = (byte)ShiftClass((char)c);
        return classes;
    }

    /// <summary>Whether some ending could start with a pair of characters in classes (c1, c2).</summary>
    private static readonly bool[] Starts = BuildStarts();

    private static bool[] BuildStarts()
    {
        var starts = new bool[ShiftClasses * ShiftClasses];
        for (var c1 = 0; c1 < ShiftClasses; c1++)
            for (var c2 = 0; c2 < ShiftClasses; c2++)
                foreach (var ending in Endings)
                    starts[c1 * ShiftClasses + c2] |= ClassMatches(c1, ending[0]) && ClassMatches(c2, ending[1]);
        return starts;
    }

    /// <summary>Whether an ending starts at <paramref name="at"/>, after a letter, with case ignored as <see cref="StringComparison.OrdinalIgnoreCase"/> ignores it.</summary>
    private static bool EndsAt(string text, int at)
    {
        var first = text[at];
        // A character beyond ASCII never starts one (nor did it for the walk over runs of letters this replaced).
        if (first >= 128) return false;
        var lower = (char)(first | 0x20);
        if (lower is < 'a' or > 'z') return false;
        var second = text[at + 1];
        foreach (var ending in EndingsByInitial[lower - 'a'])
        {
            // Cheap refusals first: an ASCII character equals an ending's letter only when it folds onto it.
            if (second < 128 && (char)(second | 0x20) != ending[1]) continue;
            if (at + ending.Length <= text.Length && string.Compare(text, at, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0
                && char.IsLetter(text[at - 1])) return true;
        }
        return false;
    }

    /// <summary>The endings by their first letter ('a' to 'z'), in their order.</summary>
    private static readonly string[][] EndingsByInitial = BuildEndingsByInitial();

    private static string[][] BuildEndingsByInitial()
    {
        var byInitial = new string[26][];
        for (var letter = 0; letter < 26; letter++)
        {
            var count = 0;
            foreach (var ending in Endings) if (ending[0] == 'a' + letter) count++;
            byInitial[letter] = new string[count];
            count = 0;
            foreach (var ending in Endings) if (ending[0] == 'a' + letter) byInitial[letter][count++] = ending;
        }
        return byInitial;
    }

    /// <summary>The window: as long as the shortest ending.</summary>
    private static readonly int Window = ShortestEnding();

    // Loops rather than LINQ's Min, which would be JIT-compiled at every start (generic over int).
    private static int ShortestEnding()
    {
        var shortest = int.MaxValue;
        foreach (var ending in Endings) shortest = Math.Min(shortest, ending.Length);
        return shortest;
    }

    /// <summary>
    /// Character classes for the shift table: 0 for ASCII that is not a letter (no ending holds one), 1 to 26 for an ASCII
    /// letter of either case, 27 for anything beyond ASCII (taken to match any letter, so it never shifts past a match).
    /// </summary>
    private const int ShiftClasses = 28;

    private static int ShiftClass(char c)
    {
        if (c >= 128) return ShiftClasses - 1;
        var lower = c | 0x20;
        return lower is >= 'a' and <= 'z' ? lower - 'a' + 1 : 0;
    }

    private static bool ClassMatches(int shiftClass, char endingLetter) => shiftClass == ShiftClasses - 1 || shiftClass == ShiftClass(endingLetter);

    /// <summary>
    /// How far the window may move when the pair of characters at its end falls in classes (c1, c2): the least distance
    /// at which some ending's first Window characters could hold that pair (or, at distance Window - 1, start with the
    /// second), else the whole window. No window that could start an ending is ever passed.
    /// </summary>
    private static readonly int[] Shifts = BuildShifts();

    /// <summary><see cref="Shifts"/> for every pair of ASCII characters (16 KB).</summary>
    private static readonly byte[] AsciiPairShifts = BuildAsciiPairShifts();

    private static byte[] BuildAsciiPairShifts()
    {
        var shifts = new byte[128 * 128];
        for (var c1 = 0; c1 < 128; c1++)
            for (var c2 = 0; c2 < 128; c2++)
                shifts[c1 << 7 | c2] = (byte)Shifts[AsciiClasses[c1] * ShiftClasses + AsciiClasses[c2]];
        return shifts;
    }

    private static int[] BuildShifts()
    {
        var shifts = new int[ShiftClasses * ShiftClasses];
        for (var c1 = 0; c1 < ShiftClasses; c1++)
            for (var c2 = 0; c2 < ShiftClasses; c2++)
            {
                var shift = Window;
                for (var distance = 1; distance < Window && shift == Window; distance++)
                {
                    var j = Window - 1 - distance; // where the pair's second character falls in an ending moved this far
                    foreach (var ending in Endings)
                        if (ClassMatches(c2, ending[j]) && (j == 0 || ClassMatches(c1, ending[j - 1])))
                        {
                            shift = distance;
                            break;
                        }
                }
                shifts[c1 * ShiftClasses + c2] = shift;
            }
        return shifts;
    }

    /// <summary>
    /// Where the second word of a glued pair starts, when the word text[start, end) is exactly such a pair, or -1.
    /// With <paramref name="ignoreCase"/> letters compare as a case-ignoring regular expression compares them (the
    /// Kelvin sign is a 'k'); without it, ordinally.
    /// </summary>
    public static int SplitAt(string text, int start, int end, bool ignoreCase)
    {
        foreach (var first in Firsts)
        {
            if (!Equal(text, start, first, ignoreCase)) continue;
            var split = start + first.Length;
            foreach (var ending in Endings)
                if (split + ending.Length == end && Equal(text, split, ending, ignoreCase)) return split;
        }
        return -1;
    }

    /// <summary>
    /// The auxiliaries converters glue "not" onto ("isnot medically necessary"). "not" is too short for the window of
    /// <see cref="MayHold"/>'s search, so these pairs are sought only in a conclusion's normalized sentences, which are
    /// short: the letter's own text keeps them as written.
    /// </summary>
    private static readonly string[] NegatedFirsts = { "is", "are", "was", "were", "do", "does", "did", "has", "have", "had" };

    private const string Negation = "not";

    /// <summary>
    /// Whether a normalized sentence (lower-case words between single spaces) may hold a glued pair of either kind: a
    /// false answer means <see cref="SplitAt"/> and <see cref="NegationSplitAt"/> find nothing in it.
    /// </summary>
    public static bool MayHoldInSentence(string normalized)
    {
        if (MayHold(normalized)) return true;
        // "not" ending a word that has a letter before it.
        for (var at = normalized.IndexOf(Negation + " ", StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(Negation + " ", at + 1, StringComparison.Ordinal))
            if (at > 0 && normalized[at - 1] is >= 'a' and <= 'z') return true;
        return false;
    }

    /// <summary>
    /// Where "not" starts when the word normalized[start, end) is exactly an auxiliary glued to it ("isnot",
    /// "doesnot"), or -1. Ordinal: the sentence is lower case already. "cannot" is a word, not a pair.
    /// </summary>
    public static int NegationSplitAt(string normalized, int start, int end)
    {
        var split = end - Negation.Length;
        if (split <= start || string.CompareOrdinal(normalized, split, Negation, 0, Negation.Length) != 0) return -1;
        foreach (var first in NegatedFirsts)
            if (first.Length == split - start && string.CompareOrdinal(normalized, start, first, 0, first.Length) == 0) return split;
        return -1;
    }

    private static bool Equal(string text, int at, string word, bool ignoreCase)
    {
        if (text.Length - at < word.Length) return false;
        if (ignoreCase) return TextScan.CaselessAt(text, at, text.Length, word);
        return string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
    }
}
