namespace ImrDsl.Domain.Letters;

/// <summary>
/// An ASCII word the reader looks for with case ignored. It finds what string.IndexOf(word, StringComparison.OrdinalIgnoreCase)
/// finds (no other character is equal to an ASCII one with case ignored), but with invariant globalization, as imr runs,
/// that method compares character by character, and the reader asks it of every letter. Here a vectorised search for the
/// first character (either case) finds the candidates. No SearchValues: building one costs milliseconds at start-up.
/// </summary>
internal sealed class CaselessWord
{
    // Candidates are found by the word's rarest character rather than its first: the cues start with common letters
    // ("industrial injury", "date of injury"), and a search stopped at every 'i' or 'd' of a letter compared the word
    // there each time.
    private readonly int _anchor;
    private readonly char _anchorLower;
    private readonly char _anchorUpper;

    public CaselessWord(string text)
    {
        if (text.Length == 0 || !System.Text.Ascii.IsValid(text)) throw new ArgumentException("an ASCII word is expected", nameof(text));
        Text = text;
        _anchor = RarestCharacter(text);
        _anchorLower = char.ToLowerInvariant(text[_anchor]);
        _anchorUpper = char.ToUpperInvariant(text[_anchor]);
    }

    public string Text { get; }
    public int Length => Text.Length;

    /// <summary>Where the word first lies wholly inside text[start, start + count), or -1.</summary>
    public int IndexIn(string text, int start, int count)
    {
        var window = text.AsSpan(start, count);
        var last = window.Length - Text.Length; // the last place in the window the word may start
        for (var offset = 0; offset <= last;)
        {
            var at = window.Slice(offset + _anchor, last - offset + 1).IndexOfAny(_anchorLower, _anchorUpper);
            if (at < 0) return -1;
            offset += at;
            if (window.Slice(offset, Text.Length).Equals(Text, StringComparison.OrdinalIgnoreCase)) return start + offset;
            offset++;
        }
        return -1;
    }

    /// <summary>Where the word first occurs at or after <paramref name="start"/>, or -1.</summary>
    public int IndexIn(string text, int start) => IndexIn(text, start, text.Length - start);

    /// <summary>English letters from the most to the least common in running text.</summary>
    private const string LettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz";

    /// <summary>
    /// The index of the character of the word least common in letters: a rare letter, else a mark or a digit, ranked
    /// with 'v' (rarer than most letters in prose: a header label anchors on its colon), never a space if anything else
    /// is there. The first of equals.
    /// </summary>
    private static int RarestCharacter(string word)
    {
        int best = 0, bestRank = -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var rank = c == ' ' ? 0 : LettersByFrequency.IndexOf(c) is var letter and >= 0 ? letter + 1 : LettersByFrequency.IndexOf('v') + 1;
            if (rank > bestRank) (best, bestRank) = (i, rank);
        }
        return best;
    }
}
