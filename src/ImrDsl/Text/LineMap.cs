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
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') count++;
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                count++;
            }
        }
        var starts = new int[count];
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') starts[line++] = i + 1;
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts[line++] = i + 1;
            }
        }
        return new LineMap(starts, text.Length);
    }

    public int LineCount => _starts.Length;

    /// <summary>0-based line index of an offset.</summary>
    public int LineIndexOf(int offset)
    {
        if (offset < 0) offset = 0;
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

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
