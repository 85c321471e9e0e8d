using System.Buffers;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// A word the reader looks for with case ignored. It finds what string.IndexOf(word, StringComparison.OrdinalIgnoreCase)
/// finds, but through a vectorised search built once: with invariant globalization (as imr runs) the string method is
/// a character-by-character loop, and the reader asks it of every letter.
/// </summary>
internal sealed class CaselessWord
{
    private readonly SearchValues<string> _search;

    public CaselessWord(string text)
    {
        Text = text;
        _search = SearchValues.Create(new[] { text }, StringComparison.OrdinalIgnoreCase);
    }

    public string Text { get; }
    public int Length => Text.Length;

    /// <summary>Where the word first lies wholly inside text[start, start + count), or -1.</summary>
    public int IndexIn(string text, int start, int count)
    {
        var at = text.AsSpan(start, count).IndexOfAny(_search);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>Where the word first occurs at or after <paramref name="start"/>, or -1.</summary>
    public int IndexIn(string text, int start) => IndexIn(text, start, text.Length - start);
}
