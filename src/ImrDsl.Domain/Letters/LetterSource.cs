using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Turns the bytes of a letter into text: .docx drafts by paragraphs (line N is paragraph N, so a finding's
/// line and column are a paragraph and a character), anything else by its encoding. Never throws: a file
/// that is not a letter gets a reason instead of text.
/// </summary>
public static class LetterSource
{
    static LetterSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(SourceFile? File, string? Problem);

    public static Decoded Decode(string path, byte[] bytes, long maxBytes)
    {
        if (bytes.Length == 0) return new Decoded(null, "the file is empty");
        if (bytes.Length > maxBytes) return new Decoded(null, TooLarge(bytes.Length, maxBytes));
        // A .docx is a zip: known by its name, or by its signature when it comes without one (standard input).
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || IsZip(bytes)) return DecodeDocx(path, bytes);

        var hasUtf16Bom = bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF);
        if (!hasUtf16Bom && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
            return new Decoded(null, "the file is binary, not text (extract the letter's text first, e.g. with pdftotext)");
        return new Decoded(new SourceFile(path, DecodeText(bytes)), null);
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4;

    public static string TooLarge(long length, long maxBytes)
        => $"the file is {length / (1024.0 * 1024.0):0.0} MB; letters over {maxBytes / (1024 * 1024)} MB are not read";

    /// <summary>A BOM decides UTF-8 or UTF-16; otherwise strict UTF-8, and failing that Windows-1252 (legacy single-byte files).</summary>
    public static string DecodeText(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>
    /// One line per paragraph that shows text: empty paragraphs, which a Word user sees only as space, are left out,
    /// so line N of a finding is the N-th paragraph with text. Tabs and line breaks inside a paragraph are kept as tab and space.
    /// </summary>
    private static Decoded DecodeDocx(string path, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return new Decoded(null, "the .docx file has no document body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var start = text.Length;
                foreach (var element in paragraph.Descendants())
                {
                    switch (element)
                    {
                        case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                        case TabChar: text.Append('\t'); break;
                        case Break or CarriageReturn: text.Append(' '); break;
                    }
                }
                if (text.ToString(start, text.Length - start).Trim().Length == 0) text.Length = start;
                else text.Append('\n');
            }
            return new Decoded(new SourceFile(path, text.ToString()), null);
        }
        // A damaged .docx can fail anywhere inside the zip and XML readers, with exception types that vary by
        // version (FileFormatException, XmlException, OpenXmlPackageException, ...): any of them means "not readable".
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new Decoded(null, $"the .docx file cannot be opened ({ex.Message})");
        }
    }
}
