using System.Text;

namespace ImrDsl.Cli.Output;

/// <summary>
/// Writes to a temporary file beside the target and renames it into place on <see cref="Commit"/>, so a
/// crash or a full disk never leaves the user's file half written. Disposed without Commit: nothing changes.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFileWriter(string target)
    {
        _target = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(_target)!;
        if (!Directory.Exists(directory)) throw new UsageException($"the folder of '{target}' does not exist");
        _temporary = Path.Combine(directory, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}.tmp");
        Writer = new StreamWriter(_temporary, false, new UTF8Encoding(false));
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public static void WriteAllText(string path, string text)
    {
        using var writer = new AtomicFileWriter(path);
        writer.Writer.Write(text);
        writer.Commit();
    }

    public void Dispose()
    {
        if (_committed) return;
        Writer.Dispose();
        try { File.Delete(_temporary); } catch (IOException) { }
    }
}
