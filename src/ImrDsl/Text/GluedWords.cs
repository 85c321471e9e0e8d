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
    /// The endings are ASCII letters, so such a place lies inside a run of letters, after its first: only runs long
    /// enough to hold one are searched. (Ten ignore-case searches of the whole text were a third of `imr check`'s CPU.)
    /// </summary>
    public static bool MayHold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i - start < ShortestPair) continue;
            // Each place after the run's first letter: an ending that starts with its letter (either case) and fits in the run.
            for (var at = start + 1; at <= i - ShortestPair + 1; at++)
            {
                var lower = (char)(text[at] | 0x20);
                if (text[at] >= 128 || EndingInitials.IndexOf(lower) < 0) continue;
                foreach (var ending in Endings)
                    if (ending[0] == lower && at + ending.Length <= i && string.Compare(text, at, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
        }
        return false;
    }

    /// <summary>The shortest glued pair: one letter before the shortest ending.</summary>
    private static readonly int ShortestPair = 1 + ShortestEnding();

    /// <summary>The first letters of the endings: most places in a word start none of them.</summary>
    private static readonly string EndingInitials = FirstLetters();

    // Loops rather than LINQ's Min and Distinct, which would be JIT-compiled at every start (generic over int and char).
    private static int ShortestEnding()
    {
        var shortest = int.MaxValue;
        foreach (var ending in Endings) shortest = Math.Min(shortest, ending.Length);
        return shortest;
    }

    private static string FirstLetters()
    {
        var initials = "";
        foreach (var ending in Endings)
            if (initials.IndexOf(ending[0]) < 0) initials += ending[0];
        return initials;
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

    private static bool Equal(string text, int at, string word, bool ignoreCase)
    {
        if (text.Length - at < word.Length) return false;
        if (ignoreCase) return TextScan.CaselessAt(text, at, text.Length, word);
        return string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
    }
}
