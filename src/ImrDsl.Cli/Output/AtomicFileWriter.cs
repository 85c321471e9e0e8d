using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using ImrDsl.Cli.Input;

namespace ImrDsl.Cli.Output;

/// <summary>
/// Writes to a temporary file beside the target and renames it into place on <see cref="Commit"/>, so a
/// crash or a full disk never leaves the user's file half written. Disposed without Commit: nothing changes.
/// It respects what is at the target: a link is written through (its final target is replaced, the link stays);
/// a folder, a device, a FIFO or a read-only file is refused with a <see cref="UsageException"/> before anything
/// is written; an existing file keeps its mode and, where permitted, its owner and group; a new one is its owner's
/// alone (read and write), as the temporary file is from its first byte. Temporary files are
/// removed on failure, on Ctrl+C or SIGTERM, and (after a SIGKILL) by the next write to the same folder.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private const string TemporarySuffix = ".imr-tmp";
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static int _signalsRegistered;
    private static readonly List<PosixSignalRegistration> Registrations = new();

    private readonly string _target;
    private readonly string _temporary;
    private readonly FileFacts? _existing;
    private bool _committed;

    public AtomicFileWriter(string target)
    {
        var shown = Excerpt.Of(target, 200);
        try
        {
            _target = FinalTarget(Path.GetFullPath(target), shown);
            _existing = Check(_target, shown);
        }
        catch (UnreadableInputException ex)
        {
            throw new UsageException($"cannot write '{shown}': {ex.Message}");
        }
        var directory = Path.GetDirectoryName(_target)!;
        RemoveStale(directory, Path.GetFileName(_target));
        RegisterSignalCleanup();
        _temporary = Path.Combine(directory, $".{Path.GetFileName(_target)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}");
        Live[_temporary] = 0;
        try
        {
            // Readable by its owner alone from the first byte: a report quotes letters, and a temporary file of one that is
            // being written (or left by a killed run) must not be open to other users. Commit gives it the target's mode.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Writer = new StreamWriter(new FileStream(_temporary, options), new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Live.TryRemove(_temporary, out _);
            throw new UsageException($"cannot write '{shown}': {ex.Message}");
        }
    }

    /// <summary>Refuses targets that must not be replaced; returns what is there now, if it is a file.</summary>
    private static FileFacts? Check(string target, string shown)
    {
        var directory = Path.GetDirectoryName(target)!;
        var folder = SafeFile.Stat(directory);
        if (folder.Kind != FileKind.Directory) throw new UsageException($"cannot write '{shown}': its folder does not exist");
        if (!SafeFile.IsWritable(directory, folder)) throw new UsageException($"cannot write '{shown}': its folder is read-only");

        var facts = SafeFile.Stat(target);
        switch (facts.Kind)
        {
            case FileKind.Missing: return null;
            case FileKind.Regular:
                if (!SafeFile.IsWritable(target, facts)) throw new UsageException($"cannot write '{shown}': the file is read-only");
                return facts;
            case FileKind.Directory:
                throw new UsageException($"cannot write '{shown}': it is a folder; name a file");
            default:
                throw new UsageException($"cannot write '{shown}': {SafeFile.RefusalFor(facts.Kind, "writes")}");
        }
    }

    public TextWriter Writer { get; }

    /// <summary>
    /// Whether the file at a path (after links) is the one this writer will replace: a command must not write over a
    /// file it reads (a letter, a baseline, a config), which its own output would destroy.
    /// </summary>
    public bool WouldReplace(string path)
    {
        if (_existing is not { } existing) return false;
        try
        {
            var facts = SafeFile.Stat(path);
            return facts.Kind != FileKind.Missing && facts.Identity == existing.Identity;
        }
        catch (UnreadableInputException)
        {
            return false;
        }
    }

    /// <summary>Whether there is a file this writer will replace.</summary>
    public bool ReplacesAFile => _existing is not null;

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        if (_existing is { } existing)
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_temporary, existing.Mode);
            SafeFile.TryChown(_temporary, existing.Owner, existing.Group); // only root may give a file away; otherwise it stays ours
        }
        File.Move(_temporary, _target, overwrite: true);
        Live.TryRemove(_temporary, out _);
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
        TryDelete(_temporary);
        Live.TryRemove(_temporary, out _);
    }

    /// <summary>The file a path finally names, following links (so the link itself survives and its target is updated).</summary>
    private static string FinalTarget(string path, string shown)
    {
        try
        {
            var isLink = OperatingSystem.IsLinux()
                ? SafeFile.Stat(path, followLinks: false).Kind == FileKind.SymbolicLink
                : File.Exists(path) && new FileInfo(path).LinkTarget is not null;
            if (!isLink) return path;
            var link = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return link is null ? path : Path.GetFullPath(link.FullName);
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot write '{shown}': {ex.Message}");
        }
    }

    /// <summary>Temporary files of this target left by a run that was killed: their process is gone (or, off Linux, they are an hour old).</summary>
    private static void RemoveStale(string directory, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, $".{name}.*{TemporarySuffix}").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var candidate in candidates)
        {
            var parts = Path.GetFileName(candidate).Substring(name.Length + 2).Split('.');
            var stale = OperatingSystem.IsLinux() && parts.Length >= 2 && int.TryParse(parts[0], out var pid)
                ? pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}")
                : File.GetLastWriteTimeUtc(candidate) < DateTime.UtcNow.AddHours(-1);
            if (stale) TryDelete(candidate);
        }
    }

    private static void RegisterSignalCleanup()
    {
        if (Interlocked.Exchange(ref _signalsRegistered, 1) == 1) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveLive();
        if (OperatingSystem.IsWindows()) return;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            Registrations.Add(PosixSignalRegistration.Create(signal, _ => RemoveLive()));
    }

    private static void RemoveLive()
    {
        foreach (var path in Live.Keys) TryDelete(path);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
