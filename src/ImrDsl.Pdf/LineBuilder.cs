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
    private const double SameLine = 0.4;   // of the glyph size: baselines closer than this are one line
    private const double WordGap = 0.15;   // of the font size: a wider gap between glyphs separates words
    private const double ColumnGap = 1.0;  // of the font size: a wider gap separates cells

    public static List<string> Lines(List<PlacedGlyph> glyphs)
    {
        var lines = new List<string>();
        if (glyphs.Count == 0) return lines;
        // Top to bottom (PDF y grows upwards); OrderBy is stable, so equal positions keep content order.
        var byBaseline = glyphs.OrderByDescending(g => Math.Round(g.Y, 1)).ToList();
        var line = new List<PlacedGlyph>();
        var baseline = byBaseline[0].Y;
        foreach (var glyph in byBaseline)
        {
            if (line.Count > 0 && Math.Abs(glyph.Y - baseline) > SameLine * Math.Max(1, Math.Min(glyph.Size, line[0].Size)))
            {
                lines.Add(Compose(line));
                line.Clear();
            }
            if (line.Count == 0) baseline = glyph.Y;
            line.Add(glyph);
        }
        lines.Add(Compose(line));
        lines.RemoveAll(l => l.Length == 0);
        return lines;
    }

    private static string Compose(List<PlacedGlyph> line)
    {
        var ordered = line.OrderBy(g => g.X).ToList();
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
