using System.Text;

namespace ImrDsl.Pdf;

/// <summary>
/// Turns the bytes of a shown string into characters and advance widths for one font: ToUnicode CMaps first,
/// then, for simple fonts, the encoding (base encoding plus /Differences, glyph names to Unicode). Type0
/// fonts take 2-byte codes under Identity-H/V or the code lengths of their ToUnicode code space.
/// </summary>
internal sealed class PdfFont
{
    private readonly bool _composite;
    private readonly List<(int Length, uint Low, uint High)> _codeSpace = new();
    private readonly Dictionary<uint, string>? _toUnicode;
    private readonly string?[]? _encoding;
    private readonly double[]? _widths;
    private readonly int _firstChar;
    private readonly Dictionary<uint, double>? _cidWidths;
    private readonly double _defaultWidth;
    private readonly double _widthScale = 0.001;

    public string Name { get; }

    /// <summary>False when neither a ToUnicode map nor an encoding can give this font's characters.</summary>
    public bool HasMapping { get; }

    public PdfFont(PdfDict font, PdfFile file, StreamDecoder decoder, int maxEntries)
    {
        Name = file.NameOf(font["BaseFont"]) is { Length: > 0 } baseFont ? baseFont : "unnamed font";
        var subtype = file.NameOf(font["Subtype"]);
        _composite = subtype == "Type0";
        if (file.Dict(font["ToUnicode"]) is { StreamData: not null } cmap)
            _toUnicode = ReadToUnicode(decoder.Decode(cmap, file), _codeSpace, maxEntries);

        if (_composite)
        {
            var identity = file.NameOf(font["Encoding"]) is "Identity-H" or "Identity-V";
            if (identity || _codeSpace.Count == 0) { _codeSpace.Clear(); _codeSpace.Add((2, 0, 0xFFFF)); }
            var descendants = file.Array(font["DescendantFonts"]);
            var cidFont = descendants is { Count: > 0 } ? file.Dict(descendants[0]) : null;
            _defaultWidth = file.Num(cidFont?["DW"]) is > 0 and var dw ? dw : 1000;
            _cidWidths = cidFont is null ? null : ReadCidWidths(file.Array(cidFont["W"]), file, maxEntries);
            HasMapping = _toUnicode is { Count: > 0 };
            return;
        }

        _encoding = ReadSimpleEncoding(font, subtype, file);
        _firstChar = (int)Math.Clamp(file.Num(font["FirstChar"]) ?? 0, 0, 255);
        if (file.Array(font["Widths"]) is { } widths)
            _widths = widths.Select(w => file.Num(w) ?? 0).ToArray();
        var descriptor = file.Dict(font["FontDescriptor"]);
        _defaultWidth = file.Num(descriptor?["MissingWidth"]) is > 0 and var missing ? missing : StandardWidth(Name);
        if (subtype == "Type3" && file.Array(font["FontMatrix"]) is { Count: 6 } matrix)
            _widthScale = file.Num(matrix[0]) ?? 0.001;
        HasMapping = true;
    }

    /// <summary>A shown code: its character (null when unmapped), its advance in text space at size 1, and whether it is the one-byte code 32 (Tw applies).</summary>
    public readonly record struct Glyph(string? Text, double Width, bool IsWordSpace);

    /// <summary>The glyphs of a shown string, into <paramref name="glyphs"/> (cleared first; reused, so showing allocates nothing).</summary>
    public void Decode(byte[] bytes, List<Glyph> glyphs)
    {
        glyphs.Clear();
        var at = 0;
        while (at < bytes.Length)
        {
            var (code, length) = NextCode(bytes, at);
            at += length;
            string? text = null;
            if (_toUnicode is not null && _toUnicode.TryGetValue(code, out var mapped)) text = mapped;
            else if (!_composite && code < 256) text = _encoding![code];
            var width = _composite
                ? (_cidWidths is not null && _cidWidths.TryGetValue(code, out var w) ? w : _defaultWidth)
                : (_widths is not null && code >= _firstChar && code - _firstChar < _widths.Length ? _widths[code - _firstChar] : _defaultWidth);
            glyphs.Add(new Glyph(ExpandLigature(text), width * _widthScale, length == 1 && code == 32));
        }
    }

    /// <summary>Ligature glyphs (ﬁ, ﬂ, ﬀ, ...) as their letters, so words read as typed.</summary>
    private static string? ExpandLigature(string? text) => text is { Length: 1 } && text[0] is >= '\uFB00' and <= '\uFB06'
        ? text[0] switch { '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", _ => "st" }
        : text;

    private (uint Code, int Length) NextCode(byte[] bytes, int at)
    {
        if (!_composite) return (bytes[at], 1);
        uint code = 0;
        for (var length = 1; length <= 4 && at + length <= bytes.Length; length++)
        {
            code = (code << 8) | bytes[at + length - 1];
            foreach (var range in _codeSpace)
                if (range.Length == length && code >= range.Low && code <= range.High) return (code, length);
        }
        // Not in any code-space range: take the shortest length the font uses, as viewers do.
        var shortest = Math.Min(_codeSpace.Min(r => r.Length), bytes.Length - at);
        code = 0;
        for (var k = 0; k < shortest; k++) code = (code << 8) | bytes[at + k];
        return (code, Math.Max(1, shortest));
    }

    private static string?[] ReadSimpleEncoding(PdfDict font, string? subtype, PdfFile file)
    {
        var encoding = file.Resolve(font["Encoding"]);
        string?[] table;
        if (encoding is PdfName name) table = (string?[])GlyphNames.Encoding(name.Value).Clone();
        else if (encoding is PdfDict dictionary)
        {
            table = (string?[])GlyphNames.Encoding(file.NameOf(dictionary["BaseEncoding"])).Clone();
            if (file.Array(dictionary["Differences"]) is { } differences)
            {
                var code = 0;
                foreach (var item in differences)
                {
                    switch (file.Resolve(item))
                    {
                        case double number: code = (int)Math.Clamp(number, -1, 256); break;
                        case PdfName glyphName:
                            if (code is >= 0 and < 256) table[code] = GlyphNames.ToUnicode(glyphName.Value);
                            code++;
                            break;
                    }
                }
            }
        }
        // No encoding: TrueType fonts and the standard fonts default to StandardEncoding-like Latin text.
        else table = (string?[])(subtype == "TrueType" ? GlyphNames.WinAnsi : GlyphNames.Standard).Clone();
        return table;
    }

    private static Dictionary<uint, double> ReadCidWidths(List<object?>? w, PdfFile file, int maxEntries)
    {
        var widths = new Dictionary<uint, double>();
        if (w is null) return widths;
        var budget = 4L * maxEntries; // work, not size: overlapping ranges must end too
        var items = w.Select(file.Resolve).ToList();
        for (var i = 0; i < items.Count && budget > 0;)
        {
            var first = Number(items[i]);
            if (first is null) { i++; continue; }
            if (i + 1 < items.Count && items[i + 1] is List<object?> list)
            {
                var cid = (uint)Math.Max(0, first.Value);
                foreach (var width in list)
                {
                    if (--budget <= 0) break;
                    widths[cid++] = file.Num(width) ?? 0;
                }
                i += 2;
            }
            else if (i + 2 < items.Count && Number(items[i + 1]) is { } last && Number(items[i + 2]) is { } width)
            {
                // A range of at most 65,536 codes, so a hostile /W cannot make the loop run for ever.
                for (var cid = (uint)Math.Max(0, first.Value); cid <= (uint)Math.Min(last, first.Value + 65535) && --budget > 0; cid++) widths[cid] = width;
                i += 3;
            }
            else i++;
        }
        return widths;
    }

    private static double? Number(object? item) => item as double?;

    /// <summary>Widths of the standard 14 fonts when a file gives none: Courier is fixed; others get an average.</summary>
    private static double StandardWidth(string name) => name.StartsWith("Courier", StringComparison.Ordinal) ? 600 : 500;

    /// <summary>Reads bfchar and bfrange entries and the code-space ranges of a ToUnicode CMap.</summary>
    private static Dictionary<uint, string> ReadToUnicode(byte[] cmap, List<(int, uint, uint)> codeSpace, int maxEntries)
    {
        var map = new Dictionary<uint, string>();
        // Work, not size, is budgeted: ranges that overwrite the same codes again and again must end too.
        var budget = 4L * maxEntries;
        var lexer = new ContentLexer(cmap, 8);
        while (lexer.NextOperator() is { } op && budget > 0)
        {
            var operands = lexer.Operands;
            switch (op)
            {
                case "endcodespacerange":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } low && operands[i + 1].Bytes is { } high && high.Length == low.Length)
                            codeSpace.Add((low.Length, ToCode(low), ToCode(high)));
                    break;
                case "endbfchar":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } code && operands[i + 1].Bytes is { } text && --budget > 0)
                            map[ToCode(code)] = Utf16(text);
                    break;
                case "endbfrange":
                    for (var i = 0; i + 2 < operands.Count; i += 3)
                    {
                        if (operands[i].Bytes is not { Length: >= 1 and <= 4 } lowBytes || operands[i + 1].Bytes is not { Length: >= 1 and <= 4 } highBytes) continue;
                        var low = ToCode(lowBytes);
                        var high = Math.Min(ToCode(highBytes), low + 65535);
                        if (operands[i + 2].Items is { } list)
                        {
                            for (var k = 0; k < list.Count && low + k <= high && --budget > 0; k++)
                                if (list[k].Bytes is { } text) map[low + (uint)k] = Utf16(text);
                        }
                        else if (operands[i + 2].Bytes is { Length: >= 2 } start)
                        {
                            var first = Utf16(start);
                            for (var code = low; code <= high && --budget > 0; code++) map[code] = Increment(first, (int)(code - low));
                        }
                    }
                    break;
            }
        }
        return map;
    }

    private static uint ToCode(byte[] bytes)
    {
        uint code = 0;
        foreach (var b in bytes) code = (code << 8) | b;
        return code;
    }

    private static string Utf16(byte[] bytes)
        => bytes.Length % 2 == 0 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    /// <summary>The destination of a bfrange code: the start string with its last UTF-16 unit advanced.</summary>
    private static string Increment(string start, int by)
    {
        if (by == 0 || start.Length == 0) return start;
        var last = start[^1] + by;
        return last > 0xFFFF ? start : string.Concat(start.AsSpan(0, start.Length - 1), ((char)last).ToString());
    }
}
