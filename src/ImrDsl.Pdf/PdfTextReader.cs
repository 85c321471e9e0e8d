namespace ImrDsl.Pdf;

/// <summary>
/// Reads the text of a PDF: PDF bytes in, pages of lines out, or the reason they cannot be read. Everything
/// is done here, from the object syntax up: objects and streams (<see cref="PdfFile"/>), bounded filters
/// (<see cref="StreamDecoder"/>), text operators (<see cref="ContentInterpreter"/>), fonts
/// (<see cref="PdfFont"/>) and lines (<see cref="LineBuilder"/>, <see cref="RunningLines"/>). Never throws
/// for any input: every failure becomes a reason.
/// </summary>
public static class PdfTextReader
{
    /// <summary>The glyphs of the page being read, reused from file to file on a thread: growing a fresh list for every file was most of the reader's allocation.</summary>
    [ThreadStatic] private static List<PlacedGlyph>? t_glyphs;

    /// <summary>True when the bytes start like a PDF file (a %PDF- header in the first kilobyte).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <param name="bytes">The whole file.</param>
    /// <param name="limits">Bounds on the work the file may cause; <see cref="PdfLimits.Default"/> when null.</param>
    /// <param name="keepRunningLines">Keep page headers and footers (for comparing with other extractors).</param>
    public static PdfReadResult Read(byte[] bytes, PdfLimits? limits = null, bool keepRunningLines = false)
    {
        limits ??= PdfLimits.Default;
        try
        {
            if (!LooksLikePdf(bytes)) return PdfReadResult.Failed("the file is not a PDF (it has no %PDF- header)");
            if (bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) < 0)
                return PdfReadResult.Failed("the PDF is truncated (it does not end with %%EOF); it may have been cut off while copying or downloading");
            var decoder = new StreamDecoder(limits);
            var file = PdfFile.Parse(bytes, limits, decoder);
            if (file.IsEncrypted) return PdfReadResult.Failed("the PDF is encrypted; save an unprotected copy to check it");
            if (file.Catalog is null) return PdfReadResult.Failed("the PDF is damaged: it has no document catalog (no trailer /Root and no /Catalog object)");
            return ReadPages(file, decoder, limits, keepRunningLines);
        }
        catch (PdfUnreadableException ex)
        {
            return PdfReadResult.Failed(ex.Message);
        }
        // A bug of ours must not stop the other files: it becomes this file's reason, with what went wrong.
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return PdfReadResult.Failed($"the PDF cannot be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static PdfReadResult ReadPages(PdfFile file, StreamDecoder decoder, PdfLimits limits, bool keepRunningLines)
    {
        var pageList = file.Pages(limits);
        if (pageList.Count == 0) return PdfReadResult.Failed("the PDF has no pages (its page tree is missing or damaged)");

        var fonts = new Dictionary<PdfDict, PdfFont>(ReferenceEqualityComparer.Instance);
        var pages = new List<List<LineBuilder.TextLine>>(pageList.Count);
        var glyphBudget = limits.MaxGlyphs;
        var operatorBudget = limits.MaxOperators;
        var glyphs = t_glyphs ??= new List<PlacedGlyph>(4096);
        for (var index = 0; index < pageList.Count; index++)
        {
            glyphs.Clear();
            var interpreter = new ContentInterpreter(file, decoder, limits, fonts, glyphs, glyphBudget, operatorBudget);
            interpreter.Run(PageContent(pageList[index].Dictionary, file, decoder), pageList[index].Resources, 0);
            glyphBudget = interpreter.GlyphBudgetLeft;
            operatorBudget = interpreter.OperatorBudgetLeft;
            if (interpreter.UnmappedGlyphs > glyphs.Count)
                return PdfReadResult.Failed($"page {index + 1}: the font {interpreter.UnmappedFont} has no usable mapping to Unicode (no ToUnicode map), so its text cannot be read");
            pages.Add(LineBuilder.Lines(glyphs));
        }

        glyphs.Clear();
        if (glyphs.Capacity > 1 << 20) t_glyphs = null; // a huge document's buffer is not kept for the next one
        if (pages.All(p => p.Count == 0))
            return PdfReadResult.Failed("no text layer: run OCR first (the pages hold no text, only images or drawings)");
        if (!keepRunningLines) RunningLines.Remove(pages);
        var text = LineBuilder.WithParagraphBreaks(pages);
        return new PdfReadResult(text.Select((lines, i) => new PdfPageText(i + 1, lines)).ToList(), null);
    }

    /// <summary>The page's content streams, decoded and joined (a content array is one stream split in parts).</summary>
    private static byte[] PageContent(PdfDict page, PdfFile file, StreamDecoder decoder)
    {
        switch (file.Resolve(page["Contents"]))
        {
            case PdfDict single:
                return decoder.Decode(single, file);
            case List<object?> parts:
                using (var joined = new MemoryStream())
                {
                    foreach (var part in parts)
                    {
                        if (file.Dict(part) is not { } stream) continue;
                        joined.Write(decoder.Decode(stream, file));
                        joined.WriteByte((byte)'\n');
                    }
                    return joined.ToArray();
                }
            default:
                return Array.Empty<byte>();
        }
    }
}
