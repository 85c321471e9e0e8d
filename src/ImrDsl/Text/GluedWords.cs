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
