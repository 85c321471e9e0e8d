namespace ImrDsl.Pdf;

/// <summary>
/// One page of a PDF as text lines, top to bottom, running headers and footers removed; a line holding one
/// space marks a paragraph break (a wider gap between lines) and is not itself a line of the page.
/// </summary>
public sealed record PdfPageText(int Number, IReadOnlyList<string> Lines);

/// <summary>What <see cref="PdfTextReader"/> read: the pages, or the reason nothing could be read.</summary>
public sealed record PdfReadResult(IReadOnlyList<PdfPageText> Pages, string? Problem)
{
    /// <summary>A result with no pages and the reason, in words a user can act on.</summary>
    public static PdfReadResult Failed(string problem) => new(Array.Empty<PdfPageText>(), problem);

    /// <summary>
    /// The pages as one text: one line per PDF line (and paragraph-break lines), each page after the first
    /// starting with a form feed, as pdftotext writes it. The form feed sits at the start of the page's first
    /// line rather than on a line of its own, so a sentence or heading that runs over a page end stays one
    /// paragraph. <see cref="PdfPageMap"/> turns a line of this text back into "page P, line L".
    /// </summary>
    public string ToText()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Pages.Count; i++)
        {
            if (i > 0) text.Append(PdfPageMap.PageBreak);
            if (i > 0 && Pages[i].Lines.Count == 0) text.Append('\n');
            foreach (var line in Pages[i].Lines) text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>
/// Bounds on the work one PDF may cause, so a hostile file is refused with a reason instead of exhausting
/// memory or the stack. The defaults are far above what a letter needs.
/// </summary>
public sealed record PdfLimits
{
    /// <summary>Bytes one stream may decode to (filter bombs stop here).</summary>
    public long MaxStreamBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Bytes all decoded streams of the file may add up to.</summary>
    public long MaxDecodedBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Nesting of arrays and dictionaries in the file's objects and in content streams.</summary>
    public int MaxNesting { get; init; } = 64;

    /// <summary>Form XObjects drawn inside each other (also stops forms that draw themselves).</summary>
    public int MaxFormDepth { get; init; } = 8;

    /// <summary>Pages in the document's page tree.</summary>
    public int MaxPages { get; init; } = 5000;

    /// <summary>Glyphs in the whole document.</summary>
    public long MaxGlyphs { get; init; } = 20_000_000;

    /// <summary>Content operators run in the whole document, forms included (a form drawn 1,000 times by a form drawn 1,000 times... stops here).</summary>
    public long MaxOperators { get; init; } = 20_000_000;

    /// <summary>Graphics states saved (q) and not yet restored.</summary>
    public int MaxSavedStates { get; init; } = 1024;

    /// <summary>Entries one font's ToUnicode map or width table may hold (two-byte codes allow 65,536); reading either stops after four times as many assignments.</summary>
    public int MaxFontEntries { get; init; } = 65536;

    /// <summary>The limits <see cref="PdfTextReader"/> applies when it is given none.</summary>
    public static PdfLimits Default { get; } = new();
}

/// <summary>Finds the page and the line on the page of a line in <see cref="PdfReadResult.ToText"/>.</summary>
public static class PdfPageMap
{
    /// <summary>The form feed that starts each page after the first in the text.</summary>
    public const char PageBreak = '\f';

    /// <summary>
    /// Page (1-based) and line on that page (1-based) of the 1-based <paramref name="line"/> of the text, counting
    /// the lines a reader sees on the page: paragraph-break lines do not count.
    /// </summary>
    public static (int Page, int Line) Locate(string text, int line) => LocateAll(text, new[] { line })[0];

    /// <summary>
    /// <see cref="Locate"/> for several lines, given in ascending order, in one pass over the text (a large letter with
    /// many findings is not read once per finding). Lines below 1 are not found.
    /// </summary>
    public static (int Page, int Line)[] LocateAll(string text, IReadOnlyList<int> ascendingLines)
    {
        var found = new (int Page, int Line)[ascendingLines.Count];
        int page = 1, lineOnPage = 0, current = 1, next = 0;
        var start = 0;
        while (next < ascendingLines.Count && start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var startsPage = end > start && text[start] == PageBreak;
            if (startsPage) { page++; lineOnPage = 0; }
            var isParagraphBreak = text.AsSpan(start, end - start).IsWhiteSpace();
            if (!isParagraphBreak) lineOnPage++;
            // A paragraph-break line asked for is counted for itself only: the lines after it do not count it.
            var here = (page, Math.Max(1, isParagraphBreak ? lineOnPage + 1 : lineOnPage));
            while (next < ascendingLines.Count && ascendingLines[next] == current) found[next++] = here;
            if (end == text.Length) break;
            start = end + 1;
            current++;
        }
        // Lines past the end are where the text ends, as a single lookup gives.
        while (next < ascendingLines.Count) found[next++] = (page, Math.Max(1, lineOnPage));
        return found;
    }
}
