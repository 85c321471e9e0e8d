using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ImrDsl.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes on to a <see cref="TextWriter"/> as it is made: the writer's bytes
/// pass through one small buffer (it grows only for a token larger than it), so a long document is never held whole.
/// </summary>
public sealed class JsonStream : IDisposable
{
    private readonly PassOn _output;

    public JsonStream(TextWriter writer)
    {
        _output = new PassOn(writer);
        Json = new Utf8JsonWriter(_output, new JsonWriterOptions { Indented = true });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes on everything written so far (a report does this after each file).</summary>
    public void Drain() => Json.Flush();

    /// <summary>Passes on the rest and ends the document with a line break.</summary>
    public void Finish()
    {
        Json.Flush();
        _output.Complete();
        _output.Writer.WriteLine();
    }

    public void Dispose() => Json.Dispose();

    /// <summary>Bytes handed over by the JSON writer are decoded and written at once; the buffer is then reused.</summary>
    private sealed class PassOn(TextWriter writer) : IBufferWriter<byte>
    {
        private const int Size = 16 * 1024;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder(); // keeps a character split between two hand-overs
        private byte[] _bytes = new byte[Size];
        private char[] _chars = new char[Size];

        public TextWriter Writer => writer;

        public void Advance(int count)
        {
            if (count == 0) return;
            Write(_bytes.AsSpan(0, count), flush: false);
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (sizeHint > _bytes.Length) _bytes = new byte[sizeHint];
            return _bytes;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public void Complete() => Write(ReadOnlySpan<byte>.Empty, flush: true);

        private void Write(ReadOnlySpan<byte> bytes, bool flush)
        {
            var needed = _decoder.GetCharCount(bytes, flush);
            if (needed > _chars.Length) _chars = new char[needed];
            var count = _decoder.GetChars(bytes, _chars, flush);
            writer.Write(_chars, 0, count);
        }
    }
}
