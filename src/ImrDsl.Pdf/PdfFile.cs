namespace ImrDsl.Pdf;

/// <summary>
/// The objects of a PDF file, found by scanning for "N G obj" rather than trusting the cross-reference table
/// (so a damaged or missing table does not matter, and incremental updates apply: the last definition wins),
/// plus the objects packed in object streams, the trailer, and the pages in order with inherited resources.
/// </summary>
internal sealed class PdfFile
{
    private readonly Dictionary<int, object?> _objects = new();
    private readonly List<PdfDict> _trailers = new();

    public sealed record Page(PdfDict Dictionary, PdfDict? Resources);

    private PdfFile() { }

    public static PdfFile Parse(byte[] data, PdfLimits limits, StreamDecoder decoder)
    {
        var file = new PdfFile();
        var parser = new PdfObjectParser(data, limits.MaxNesting);
        var objectStreams = new List<PdfDict>();
        var at = 0;
        while (at < data.Length)
        {
            var found = data.AsSpan(at).IndexOf("obj"u8);
            if (found < 0) break;
            at += found;
            if (IsDelimited(data, at, 3) && ObjectNumberBefore(data, at) is { } number)
            {
                parser.Position = at + 3;
                var value = parser.ReadObject();
                file._objects[number] = value;
                if (value is PdfDict dict)
                {
                    if (Name(dict["Type"]) == "ObjStm") objectStreams.Add(dict);
                    if (Name(dict["Type"]) == "XRef") file._trailers.Add(dict);
                }
                at = Math.Max(parser.Position, at + 3);
            }
            else at++;
        }
        // Classic trailers ("trailer << ... >>"); files with cross-reference streams keep theirs in the /XRef objects.
        for (var t = data.AsSpan().IndexOf("trailer"u8); t >= 0; t = NextFrom(data, t + 7, "trailer"u8))
        {
            if (!IsDelimited(data, t, 7)) continue;
            parser.Position = t + 7;
            if (parser.ReadObject() is PdfDict trailer) file._trailers.Add(trailer);
        }
        foreach (var stream in objectStreams) file.ReadObjectStream(stream, limits, decoder);
        return file;
    }

    /// <summary>Objects packed in an object stream: N pairs of (number, offset), then the objects from /First.</summary>
    private void ReadObjectStream(PdfDict stream, PdfLimits limits, StreamDecoder decoder)
    {
        var data = decoder.Decode(stream, this);
        var count = (int)Math.Clamp(Number(stream["N"]) ?? 0, 0, 1_000_000);
        var first = (int)Math.Clamp(Number(stream["First"]) ?? 0, 0, data.Length);
        var parser = new PdfObjectParser(data, limits.MaxNesting);
        var entries = new List<(int Number, int Offset)>(count);
        for (var i = 0; i < count; i++)
        {
            if (parser.ReadObject() is not double number || parser.ReadObject() is not double offset) break;
            entries.Add(((int)number, (int)offset));
        }
        foreach (var (number, offset) in entries)
        {
            if (_objects.ContainsKey(number) || first + offset >= data.Length || offset < 0) continue;
            parser.Position = first + offset;
            _objects[number] = parser.ReadObject();
        }
    }

    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfRef reference && hops < 32; hops++) value = _objects.GetValueOrDefault(reference.Number);
        return value is PdfRef ? null : value;
    }

    public PdfDict? Dict(object? value) => Resolve(value) as PdfDict;
    public List<object?>? Array(object? value) => Resolve(value) as List<object?>;
    public double? Num(object? value) => Number(Resolve(value));
    public string? NameOf(object? value) => Name(Resolve(value));

    public static double? Number(object? value) => value as double?;
    public static string? Name(object? value) => (value as PdfName)?.Value;

    public bool IsEncrypted => _trailers.Any(t => t["Encrypt"] is not null);

    /// <summary>The document catalog: the last trailer's /Root, or failing that any /Catalog object.</summary>
    public PdfDict? Catalog
    {
        get
        {
            for (var i = _trailers.Count - 1; i >= 0; i--)
                if (Dict(_trailers[i]["Root"]) is { } root) return root;
            return _objects.Values.OfType<PdfDict>().FirstOrDefault(d => Name(d["Type"]) == "Catalog");
        }
    }

    /// <summary>The pages in order, each with its resources (inherited from the page tree when it has none).</summary>
    public List<Page> Pages(PdfLimits limits)
    {
        var pages = new List<Page>();
        var visited = new HashSet<PdfDict>(ReferenceEqualityComparer.Instance);
        if (Dict(Catalog?["Pages"]) is { } root) Walk(root, null, 0);
        return pages;

        void Walk(PdfDict node, PdfDict? inherited, int depth)
        {
            if (depth > limits.MaxNesting || !visited.Add(node)) return; // loops in a damaged tree end here
            var resources = Dict(node["Resources"]) ?? inherited;
            if (Array(node["Kids"]) is { } kids && NameOf(node["Type"]) != "Page")
            {
                foreach (var kid in kids)
                {
                    if (Dict(kid) is { } child) Walk(child, resources, depth + 1);
                    if (pages.Count > limits.MaxPages) throw new PdfUnreadableException($"the PDF has more than {limits.MaxPages} pages; longer files are not read");
                }
            }
            else pages.Add(new Page(node, resources));
        }
    }

    private static int NextFrom(byte[] data, int from, ReadOnlySpan<byte> what)
    {
        if (from >= data.Length) return -1;
        var found = data.AsSpan(from).IndexOf(what);
        return found < 0 ? -1 : from + found;
    }

    private static bool IsDelimited(byte[] data, int at, int length)
        => (at == 0 || !ContentLexer.IsRegular(data[at - 1])) && (at + length >= data.Length || !ContentLexer.IsRegular(data[at + length]));

    /// <summary>The object number N of "N G obj" ending just before <paramref name="at"/>, if the header is there.</summary>
    private static int? ObjectNumberBefore(byte[] data, int at)
    {
        var i = at - 1;
        while (i >= 0 && ContentLexer.IsSpace(data[i])) i--;
        var generationEnd = i;
        while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9') i--;
        if (i == generationEnd || i < 0 || !ContentLexer.IsSpace(data[i])) return null;
        while (i >= 0 && ContentLexer.IsSpace(data[i])) i--;
        var numberEnd = i;
        while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9') i--;
        if (i == numberEnd || numberEnd - i > 9) return null;
        var number = 0;
        for (var k = i + 1; k <= numberEnd; k++) number = number * 10 + (data[k] - '0');
        return number;
    }
}
