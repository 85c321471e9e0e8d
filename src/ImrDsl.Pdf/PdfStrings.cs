namespace ImrDsl.Pdf;

/// <summary>
/// PDF string literals, read the same way in object syntax and in content streams: `(text with \escapes and
/// (balanced) parentheses)` and `&lt;hex digits&gt;`. Each reads from the opening delimiter at <c>at</c> and leaves
/// <c>at</c> after the closing one; a string cut off by the end of the data ends there.
/// </summary>
internal static class PdfStrings
{
    public static byte[] ReadLiteral(byte[] data, ref int at, List<byte> bytes)
    {
        at++; // (
        bytes.Clear();
        var open = 1;
        while (at < data.Length)
        {
            var c = data[at++];
            if (c == '(') open++;
            else if (c == ')' && --open == 0) break;
            else if (c == '\\' && at < data.Length)
            {
                var e = data[at++];
                switch (e)
                {
                    case (byte)'n': bytes.Add((byte)'\n'); break;
                    case (byte)'r': bytes.Add((byte)'\r'); break;
                    case (byte)'t': bytes.Add((byte)'\t'); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r': if (at < data.Length && data[at] == '\n') at++; break; // line continuation
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                        var value = e - '0';
                        for (var k = 0; k < 2 && at < data.Length && data[at] is >= (byte)'0' and <= (byte)'7'; k++) value = value * 8 + (data[at++] - '0');
                        bytes.Add((byte)value);
                        break;
                    default: bytes.Add(e); break;
                }
                continue;
            }
            bytes.Add(c);
        }
        return bytes.ToArray();
    }

    public static byte[] ReadHex(byte[] data, ref int at, List<byte> bytes)
    {
        at++; // <
        bytes.Clear();
        var high = -1;
        while (at < data.Length && data[at] != '>')
        {
            var digit = ContentLexer.HexValue(data[at++]);
            if (digit < 0) continue;
            if (high < 0) high = digit;
            else { bytes.Add((byte)(high * 16 + digit)); high = -1; }
        }
        at++; // >
        if (high >= 0) bytes.Add((byte)(high * 16));
        return bytes.ToArray();
    }
}
