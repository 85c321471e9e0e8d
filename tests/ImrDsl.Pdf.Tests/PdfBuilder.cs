using System.IO.Compression;
using System.Text;

namespace ImrDsl.Pdf.Tests;

/// <summary>
/// Writes small PDFs for tests: numbered objects (dictionary text, optionally with a stream), a correct
/// cross-reference table and a trailer, so pdftotext and other readers accept what the reader is given.
/// </summary>
internal sealed class PdfBuilder
{
    private readonly List<(string Dictionary, byte[]? Stream)> _objects = new();
    public string TrailerExtra { get; set; } = "";

    /// <summary>Adds an object and returns its number (1-based).</summary>
    public int Add(string dictionary, byte[]? stream = null)
    {
        _objects.Add((dictionary, stream));
        return _objects.Count;
    }

    public int AddStream(string content, bool compress = false, string extra = "")
    {
        var bytes = Encoding.Latin1.GetBytes(content);
        return compress ? Add($"<< /Filter /FlateDecode {extra} >>", Deflate(bytes)) : Add($"<< {extra} >>", bytes);
    }

    /// <summary>A one-page document: catalog, pages, page with the given content and font resources.</summary>
    public static PdfBuilder OnePage(string content, string fonts = "/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", bool compress = false)
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << {fonts} >> >> >>");
        pdf.AddStream(content, compress);
        return pdf;
    }

    public byte[] ToBytes()
    {
        var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            var (dictionary, stream) = _objects[i];
            if (stream is null) Write($"{i + 1} 0 obj\n{dictionary}\nendobj\n");
            else
            {
                var withLength = dictionary.TrimEnd().EndsWith(">>", StringComparison.Ordinal)
                    ? dictionary.TrimEnd()[..^2] + $" /Length {stream.Length} >>"
                    : dictionary;
                Write($"{i + 1} 0 obj\n{withLength}\nstream\n");
                output.Write(stream);
                Write("\nendstream\nendobj\n");
            }
        }
        var xref = output.Position;
        Write($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {_objects.Count + 1} /Root 1 0 R {TrailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
