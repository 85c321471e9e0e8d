using ImrDsl.Runtime;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Text joined from pieces of several lines (a wrapped rationale, a guideline line split over two lines),
/// remembering where each piece came from, so any position in the joined text maps back to the original
/// file. Lines are joined with one space; a word hyphenated across lines is joined again without it.
/// </summary>
/// <remarks>
/// Only the pieces are kept while the run is built; the joined string is made once, at its final length, when it is
/// first asked for (a StringBuilder grew chunk by chunk and then copied them all: a fifth of the reader's bytes).
/// </remarks>
internal sealed class TextRun
{
    private readonly string _source;
    // Each piece as four ints: where it starts in the joined text, where in the source, its length in the source, and
    // how much of it the joined text shows (one less when the next piece dropped its line-break hyphen). One int array
    // rather than a list of a struct: the framework's list code for this assembly's structs is compiled at every start.
    private int[] _pieces;
    private int _count;
    private string? _joined;

    private const int JoinedStart = 0, SourceStart = 1, SourceLength = 2, Shown = 3, Ints = 4;

    /// <param name="pieces">How many pieces are expected: the run grows past it when needed.</param>
    public TextRun(string source, int pieces = 2)
    {
        _source = source;
        _pieces = new int[Math.Max(1, pieces) * Ints];
    }

    /// <summary>The joined text's length.</summary>
    public int Length { get; private set; }
    public bool IsEmpty => Length == 0;

    public override string ToString() => _joined ??= Join();

    private string Join()
    {
        if (_count == 0) return string.Empty;
        if (_count == 1) return _source.Substring(_pieces[SourceStart], _pieces[Shown]);
        return string.Create(Length, this, static (joined, run) =>
        {
            var pieces = run._pieces;
            for (var k = 0; k < run._count; k++)
            {
                var at = k * Ints;
                var start = pieces[at + JoinedStart];
                var shown = pieces[at + Shown];
                run._source.AsSpan(pieces[at + SourceStart], shown).CopyTo(joined.Slice(start));
                // The space between two lines, unless the next piece follows on at once (a dropped or kept line-end hyphen).
                if (k + 1 < run._count && pieces[at + Ints + JoinedStart] > start + shown) joined[start + shown] = ' ';
            }
        });
    }

    public void Append(int start, int end)
    {
        if (end <= start) return;
        _joined = null;
        if (Length > 0)
        {
            switch (HyphenAtLineEnd(start))
            {
                case LineEndHyphen.BreaksWord: // "medi-" + "cation": drop the hyphen
                    _pieces[(_count - 1) * Ints + Shown]--;
                    Length--;
                    break;
                case LineEndHyphen.KeptPrefix: // "non-" + "certified": the hyphen stays and no space follows it
                    break;
                default:
                    Length++; // the space
                    break;
            }
        }
        if ((_count + 1) * Ints > _pieces.Length) Array.Resize(ref _pieces, _pieces.Length * 2);
        var at = _count++ * Ints;
        _pieces[at + JoinedStart] = Length;
        _pieces[at + SourceStart] = start;
        _pieces[at + SourceLength] = end - start;
        _pieces[at + Shown] = end - start;
        Length += end - start;
    }

    /// <summary>The joined text's character at <paramref name="index"/> (before the end), read from the source.</summary>
    private char CharAt(int index)
    {
        // Asked near the end only: the pieces are searched from the last.
        for (var k = _count - 1; k >= 0; k--)
        {
            var at = k * Ints;
            var start = _pieces[at + JoinedStart];
            if (index < start) continue;
            return index < start + _pieces[at + Shown] ? _source[_pieces[at + SourceStart] + index - start] : ' ';
        }
        return ' ';
    }

    private enum LineEndHyphen { None, BreaksWord, KeptPrefix }

    /// <summary>
    /// A hyphen at a line end between letters, before a word in lower case, is a line-break hyphen, unless the first part
    /// is a prefix that keeps it ("non-certified"): then the two lines make one hyphenated word.
    /// </summary>
    private LineEndHyphen HyphenAtLineEnd(int nextStart)
    {
        var n = Length;
        if (n < 3 || CharAt(n - 1) != '-' || !char.IsLetter(CharAt(n - 2)) || !char.IsLower(_source[nextStart])) return LineEndHyphen.None;
        var wordStart = n - 2;
        while (wordStart > 0 && char.IsLetter(CharAt(wordStart - 1))) wordStart--;
        // A word longer than every kept prefix is none of them.
        if (n - 1 - wordStart > LongestKeptPrefix) return LineEndHyphen.BreaksWord;
        var letters = new char[n - 1 - wordStart];
        for (var i = 0; i < letters.Length; i++) letters[i] = CharAt(wordStart + i);
        return Array.IndexOf(KeptPrefixes, new string(letters).ToLowerInvariant()) < 0 ? LineEndHyphen.BreaksWord : LineEndHyphen.KeptPrefix;
    }

    private static readonly string[] KeptPrefixes = { "non", "self", "long", "short", "well", "anti", "post", "pre", "co", "re", "sub", "semi", "over", "under", "low", "high", "first", "second", "third", "follow", "multi" };

    private static readonly int LongestKeptPrefix = Longest(KeptPrefixes);

    private static int Longest(string[] words)
    {
        var longest = 0;
        foreach (var word in words) longest = Math.Max(longest, word.Length);
        return longest;
    }

    /// <summary>The source offset of a position in the joined text.</summary>
    public int SourceOffset(int joined)
    {
        if (_count == 0) return 0;
        var lo = 0;
        var hi = _count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_pieces[mid * Ints + JoinedStart] <= joined) lo = mid; else hi = mid - 1;
        }
        var at = lo * Ints;
        return _pieces[at + SourceStart] + Math.Min(Math.Max(0, joined - _pieces[at + JoinedStart]), _pieces[at + SourceLength]);
    }

    /// <summary>The span of joined[start..end) in the original file.</summary>
    public SourceSpan Span(LetterText letter, int start, int end)
    {
        if (_count == 0) return SourceSpan.None;
        var from = SourceOffset(start);
        var to = end > start ? SourceOffset(end - 1) + 1 : from;
        return letter.SpanOf(from, to);
    }

    public static SourceSpan SpanOf(LetterText letter, int from, int to) => letter.SpanOf(from, to);
}
