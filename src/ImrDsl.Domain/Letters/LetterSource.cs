using System.Text;
using ImrDsl.Pdf;
using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Turns the bytes of a letter into text: .docx drafts by paragraphs (line N is paragraph N, so a finding's
/// line and column are a paragraph and a character), PDFs by their text layer (one line per PDF line, a
/// form-feed line between pages: <see cref="PdfPageMap"/> gives a line's page), anything else by its
/// encoding. Never throws: a file that is not a letter gets a reason instead of text.
/// </summary>
public static class LetterSource
{
    /// <summary>
    /// Whether a character ends a line as a letter reads: LF and CR, and Unicode's other line ends (a vertical tab, as a
    /// Word line break saved as text is, LS and PS), which an editor and a finding's line number leave inside a line.
    /// Not NEL (U+0085): in a letter it is Windows-1252's ellipsis read as Latin-1 (<see cref="FromWindows1252"/>).
    /// </summary>
    public static bool EndsLine(char c) => c is '\n' or '\r' || LineEndsWithinLines.Contains(c);

    /// <summary>The line ends a letter reads that its line numbers (CR and LF) do not count: a vertical tab, LS and PS.</summary>
    public const string LineEndsWithinLines = "\v\u2028\u2029";

    /// <summary><see cref="LineEndsWithinLines"/> for a vectorised search: where a line as read ends inside a numbered line.</summary>
    public static readonly System.Buffers.SearchValues<char> LineEndsWithinLinesSearch = System.Buffers.SearchValues.Create(LineEndsWithinLines);

    /// <summary>
    /// The character that a C1 control (U+0080 to U+009F) stands for in Windows-1252, where text was decoded as Latin-1
    /// (0x92 for a right quote, 0x85 for an ellipsis, 0x96 for a dash), as HTML reads a numeric reference to one too;
    /// any other character as it is.
    /// </summary>
    public static char FromWindows1252(char c) => c is >= '\u0080' and <= '\u009F' ? Windows1252High[c - 0x80] : c;

    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    static LetterSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(SourceFile? File, string? Problem);

    /// <param name="maxDocxPartBytes">The most a .docx part may expand to; <paramref name="maxBytes"/> when not given.</param>
    public static Decoded Decode(string path, byte[] bytes, long maxBytes, long? maxDocxPartBytes = null)
    {
        if (bytes.Length == 0) return new Decoded(null, "the file is empty");
        if (bytes.Length > maxBytes) return new Decoded(null, TooLarge(bytes.Length, maxBytes));
        return WithText(DecodeAny(path, bytes, maxDocxPartBytes ?? maxBytes));
    }

    /// <summary>
    /// What the bytes are decides how they are read, before the name does: a PDF saved under ".docx", a .docx under
    /// ".txt" or standard input, are read as what they are, and a Word 97-2003 or RTF file is named as such.
    /// </summary>
    private static Decoded DecodeAny(string path, byte[] bytes, long maxDocxPartBytes)
    {
        if (IsZip(bytes)) return DecodeDocx(path, bytes, maxDocxPartBytes);
        if (StartsAsPdf(bytes)) return DecodePdf(path, bytes);
        if (bytes.AsSpan().StartsWith(OleSignature))
            return new Decoded(null, "the file is a Word 97-2003 document (.doc) or another Office binary file; save it as .docx or PDF and check that");
        if (bytes.AsSpan().StartsWith(@"{\rtf"u8))
            return new Decoded(null, "the file is RTF; save it as .docx, PDF or plain text and check that");
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return DecodeDocx(path, bytes, maxDocxPartBytes);
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return DecodePdf(path, bytes);

        // UTF-16 and UTF-32 text holds zero bytes; a file without a BOM that holds them is not text.
        if (ByteOrderMark(bytes) is null && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
            return new Decoded(null, "the file is binary, not text (extract the letter's text first, e.g. with pdftotext)");
        return new Decoded(new SourceFile(path, DecodeText(bytes)), null);
    }

    /// <summary>The signature of an OLE compound file: Word 97-2003's .doc, and Excel's and PowerPoint's old formats.</summary>
    private static ReadOnlySpan<byte> OleSignature => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>
    /// A file read that holds no text but white space (a blank .docx, a .txt of empty lines) is no letter: one reason,
    /// rather than findings that the letter lacks each of its sections.
    /// </summary>
    private static Decoded WithText(Decoded decoded)
        => decoded.File is { } file && string.IsNullOrWhiteSpace(file.Text)
            ? new Decoded(null, "the file holds no text, only white space")
            : decoded;

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4;

    public static string TooLarge(long length, long maxBytes)
        => $"the file is {length / (1024.0 * 1024.0):0.0} MB; letters over {maxBytes / (1024 * 1024)} MB are not read";

    /// <summary>UTF-8 that throws on bytes that are not UTF-8 (one instance: encodings are safe to share between threads).</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>A BOM decides UTF-8, UTF-16 or UTF-32; otherwise strict UTF-8, and failing that Windows-1252 (legacy single-byte files).</summary>
    public static string DecodeText(byte[] bytes)
    {
        if (ByteOrderMark(bytes) is var (encoding, length)) return encoding.GetString(bytes, length, bytes.Length - length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>
    /// The encoding a byte order mark names, and the mark's length. UTF-32 LE's mark starts with UTF-16 LE's (FF FE),
    /// so the longer marks are tried first.
    /// </summary>
    private static (Encoding Encoding, int Length)? ByteOrderMark(byte[] bytes)
    {
        foreach (var encoding in MarkedEncodings)
        {
            var mark = encoding.Preamble;
            if (mark.Length > 0 && bytes.AsSpan().StartsWith(mark)) return (encoding, mark.Length);
        }
        return null;
    }

    /// <summary>The encodings a letter may name by its BOM, the longest marks first.</summary>
    private static readonly Encoding[] MarkedEncodings =
        { new UTF32Encoding(false, true), new UTF32Encoding(true, true), Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode };

    /// <summary>A .pdf file, or any input that starts with a PDF header (a PDF on standard input).</summary>
    public static bool IsPdf(string path, byte[] bytes)
        => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || StartsAsPdf(bytes);

    /// <summary>Whether the bytes open with a PDF header, whatever the file is called.</summary>
    private static bool StartsAsPdf(byte[] bytes) => bytes.AsSpan().StartsWith("%PDF-"u8);

    /// <summary>A text that <see cref="Decode"/> read from a PDF (its lines are PDF lines, pages apart by form feeds).</summary>
    public static bool IsPdfText(SourceFile file) => file.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PDF's text as <see cref="PdfTextReader"/> reads it; what it cannot read is the reason.</summary>
    private static Decoded DecodePdf(string path, byte[] bytes)
    {
        var read = PdfTextReader.Read(bytes);
        return read.Problem is { } problem ? new Decoded(null, problem) : new Decoded(new SourceFile(path, read.ToText()), null);
    }

    /// <summary>
    /// One line per paragraph, manual line break and table row of one-line cells that shows text (empty ones, which Word
    /// shows only as space, are left out, so line N of a finding is the N-th line with text); tabs are kept. Read as a stream
    /// under limits (<see cref="DocxText"/>): no part may expand past <paramref name="maxBytes"/>, whatever its
    /// compressed size.
    /// </summary>
    private static Decoded DecodeDocx(string path, byte[] bytes, long maxBytes)
    {
        var (text, problem) = DocxText.Read(bytes, new DocxText.Limits(maxBytes));
        return text is null ? new Decoded(null, problem) : new Decoded(new SourceFile(path, text), null);
    }
}
