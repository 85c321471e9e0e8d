using System.Text;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Text joined from pieces of several lines (a wrapped rationale, a guideline line split over two lines),
/// remembering where each piece came from, so any position in the joined text maps back to the original
/// file. Lines are joined with one space; a word hyphenated across lines is joined again without it.
/// </summary>
internal sealed class TextRun
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    // Each piece: where it starts in the joined text and in the source, and its length. Lists of int rather than of a
    // tuple: the framework's code for List<int> is precompiled, for a list of this assembly's tuples it is compiled at start.
    private readonly List<int> _joinedStarts = new();
    private readonly List<int> _sourceStarts = new();
    private readonly List<int> _lengths = new();

    public TextRun(string source) => _source = source;

    public int Length => _text.Length;
    public bool IsEmpty => _text.Length == 0;
    public override string ToString() => _text.ToString();

    public void Append(int start, int end)
    {
        if (end <= start) return;
        if (_text.Length > 0)
        {
            if (EndsWithBrokenWord(start)) _text.Length--; // "medi-" + "cation": drop the hyphen
            else _text.Append(' ');
        }
        _joinedStarts.Add(_text.Length);
        _sourceStarts.Add(start);
        _lengths.Add(end - start);
        _text.Append(_source, start, end - start);
    }

    /// <summary>A hyphen at a line end between letters is a line-break hyphen, unless the first part is a prefix that keeps it ("non-certified").</summary>
    private bool EndsWithBrokenWord(int nextStart)
    {
        var n = _text.Length;
        if (n < 3 || _text[n - 1] != '-' || !char.IsLetter(_text[n - 2]) || !char.IsLower(_source[nextStart])) return false;
        var wordStart = n - 2;
        while (wordStart > 0 && char.IsLetter(_text[wordStart - 1])) wordStart--;
        var word = _text.ToString(wordStart, n - 1 - wordStart).ToLowerInvariant();
        return Array.IndexOf(KeptPrefixes, word) < 0;
    }

    private static readonly string[] KeptPrefixes = { "non", "self", "long", "short", "well", "anti", "post", "pre", "co", "re", "sub", "semi", "over", "under", "low", "high", "first", "second", "third", "follow", "multi" };

    /// <summary>The source offset of a position in the joined text.</summary>
    public int SourceOffset(int joined)
    {
        if (_joinedStarts.Count == 0) return 0;
        var lo = 0;
        var hi = _joinedStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_joinedStarts[mid] <= joined) lo = mid; else hi = mid - 1;
        }
        return _sourceStarts[lo] + Math.Min(Math.Max(0, joined - _joinedStarts[lo]), _lengths[lo]);
    }

    /// <summary>The span of joined[start..end) in the original file.</summary>
    public SourceSpan Span(LetterText letter, int start, int end)
    {
        if (_joinedStarts.Count == 0) return SourceSpan.None;
        var from = SourceOffset(start);
        var to = end > start ? SourceOffset(end - 1) + 1 : from;
        return letter.SpanOf(from, to);
    }

    public static SourceSpan SpanOf(LetterText letter, int from, int to) => letter.SpanOf(from, to);
}
