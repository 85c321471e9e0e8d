using System.IO.Compression;

namespace ImrDsl.Pdf;

/// <summary>
/// Decodes the streams text extraction needs (content, forms, ToUnicode CMaps) with a budget, so a small
/// file that inflates to gigabytes (a filter bomb) is refused instead of exhausting memory. PDFsharp's own
/// object streams are decoded here too, under the same budget.
/// </summary>
internal sealed class StreamDecoder(PdfLimits limits)
{
    private long _decodedSoFar;

    public byte[] Decode(PdfDict dictionary, PdfFile file)
    {
        if (dictionary.StreamData is not { } raw) return Array.Empty<byte>();
        var data = raw.ToArray();
        foreach (var filter in Filters(file.Resolve(dictionary["Filter"]), file))
        {
            data = filter switch
            {
                "FlateDecode" or "Fl" => Inflate(data),
                "ASCIIHexDecode" or "AHx" => AsciiHex(data),
                "ASCII85Decode" or "A85" => Ascii85(data),
                _ => throw new PdfUnreadableException($"a content stream uses the {filter} filter, which this reader does not decode"),
            };
        }
        Charge(data.Length);
        return data;
    }

    private static IEnumerable<string> Filters(object? filter, PdfFile file) => filter switch
    {
        PdfName name => new[] { name.Value },
        List<object?> array => array.Select(e => file.NameOf(e) ?? "?"),
        _ => Array.Empty<string>(),
    };

    private void Charge(long bytes)
    {
        _decodedSoFar += bytes;
        if (_decodedSoFar > limits.MaxDecodedBytes)
            throw new PdfUnreadableException($"its streams decode to more than {limits.MaxDecodedBytes / (1024 * 1024)} MB (a compression bomb?)");
    }

    private byte[] Inflate(byte[] data)
    {
        // Some producers omit the zlib header; the deflate data starts after it when it is there.
        var skip = data.Length >= 2 && (data[0] & 0x0F) == 8 && (data[0] * 256 + data[1]) % 31 == 0 ? 2 : 0;
        using var input = new MemoryStream(data, skip, data.Length - skip, writable: false);
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(Math.Min(data.Length * 4 + 256, 1 << 20));
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > limits.MaxStreamBytes)
                    throw new PdfUnreadableException($"a stream decodes to more than {limits.MaxStreamBytes / (1024 * 1024)} MB (a compression bomb?)");
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or truncated deflate data: keep what came out before the damage, as viewers do.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return output.ToArray();
    }

    private static byte[] AsciiHex(byte[] data)
    {
        var output = new List<byte>(data.Length / 2);
        var high = -1;
        foreach (var c in data)
        {
            if (c == '>') break;
            var digit = ContentLexer.HexValue(c);
            if (digit < 0) continue;
            if (high < 0) high = digit;
            else { output.Add((byte)(high * 16 + digit)); high = -1; }
        }
        if (high >= 0) output.Add((byte)(high * 16));
        return output.ToArray();
    }

    private static byte[] Ascii85(byte[] data)
    {
        var output = new List<byte>(data.Length);
        Span<int> group = stackalloc int[5];
        var count = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '~') break;
            if (c == 'z' && count == 0) { output.AddRange(new byte[4]); continue; }
            if (c < '!' || c > 'u') continue;
            group[count++] = c - '!';
            if (count == 5) { Emit(group, 4); count = 0; }
        }
        if (count > 1)
        {
            for (var k = count; k < 5; k++) group[k] = 84;
            Emit(group, count - 1);
        }
        return output.ToArray();

        void Emit(Span<int> digits, int bytes)
        {
            uint value = 0;
            foreach (var d in digits) value = unchecked(value * 85 + (uint)d);
            for (var k = 0; k < bytes; k++) output.Add((byte)(value >> (24 - 8 * k)));
        }
    }
}
