using System.Runtime.InteropServices;

namespace ImrDsl.Cli.Input;

/// <summary>
/// A folder open for listing: its entries with the file type the listing itself gives (Linux's d_type), so a walk can
/// tell files, folders, links, FIFOs and devices apart without a statx per entry, and a statx of an entry relative to the
/// open folder when one is needed. (.NET's own enumeration knows the type too, but only says whether an entry is a
/// folder; telling a regular file from a FIFO through it costs an lstat of the full path each.) Linux only.
/// </summary>
internal sealed partial class FolderListing : IDisposable
{
    private nint _stream;

    private FolderListing(nint stream, List<Entry> entries)
    {
        _stream = stream;
        Entries = entries;
    }

    /// <summary>One entry: its name, and its kind as listed; <see cref="FileKind.Missing"/> when the listing does not say (a stat must).</summary>
    public sealed record Entry(string Name, FileKind Kind);

    /// <summary>The folder's entries but "." and "..", in the order the file system lists them.</summary>
    public List<Entry> Entries { get; }

    /// <summary>Lists a folder, which stays open (for <see cref="Stat"/>) until disposed; an IOException if it cannot be listed.</summary>
    public static FolderListing Open(string folder)
    {
        var stream = OpenDirectory(folder);
        if (stream == 0) throw Failure(folder, Marshal.GetLastPInvokeError());
        var entries = new List<Entry>();
        try
        {
            while (true)
            {
                var entry = ReadDirectory(stream);
                if (entry == 0)
                {
                    var error = Marshal.GetLastPInvokeError();
                    if (error != 0) throw Failure(folder, error);
                    return new FolderListing(stream, entries);
                }
                // struct dirent on Linux (glibc and musl, 64-bit): d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
                var name = Marshal.PtrToStringUTF8(entry + 19)!;
                if (name is "." or "..") continue;
                entries.Add(new Entry(name, KindOf(Marshal.ReadByte(entry, 18))));
            }
        }
        catch
        {
            CloseDirectory(stream);
            throw;
        }
    }

    /// <summary>An entry's facts, as <see cref="SafeFile.Stat"/> gives them for the folder's path joined with the name.</summary>
    public FileFacts Stat(string name, bool followLinks = true)
    {
        ObjectDisposedException.ThrowIf(_stream == 0, this);
        return SafeFile.StatIn(DirectoryFd(_stream), name, followLinks);
    }

    public void Dispose()
    {
        if (_stream == 0) return;
        CloseDirectory(_stream);
        _stream = 0;
    }

    /// <summary>The d_type values of dirent.h; DT_UNKNOWN (0), and anything else, leaves it to a stat.</summary>
    private static FileKind KindOf(byte type) => type switch
    {
        1 => FileKind.Fifo,
        2 => FileKind.CharacterDevice,
        4 => FileKind.Directory,
        6 => FileKind.BlockDevice,
        8 => FileKind.Regular,
        10 => FileKind.SymbolicLink,
        12 => FileKind.Socket,
        _ => FileKind.Missing,
    };

    private static IOException Failure(string folder, int error) => new($"'{folder}' cannot be listed (error {error})");

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDirectory(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDirectory(nint stream);

    [LibraryImport("libc", EntryPoint = "dirfd")]
    private static partial int DirectoryFd(nint stream);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(nint stream);
}
