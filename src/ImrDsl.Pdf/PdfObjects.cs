using System.Globalization;
using System.Text;

namespace ImrDsl.Pdf;

/// <summary>A PDF name (written /Name); the value holds it without the slash.</summary>
internal sealed record PdfName(string Value);

/// <summary>An indirect reference "N G R".</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A dictionary, and the raw (still encoded) bytes of its stream when it is a stream object.</summary>
internal sealed class PdfDict
{
    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);
    public ReadOnlyMemory<byte>? StreamData { get; set; }

    public object? this[string key] => Items.GetValueOrDefault(key);
}

/// <summary>
/// Parses PDF objects (PDF 32000-1 7.3) from a byte buffer: numbers, strings, names, arrays, dictionaries,
/// references, and stream bodies (found by their "endstream", so a wrong /Length does not matter). Nesting is
/// bounded, so a hostile file cannot overflow the stack.
/// </summary>
internal sealed class PdfObjectParser(byte[] data, int maxNesting)
{
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    public int Position { get; set; }

    public object? ReadObject(int depth = 0)
    {
        SkipSpace();
        if (Position >= data.Length) return null;
        var c = data[Position];
        switch (c)
        {
            case (byte)'<' when Peek(1) == '<':
                Position += 2;
                return ReadDictionary(depth + 1);
            case (byte)'<':
                return ReadHexString();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'/':
                Position++;
                return new PdfName(ReadName());
            case (byte)'[':
                Position++;
                return ReadArray(depth + 1);
            case >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.':
                return ReadNumberOrReference();
            default:
                if (!ContentLexer.IsRegular(c)) { Position++; return null; }
                var keyword = ReadKeyword();
                return keyword switch { "true" => true, "false" => false, _ => null };
        }
    }

    private PdfDict ReadDictionary(int depth)
    {
        if (depth > maxNesting) throw new PdfUnreadableException($"its objects are nested more than {maxNesting} deep");
        var dict = new PdfDict();
        while (true)
        {
            SkipSpace();
            if (Position >= data.Length) return dict;
            if (data[Position] == '>' && Peek(1) == '>') { Position += 2; break; }
            if (data[Position] != '/')
            {
                // Junk where a key should be: skip one object (or one byte) and go on, as viewers do.
                var before = Position;
                ReadObject(depth);
                if (Position == before) Position++;
                continue;
            }
            Position++;
            var key = ReadName();
            dict.Items[key] = ReadObject(depth);
        }
        ReadStreamBody(dict);
        return dict;
    }

    /// <summary>If "stream" follows the dictionary, its body runs from the end of that line to "endstream".</summary>
    private void ReadStreamBody(PdfDict dict)
    {
        var save = Position;
        SkipSpace();
        if (!data.AsSpan(Position).StartsWith("stream"u8)) { Position = save; return; }
        var start = Position + 6;
        if (start < data.Length && data[start] == '\r') start++;
        if (start < data.Length && data[start] == '\n') start++;
        var found = data.AsSpan(start).IndexOf(EndStream);
        var end = found < 0 ? data.Length : start + found;
        var length = end - start;
        // The declared length, when direct and consistent, drops the end-of-line before "endstream".
        if (dict["Length"] is double declared && declared >= 0 && declared <= length) length = (int)declared;
        else while (length > 0 && data[start + length - 1] is (byte)'\n' or (byte)'\r') length--;
        dict.StreamData = new ReadOnlyMemory<byte>(data, start, length);
        Position = found < 0 ? data.Length : end + EndStream.Length;
    }

    private List<object?> ReadArray(int depth)
    {
        if (depth > maxNesting) throw new PdfUnreadableException($"its objects are nested more than {maxNesting} deep");
        var items = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (Position >= data.Length) return items;
            if (data[Position] == ']') { Position++; return items; }
            var before = Position;
            items.Add(ReadObject(depth));
            if (Position == before) Position++;
        }
    }

    /// <summary>A number, or "N G R" (a reference) when two integers and R follow.</summary>
    private object ReadNumberOrReference()
    {
        var number = ReadNumber();
        if (number < 0 || number != Math.Floor(number) || number > int.MaxValue) return number;
        var save = Position;
        SkipSpace();
        if (Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'9')
        {
            var generation = ReadNumber();
            SkipSpace();
            if (Position < data.Length && data[Position] == 'R' && (Position + 1 >= data.Length || !ContentLexer.IsRegular(data[Position + 1])))
            {
                Position++;
                return new PdfRef((int)number, (int)generation);
            }
        }
        Position = save;
        return number;
    }

    public double ReadNumber()
    {
        var start = Position;
        Position++;
        while (Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+') Position++;
        if (ContentLexer.TryReadSimpleNumber(data.AsSpan(start, Position - start), out var simple)) return simple;
        return double.TryParse(data.AsSpan(start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;
    }

    private byte[] ReadLiteralString()
    {
        var at = Position;
        var bytes = PdfStrings.ReadLiteral(data, ref at, new List<byte>());
        Position = at;
        return bytes;
    }

    private byte[] ReadHexString()
    {
        var at = Position;
        var bytes = PdfStrings.ReadHex(data, ref at, new List<byte>());
        Position = at;
        return bytes;
    }

    private string ReadName()
    {
        var start = Position;
        while (Position < data.Length && ContentLexer.IsRegular(data[Position])) Position++;
        var raw = Encoding.Latin1.GetString(data, start, Position - start);
        if (!raw.Contains('#')) return raw;
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && ContentLexer.HexValue((byte)raw[i + 1]) is >= 0 and var h && ContentLexer.HexValue((byte)raw[i + 2]) is >= 0 and var l)
            {
                builder.Append((char)(h * 16 + l));
                i += 2;
            }
            else builder.Append(raw[i]);
        }
        return builder.ToString();
    }

    public string ReadKeyword()
    {
        var start = Position;
        while (Position < data.Length && ContentLexer.IsRegular(data[Position])) Position++;
        return Encoding.Latin1.GetString(data, start, Position - start);
    }

    public void SkipSpace()
    {
        while (Position < data.Length)
        {
            var c = data[Position];
            if (ContentLexer.IsSpace(c)) Position++;
            else if (c == '%') { while (Position < data.Length && data[Position] != '\n' && data[Position] != '\r') Position++; }
            else return;
        }
    }

    private int Peek(int ahead) => Position + ahead < data.Length ? data[Position + ahead] : -1;
}
