using System.Text;

namespace ImrDsl.Pdf;

/// <summary>
/// Rebuilds a page's lines from placed glyphs, for one-column text: glyphs whose baselines lie within a
/// fraction of their size form a line; lines run top to bottom and glyphs left to right. A gap wider than a
/// fraction of the font size is a space (producers often position words instead of showing spaces), and a
/// gap wider than the font size is a tab (table cells, label and value).
/// </summary>
internal static class LineBuilder
{
    /// <summary>A rebuilt line and its baseline (page space, y up).</summary>
    public readonly record struct TextLine(string Text, double Y);

    private const double SameLine = 0.4;   // of the glyph size: baselines closer than this are one line
    private const double WordGap = 0.15;   // of the font size: a wider gap between glyphs separates words
    private const double ColumnGap = 1.0;  // of the font size: a wider gap separates cells

    public static List<TextLine> Lines(List<PlacedGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0) return lines;
        var byBaseline = TopToBottom(glyphs);
        var line = new List<PlacedGlyph>();
        var baseline = byBaseline[0].Y;
        foreach (var glyph in byBaseline)
        {
            if (line.Count > 0 && Math.Abs(glyph.Y - baseline) > SameLine * Math.Max(1, Math.Min(glyph.Size, line[0].Size)))
            {
                lines.Add(new TextLine(Compose(line), baseline));
                line.Clear();
            }
            if (line.Count == 0) baseline = glyph.Y;
            line.Add(glyph);
        }
        lines.Add(new TextLine(Compose(line), baseline));
        lines.RemoveAll(l => l.Text.Length == 0);
        return lines;
    }

    /// <summary>
    /// Marks paragraph breaks: where the gap between two baselines is clearly wider than the document's usual
    /// line pitch (its most common gap), a line holding one space is put between them, the way PDF text
    /// extracted by other tools marks them and the letter reader expects.
    /// </summary>
    public static List<List<string>> WithParagraphBreaks(List<List<TextLine>> pages)
    {
        var gaps = new Dictionary<double, int>();
        foreach (var page in pages)
            for (var i = 1; i < page.Count; i++)
            {
                var gap = Math.Round(page[i - 1].Y - page[i].Y, 0);
                if (gap > 0) gaps[gap] = gaps.GetValueOrDefault(gap) + 1;
            }
        var pitch = gaps.Count == 0 ? double.MaxValue : gaps.OrderByDescending(g => g.Value).ThenBy(g => g.Key).First().Key;
        var result = new List<List<string>>(pages.Count);
        foreach (var page in pages)
        {
            var lines = new List<string>(page.Count + 8);
            for (var i = 0; i < page.Count; i++)
            {
                if (i > 0 && page[i - 1].Y - page[i].Y > ParagraphGap * pitch) lines.Add(ParagraphBreak);
                lines.Add(page[i].Text);
            }
            result.Add(lines);
        }
        return result;
    }

    /// <summary>The line that marks a paragraph break: one space (not a line of the PDF).</summary>
    public const string ParagraphBreak = " ";

    private const double ParagraphGap = 1.3; // of the usual line pitch

    /// <summary>
    /// Glyphs by baseline, top first (PDF y grows upwards), keeping content order for equal baselines. Most
    /// producers already draw in that order, so the sort is skipped when it would change nothing.
    /// </summary>
    private static List<PlacedGlyph> TopToBottom(List<PlacedGlyph> glyphs)
    {
        var sorted = true;
        for (var i = 1; i < glyphs.Count && sorted; i++) sorted = Math.Round(glyphs[i].Y, 1) <= Math.Round(glyphs[i - 1].Y, 1);
        if (sorted) return glyphs;
        var keys = new (double Y, int Index)[glyphs.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = (-Math.Round(glyphs[i].Y, 1), i);
        var items = glyphs.ToArray();
        Array.Sort(keys, items); // (y, index) keys are unique, so the unstable sort keeps content order on ties
        return new List<PlacedGlyph>(items);
    }

    /// <summary>A line's glyphs left to right, keeping content order for equal positions (skipped when already so).</summary>
    private static List<PlacedGlyph> LeftToRight(List<PlacedGlyph> line)
    {
        var sorted = true;
        for (var i = 1; i < line.Count && sorted; i++) sorted = line[i].X >= line[i - 1].X;
        if (sorted) return line;
        var keys = new (double X, int Index)[line.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = (line[i].X, i);
        var items = line.ToArray();
        Array.Sort(keys, items);
        return new List<PlacedGlyph>(items);
    }

    private static string Compose(List<PlacedGlyph> line)
    {
        var ordered = LeftToRight(line);
        var text = new StringBuilder(ordered.Count + 8);
        PlacedGlyph? previous = null;
        foreach (var glyph in ordered)
        {
            if (previous is { } p)
            {
                // The same glyph drawn twice at one place (fake bold, shadows) is one glyph.
                if (glyph.Text == p.Text && Math.Abs(glyph.X - p.X) < 0.1 * glyph.Size) continue;
                var gap = glyph.X - p.EndX;
                var size = Math.Max(p.Size, glyph.Size);
                var atSpace = text.Length > 0 && text[^1] is ' ' or '\t' || glyph.Text.StartsWith(' ');
                if (gap > ColumnGap * size)
                {
                    while (text.Length > 0 && text[^1] == ' ') text.Length--;
                    text.Append('\t');
                }
                else if (gap > WordGap * size && !atSpace) text.Append(' ');
            }
            if (!(glyph.Text == " " && text.Length > 0 && text[^1] == '\t')) text.Append(glyph.Text);
            previous = glyph;
        }
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = 0;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return text.ToString(start, end - start);
    }
}
