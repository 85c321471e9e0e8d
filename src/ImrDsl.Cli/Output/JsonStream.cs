using System.Text;
using System.Text.Json;

namespace ImrDsl.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes on to a <see cref="TextWriter"/> piece by piece: after each
/// <see cref="Drain"/> the bytes written so far are passed on and forgotten, so a long report is never held whole.
/// </summary>
public sealed class JsonStream : IDisposable
{
    private readonly TextWriter _writer;
    private readonly MemoryStream _pending = new();

    public JsonStream(TextWriter writer)
    {
        _writer = writer;
        Json = new Utf8JsonWriter(_pending, new JsonWriterOptions { Indented = true });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes on what was written since the last drain (whole tokens, so no character is split).</summary>
    public void Drain()
    {
        Json.Flush();
        if (_pending.Length == 0) return;
        _writer.Write(Encoding.UTF8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length));
        _pending.SetLength(0);
    }

    /// <summary>Drains the rest and ends the document with a line break.</summary>
    public void Finish()
    {
        Drain();
        _writer.WriteLine();
    }

    public void Dispose()
    {
        Json.Dispose();
        _pending.Dispose();
    }
}
