namespace ImrDsl.Text;

/// <summary>
/// Line starts of a text, so offsets turn into 1-based line/column on demand.
/// LF, CRLF and a lone CR all end a line, so columns stay right whatever the file's line ends.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    public int TextLength { get; }

    private LineMap(int[] starts, int length) { _starts = starts; TextLength = length; }

    public static LineMap Build(string text)
    {
        // Counted first, so the starts go straight into an array of the right size (every letter of a run builds one).
        // string.IndexOf and IndexOfAny are vectorised at run time (this assembly targets netstandard2.0, without spans):
        // a char-by-char walk over every letter was 4% of the reader's CPU.
        var hasCarriageReturns = text.IndexOf('\r') >= 0;
        var count = 1;
        if (hasCarriageReturns)
            for (var next = 0; FindBreak(text, next, out next);) count++;
        else
            for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) count++;
        var starts = new int[count];
        var line = 1;
        for (var next = 0; FindBreak(text, next, out next);) starts[line++] = next;
        return new LineMap(starts, text.Length);
    }

    /// <summary>
    /// A map from line starts found by another scan of the same text that ends lines as <see cref="Build"/> does (the
    /// letter reader's): the text is not scanned again. The starts must rise strictly from 0, one per line, the last
    /// line included (an empty one after a final line break).
    /// </summary>
    internal static LineMap FromStarts(int[] starts, int length) => new(starts, length);

    private static readonly char[] LineBreaks = { '\r', '\n' };

    /// <summary>
    /// Whether a line break (LF, CRLF or a lone CR) lies at or after <paramref name="from"/>; <paramref name="next"/> is
    /// the start of the line after it.
    /// </summary>
    private static bool FindBreak(string text, int from, out int next)
    {
        var found = from < text.Length ? text.IndexOfAny(LineBreaks, from) : -1;
        if (found < 0)
        {
            next = text.Length;
            return false;
        }
        next = found + 1;
        if (text[found] == '\r' && next < text.Length && text[next] == '\n') next++;
        return true;
    }

    public int LineCount => _starts.Length;

    /// <summary>0-based line index of an offset.</summary>
    public int LineIndexOf(int offset)
    {
        if (offset < 0) offset = 0;
        var starts = _starts;
        // Spans come in order and close together (a few lines apart: PDF text has an empty line after every line), so
        // the search gallops from the line of the offset asked before: 1, 2, 4, ... lines on, or back, then halves
        // the range it found. The line is the last start at or before the offset (starts rise strictly, the first is 0).
        var hint = _lastLine;
        int lo, hi;
        if (starts[hint] <= offset)
        {
            lo = hint;
            hi = starts.Length - 1;
            for (var step = 1; lo + step <= hi; step <<= 1)
            {
                if (starts[lo + step] > offset)
                {
                    hi = lo + step - 1;
                    break;
                }
                lo += step;
            }
        }
        else
        {
            lo = 0;
            hi = hint - 1;
            for (var step = 1; hi - step >= lo; step <<= 1)
            {
                if (starts[hi - step + 1] <= offset)
                {
                    lo = hi - step + 1;
                    break;
                }
                hi -= step;
            }
        }
        // A loop rather than Array.BinarySearch, which goes through a comparer.
        while (lo < hi)
        {
            var mid = lo + (hi - lo + 1) / 2;
            if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return _lastLine = lo;
    }

    // The line of the last offset asked for. Only a hint, checked before use, so threads sharing a map need no lock.
    private int _lastLine;

    public int LineStart(int lineIndex) => _starts[lineIndex];

    /// <summary>End of a line's content (before its line break).</summary>
    public int LineContentEnd(string text, int lineIndex)
    {
        var end = lineIndex + 1 < _starts.Length ? _starts[lineIndex + 1] : text.Length;
        while (end > _starts[lineIndex] && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
        return end;
    }

    public LinePosition GetPosition(int offset)
    {
        var line = LineIndexOf(offset);
        return new LinePosition(line + 1, offset - _starts[line] + 1);
    }
}

/// <summary>A 1-based line and column.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
