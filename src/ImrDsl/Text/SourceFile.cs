namespace ImrDsl.Text;

/// <summary>A named source text with its line map, shared by the parser, diagnostics and renderers.</summary>
public sealed class SourceFile
{
    private LineMap? _lines;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }
    public string Text { get; }
    public LineMap Lines => _lines ??= LineMap.Build(Text);

    /// <summary>
    /// Gives the file the line map of a scan that already found its lines (the letter reader splits every letter into
    /// lines anyway), so <see cref="Lines"/> does not scan the text a second time. Ignored once the file has a map.
    /// </summary>
    internal void KnowLines(LineMap lines)
    {
        if (lines.TextLength == Text.Length) _lines ??= lines;
    }

    public LinePosition PositionOf(int offset) => Lines.GetPosition(Math.Min(Math.Max(0, offset), Text.Length));

    public string LineText(int line)
    {
        var index = line - 1;
        if (index < 0 || index >= Lines.LineCount) return string.Empty;
        var start = Lines.LineStart(index);
        return Text.Substring(start, Lines.LineContentEnd(Text, index) - start);
    }
}
