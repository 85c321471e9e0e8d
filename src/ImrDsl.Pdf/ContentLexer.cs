using System.Globalization;
using System.Text;

namespace ImrDsl.Pdf;

/// <summary>An operand of a content-stream operator.</summary>
internal readonly struct Operand
{
    public enum Type : byte { Number, String, Name, Array, Other }

    public Type Kind { get; private init; }
    public double Number { get; private init; }
    public byte[]? Bytes { get; private init; }
    public string? Name { get; private init; }
    public List<Operand>? Items { get; private init; }

    public static Operand OfNumber(double value) => new() { Kind = Type.Number, Number = value };
    public static Operand OfString(byte[] value) => new() { Kind = Type.String, Bytes = value };
    public static Operand OfName(string value) => new() { Kind = Type.Name, Name = value };
    public static Operand OfArray(List<Operand> items) => new() { Kind = Type.Array, Items = items };
    public static Operand Other => new() { Kind = Type.Other };
}

/// <summary>
/// Reads a content stream as operands and operators (PDF 32000-1 7.8.2). Written here rather than taken from
/// PDFsharp so that it is fast, never throws on damaged content, bounds nesting, and skips inline images.
/// </summary>
internal sealed class ContentLexer(byte[] data, int maxNesting)
{
    private int _at;

    public List<Operand> Operands { get; } = new();

    /// <summary>The next operator, with its operands in <see cref="Operands"/>; null at the end of the stream.</summary>
    public string? NextOperator()
    {
        Operands.Clear();
        while (true)
        {
            SkipSpace();
            if (_at >= data.Length) return null;
            var c = data[_at];
            if (IsRegular(c) && !IsNumberStart(c))
            {
                var op = ReadKeyword();
                if (op == "BI") { SkipInlineImage(); Operands.Clear(); continue; }
                if (op is "true" or "false" or "null") { Operands.Add(Operand.Other); continue; }
                return op;
            }
            if (!TryReadOperand(0, out var operand)) { _at++; continue; } // a stray delimiter: skip it
            Operands.Add(operand);
            if (Operands.Count > 4096) Operands.Clear(); // no operator takes that many: junk
        }
    }

    private bool TryReadOperand(int depth, out Operand operand)
    {
        operand = default;
        if (_at >= data.Length) return false;
        var c = data[_at];
        switch (c)
        {
            case (byte)'(':
                operand = Operand.OfString(ReadLiteralString());
                return true;
            case (byte)'<' when _at + 1 < data.Length && data[_at + 1] == '<':
                _at += 2;
                SkipDictionary(depth + 1);
                operand = Operand.Other;
                return true;
            case (byte)'<':
                operand = Operand.OfString(ReadHexString());
                return true;
            case (byte)'/':
                _at++;
                operand = Operand.OfName(ReadName());
                return true;
            case (byte)'[':
                _at++;
                operand = Operand.OfArray(ReadArray(depth + 1));
                return true;
            default:
                if (IsNumberStart(c)) { operand = Operand.OfNumber(ReadNumber()); return true; }
                if (IsRegular(c)) { ReadKeyword(); operand = Operand.Other; return true; }
                return false;
        }
    }

    private List<Operand> ReadArray(int depth)
    {
        var items = new List<Operand>();
        while (true)
        {
            SkipSpace();
            if (_at >= data.Length) return items;
            if (data[_at] == ']') { _at++; return items; }
            if (depth > maxNesting) throw new PdfUnreadableException($"arrays in a content stream are nested more than {maxNesting} deep");
            if (TryReadOperand(depth, out var item)) items.Add(item);
            else _at++;
        }
    }

    private void SkipDictionary(int depth)
    {
        if (depth > maxNesting) throw new PdfUnreadableException($"dictionaries in a content stream are nested more than {maxNesting} deep");
        while (true)
        {
            SkipSpace();
            if (_at >= data.Length) return;
            if (data[_at] == '>' && _at + 1 < data.Length && data[_at + 1] == '>') { _at += 2; return; }
            if (!TryReadOperand(depth, out _)) _at++;
        }
    }

    private readonly List<byte> _scratch = new();

    private byte[] ReadLiteralString() => PdfStrings.ReadLiteral(data, ref _at, _scratch);

    private byte[] ReadHexString() => PdfStrings.ReadHex(data, ref _at, _scratch);

    private string ReadName()
    {
        var start = _at;
        while (_at < data.Length && IsRegular(data[_at])) _at++;
        var raw = Encoding.Latin1.GetString(data, start, _at - start);
        if (!raw.Contains('#')) return raw;
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && HexValue((byte)raw[i + 1]) >= 0 && HexValue((byte)raw[i + 2]) >= 0)
            {
                builder.Append((char)(HexValue((byte)raw[i + 1]) * 16 + HexValue((byte)raw[i + 2])));
                i += 2;
            }
            else builder.Append(raw[i]);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A number: the common shapes ("-12", "3.25", ".5") read by hand, which is several times faster than
    /// double.Parse and matters in TJ arrays; anything odd ("--5", "1e5", long digit runs) goes to double.TryParse.
    /// </summary>
    private double ReadNumber()
    {
        var start = _at;
        _at++;
        while (_at < data.Length && (data[_at] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+')) _at++;
        var span = data.AsSpan(start, _at - start);
        if (TryReadSimpleNumber(span, out var simple)) return simple;
        // "--5" and "5-" occur in the wild; read what parses, else zero (as viewers do).
        return double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;
    }

    internal static bool TryReadSimpleNumber(ReadOnlySpan<byte> span, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < span.Length && span[i] is (byte)'-' or (byte)'+') negative = span[i++] == '-';
        if (span.Length - i is 0 or > 15) return false;
        long whole = 0, fraction = 0, scale = 1;
        var digits = 0;
        for (; i < span.Length && span[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++) whole = whole * 10 + (span[i] - '0');
        if (i < span.Length && span[i] == '.')
            for (i++; i < span.Length && span[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++) { fraction = fraction * 10 + (span[i] - '0'); scale *= 10; }
        if (i != span.Length || digits == 0) return false;
        value = whole + (double)fraction / scale;
        if (negative) value = -value;
        return true;
    }

    /// <summary>Every content-stream operator (PDF 32000-1 annex A), keyed by its bytes packed into an int.</summary>
    private static readonly Dictionary<int, string> Operators = new[]
    {
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC",
        "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q",
        "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm",
        "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"", "true", "false", "null",
    }.ToDictionary(op => Pack(System.Text.Encoding.Latin1.GetBytes(op)), op => op);

    private static int Pack(ReadOnlySpan<byte> bytes)
    {
        var key = 0;
        foreach (var b in bytes) key = (key << 8) | b;
        return key;
    }

    /// <summary>A keyword; known operators come back as shared strings, so reading content allocates none for them.</summary>
    private string ReadKeyword()
    {
        var start = _at;
        while (_at < data.Length && IsRegular(data[_at])) _at++;
        var length = _at - start;
        if (length <= 4 && Operators.TryGetValue(Pack(data.AsSpan(start, length)), out var known)) return known;
        return Encoding.Latin1.GetString(data, start, length);
    }

    /// <summary>BI ... ID binary-data EI: the data is skipped up to an "EI" that stands alone.</summary>
    private void SkipInlineImage()
    {
        while (_at + 1 < data.Length && !(data[_at] == 'I' && data[_at + 1] == 'D' && (_at + 2 >= data.Length || IsSpace(data[_at + 2])))) _at++;
        _at += 3;
        while (_at + 1 < data.Length)
        {
            if (data[_at] == 'E' && data[_at + 1] == 'I' && IsSpace(data[_at - 1]) && (_at + 2 >= data.Length || IsSpace(data[_at + 2]) || IsDelimiter(data[_at + 2])))
            {
                _at += 2;
                return;
            }
            _at++;
        }
        _at = data.Length;
    }

    private void SkipSpace()
    {
        while (_at < data.Length)
        {
            var c = data[_at];
            if (IsSpace(c)) _at++;
            else if (c == '%') { while (_at < data.Length && data[_at] != '\n' && data[_at] != '\r') _at++; }
            else return;
        }
    }

    internal static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;
    internal static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
    internal static bool IsRegular(byte c) => !IsSpace(c) && !IsDelimiter(c);
    private static bool IsNumberStart(byte c) => c is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.';

    internal static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}

/// <summary>Thrown inside the reader for a file it refuses; caught at the top and turned into a reason.</summary>
internal sealed class PdfUnreadableException(string reason) : Exception(reason);
