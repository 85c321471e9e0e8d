namespace ImrDsl.Domain.Letters;

/// <summary>
/// An ASCII word the reader looks for with case ignored. It finds what string.IndexOf(word, StringComparison.OrdinalIgnoreCase)
/// finds (no other character is equal to an ASCII one with case ignored), but with invariant globalization, as imr runs,
/// that method compares character by character, and the reader asks it of every letter. Here a vectorised search for the
/// first character (either case) finds the candidates. No SearchValues: building one costs milliseconds at start-up.
/// </summary>
internal sealed class CaselessWord
{
    private readonly char _lower;
    private readonly char _upper;

    public CaselessWord(string text)
    {
        if (text.Length == 0 || !System.Text.Ascii.IsValid(text)) throw new ArgumentException("an ASCII word is expected", nameof(text));
        Text = text;
        _lower = char.ToLowerInvariant(text[0]);
        _upper = char.ToUpperInvariant(text[0]);
    }

    public string Text { get; }
    public int Length => Text.Length;

    /// <summary>Where the word first lies wholly inside text[start, start + count), or -1.</summary>
    public int IndexIn(string text, int start, int count)
    {
        var window = text.AsSpan(start, count);
        for (var offset = 0; window.Length - offset >= Text.Length;)
        {
            var at = window.Slice(offset, window.Length - offset - Text.Length + 1).IndexOfAny(_lower, _upper);
            if (at < 0) return -1;
            offset += at;
            if (window.Slice(offset, Text.Length).Equals(Text, StringComparison.OrdinalIgnoreCase)) return start + offset;
            offset++;
        }
        return -1;
    }

    /// <summary>Where the word first occurs at or after <paramref name="start"/>, or -1.</summary>
    public int IndexIn(string text, int start) => IndexIn(text, start, text.Length - start);
}
