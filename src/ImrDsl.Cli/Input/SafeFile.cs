using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ImrDsl.Cli.Input;

/// <summary>What a path is, after following links: only <see cref="Regular"/> files are ever opened for reading.</summary>
public enum FileKind { Missing, Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, SymbolicLink, Other }

/// <summary>A file's identity (device and inode), type, permission bits, owner and number of hard links, as stat reports them.</summary>
public readonly record struct FileFacts(FileKind Kind, ulong Device, ulong Inode, UnixFileMode Mode, uint Owner, uint Group, long Size, uint Links = 1)
{
    public FileIdentity Identity => new(Device, Inode);
}

/// <summary>A file or folder as the file system knows it: two paths to it (links) have the same identity.</summary>
/// <remarks>A class rather than a value tuple: sets of them are made on every run, and ReadyToRun cannot precompile the
/// framework's HashSet code over a struct key here, so each start JIT-compiled it.</remarks>
public sealed record FileIdentity(ulong Device, ulong Inode);

/// <summary>
/// A file that cannot be read as input, with a reason for the user. An IOException, so callers that already
/// handle I/O failures report it the same way.
/// </summary>
public sealed class UnreadableInputException(string reason) : IOException(reason);

/// <summary>
/// Reading input without trusting the file system: a FIFO, socket or device is refused before it is opened (opening
/// a FIFO blocks; /dev/zero never ends), and no more than a limit of bytes is ever read, whatever the file claims
/// its length is. On Linux the type check and the read use the same open descriptor, so a path swapped between
/// the check and the open cannot slip a FIFO in.
/// </summary>
public static partial class SafeFile
{
    /// <summary>Limit for small inputs read whole: imr.json, .gitignore, baselines.</summary>
    public const long MaxConfigBytes = 1L * 1024 * 1024;

    public static FileFacts Stat(string path, bool followLinks = true)
    {
        if (OperatingSystem.IsLinux()) return Native.Stat(path, followLinks);
        // Elsewhere .NET cannot tell devices from files; directories and missing paths are still told apart.
        if (Directory.Exists(path)) return new FileFacts(FileKind.Directory, 0, 0, 0, 0, 0, 0);
        if (!File.Exists(path)) return new FileFacts(FileKind.Missing, 0, 0, 0, 0, 0, 0);
        var info = new FileInfo(path);
        return new FileFacts(FileKind.Regular, 0, 0, OperatingSystem.IsWindows() ? 0 : info.UnixFileMode, 0, 0, info.Length);
    }

    /// <summary>
    /// <see cref="Stat"/> of an entry of a folder open as <paramref name="folderFd"/> (Linux only): the kernel looks up one
    /// name instead of every folder of a full path, which was most of the cost of examining a folder's entries.
    /// </summary>
    internal static FileFacts StatIn(int folderFd, string name, bool followLinks = true) => Native.StatIn(folderFd, name, followLinks);

    /// <summary>Why a path of this kind is not read, or null for a regular file.</summary>
    public static string? RefusalFor(FileKind kind, string verb = "reads", string? path = null) => kind switch
    {
        FileKind.Regular => null,
        FileKind.Missing => MissingReason(path),
        FileKind.Directory => "it is a folder, not a file",
        FileKind.Fifo => $"it is a named pipe (FIFO), not a regular file; imr {verb} only regular files",
        FileKind.Socket => $"it is a socket, not a regular file; imr {verb} only regular files",
        FileKind.CharacterDevice or FileKind.BlockDevice => $"it is a device, not a regular file; imr {verb} only regular files",
        _ => $"it is not a regular file; imr {verb} only regular files",
    };

    /// <summary>Why a path that names nothing cannot be read.</summary>
    public static string MissingReason(string? path)
        => path is not null && NameWasNotUtf8(path) ? NotUtf8Name : "it does not exist (or is a link to nothing)";

    /// <summary>
    /// Whether a path came from a name that is not UTF-8. .NET reads file names as UTF-8, so a name with other bytes (a
    /// Latin-1 name from an old zip) arrives with U+FFFD in their place and names no file, though one is there.
    /// </summary>
    public static bool NameWasNotUtf8(string path) => path.Contains('\uFFFD');

    public const string NotUtf8Name = "its name is not valid UTF-8, and imr opens files only by UTF-8 names (rename it, e.g. with convmv)";

    /// <summary>At most <paramref name="maxBytes"/> bytes of a regular file; anything else is an <see cref="UnreadableInputException"/>.</summary>
    public static byte[] ReadBytes(string path, long maxBytes) => ReadBytes(path, maxBytes, foundRegular: false);

    /// <summary>
    /// <see cref="ReadBytes(string, long)"/> for a path just found to be a regular file (by a stat, or by the file type a
    /// folder's listing gives): on Linux the path is not examined again before it is opened (the open descriptor still is,
    /// before anything is read). An input of `imr check` was found so; the second look cost a statx per letter.
    /// </summary>
    internal static byte[] ReadBytes(string path, long maxBytes, bool foundRegular)
    {
        if (OperatingSystem.IsLinux()) return ReadRegular(path, maxBytes, foundRegular);
        using var stream = OpenRegular(path);
        return ReadLimited(stream, maxBytes);
    }

    /// <summary>
    /// <see cref="ReadBytes(string, long)"/> on Linux: the size comes from the statx that checks the open descriptor, and
    /// the bytes from one positioned read into an array of that size and one byte beyond it. A regular file that gives its
    /// length and no more, asked for more, has ended there, so a letter costs open, statx, one read and close. (A FileStream
    /// over the descriptor added an fstat and two seeks per file; a separate one-byte read for the end, one more call.)
    /// </summary>
    private static byte[] ReadRegular(string path, long maxBytes, bool foundRegular)
    {
        // Checked before opening, so a device is never opened at all (unless the caller just found it regular), and again
        // on the open descriptor: a path swapped meanwhile is refused before it is read.
        if (!foundRegular && RefusalFor(Native.Stat(path, followLinks: true).Kind, path: path) is { } before) throw new UnreadableInputException(before);
        using var handle = Native.OpenForReading(path);
        var facts = Native.Stat(handle);
        if (RefusalFor(facts.Kind) is { } refusal) throw new UnreadableInputException(refusal);
        if (facts.Size > maxBytes) throw new UnreadableInputException(TooLarge(maxBytes));
        var bytes = new byte[facts.Size];
        Span<byte> probe = stackalloc byte[1];
        var filled = Native.ReadAt(handle, bytes, probe, 0);
        if (filled == bytes.Length) return bytes;
        if (filled > bytes.Length) return GrewWhileRead(handle, maxBytes, bytes, probe[0]);
        // A read that stopped short of the length: go on reading what is left, then look for the end.
        while (filled < bytes.Length && Native.ReadAt(handle, bytes.AsSpan(filled), filled) is var read && read > 0) filled += read;
        if (filled < bytes.Length) return bytes.AsSpan(0, filled).ToArray(); // it shrank while being read
        if (Native.ReadAt(handle, probe, filled) == 0) return bytes;
        return GrewWhileRead(handle, maxBytes, bytes, probe[0]);
    }

    /// <summary>
    /// A file that grew while being read (or whose size says nothing, as in /proc): the rest as a stream of unknown length,
    /// after the <paramref name="bytes"/> and the one <paramref name="next"/> byte already read.
    /// </summary>
    private static byte[] GrewWhileRead(SafeFileHandle handle, long maxBytes, byte[] bytes, byte next)
    {
        using var rest = new FileStream(handle, FileAccess.Read, 1);
        rest.Position = bytes.Length + 1;
        return ReadRest(rest, maxBytes, bytes, next);
    }

    /// <summary>A regular file's text (BOM-aware UTF-8/UTF-16, else Windows-1252), read under a byte limit.</summary>
    public static string ReadText(string path, long maxBytes = MaxConfigBytes)
        => ImrDsl.Domain.Letters.LetterSource.DecodeText(ReadBytes(path, maxBytes));

    /// <summary>Reads a stream to its end or to the limit, whichever comes first: never more than the limit plus one byte.</summary>
    public static byte[] ReadLimited(Stream stream, long maxBytes)
    {
        // A regular file says how long it is: one over the limit is refused unread; otherwise it is read into an array of
        // that size and the end confirmed with a one-byte read. Growing a buffer per file made every letter cost an 80 KB
        // array and two copies (a GC for every few letters), and a large letter about three times its size at once.
        if (stream.CanSeek && stream.Length - stream.Position is var length)
        {
            if (length > maxBytes) throw new UnreadableInputException(TooLarge(maxBytes));
            var bytes = new byte[length];
            var filled = 0;
            while (filled < bytes.Length && stream.Read(bytes, filled, bytes.Length - filled) is var read && read > 0) filled += read;
            Span<byte> probe = stackalloc byte[1];
            if (filled < bytes.Length) return bytes.AsSpan(0, filled).ToArray(); // it shrank while being read
            if (stream.Read(probe) == 0) return bytes;
            // It grew while being read: go on as for a stream of unknown length, from what was read.
            return ReadRest(stream, maxBytes, bytes, probe[0]);
        }
        return ReadRest(stream, maxBytes, Array.Empty<byte>(), null);
    }

    private static byte[] ReadRest(Stream stream, long maxBytes, byte[] start, byte? next)
    {
        using var memory = new MemoryStream();
        memory.Write(start, 0, start.Length);
        if (next is { } b) memory.WriteByte(b);
        if (memory.Length > maxBytes) throw new UnreadableInputException(TooLarge(maxBytes));
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (true)
            {
                var wanted = (int)Math.Min(buffer.Length, maxBytes + 1 - memory.Length);
                var read = stream.Read(buffer, 0, wanted);
                if (read == 0) break;
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes) throw new UnreadableInputException(TooLarge(maxBytes));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return memory.ToArray();
    }

    public static string TooLarge(long maxBytes) => $"it is larger than {Megabytes(maxBytes)}, the most imr reads from one input";

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    /// <summary>Off Linux: .NET cannot tell devices from files there, so only what <see cref="Stat"/> sees is refused.</summary>
    private static FileStream OpenRegular(string path)
    {
        if (RefusalFor(Stat(path).Kind, path: path) is { } refusal) throw new UnreadableInputException(refusal);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
    }

    /// <summary>Whether the current user may write to the path (root may write anywhere, so only the mode bits count for it).</summary>
    public static bool IsWritable(string path, FileFacts facts)
    {
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if (OperatingSystem.IsWindows()) return !new FileInfo(path).IsReadOnly;
        if ((facts.Mode & anyWrite) == 0) return false;
        return !OperatingSystem.IsLinux() || Native.CanWrite(path);
    }

    /// <summary>Gives a file the owner and group of another; false when not permitted (only root may give files away).</summary>
    public static bool TryChown(string path, uint owner, uint group) => OperatingSystem.IsLinux() && Native.Chown(path, owner, group);

    /// <summary>Linux system calls .NET does not expose: statx (whose layout is the same on every architecture), open, access, chown.</summary>
    /// <remarks>
    /// LibraryImport, not DllImport: its marshalling is generated at build time and precompiled with the rest, where a
    /// DllImport taking a string gets an IL stub JIT-compiled with full optimisation at run time (about a millisecond
    /// each, on every start that stats a file).
    /// </remarks>
    private static partial class Native
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const int AtEmptyPath = 0x1000;
        private const uint StatxBasicStats = 0x7ff;
        private const int ReadOnlyNonBlockingNoTtyCloseOnExec = 0x800 | 0x100 | 0x80000;
        private const int WriteOk = 2;
        private const int ErrorNoEntry = 2, ErrorAccess = 13, ErrorLoop = 40, ErrorNotDirectory = 20, ErrorNameTooLong = 36;

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int StatX(int directoryFd, string path, int flags, uint mask, [Out] byte[] buffer);

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int Access(string path, int mode);

        [LibraryImport("libc", EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int ChownNative(string path, uint owner, uint group);

        public static FileFacts Stat(string path, bool followLinks) => StatIn(AtFdCwd, path, followLinks);

        /// <summary>A path's facts, relative to an open folder (or the working directory, for <see cref="AtFdCwd"/>).</summary>
        public static FileFacts StatIn(int folderFd, string path, bool followLinks)
        {
            var buffer = new byte[256];
            if (StatX(folderFd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error is ErrorNoEntry or ErrorNotDirectory) return new FileFacts(FileKind.Missing, 0, 0, 0, 0, 0, 0);
                throw new UnreadableInputException(Describe(error));
            }
            return Decode(buffer);
        }

        public static FileFacts Stat(SafeFileHandle handle)
        {
            var buffer = new byte[256];
            var fd = (int)handle.DangerousGetHandle();
            // With AT_EMPTY_PATH and an empty path, statx describes the open descriptor itself.
            if (StatXFd(fd, "", AtEmptyPath, StatxBasicStats, buffer) != 0)
                throw new UnreadableInputException(Describe(Marshal.GetLastPInvokeError()));
            return Decode(buffer);
        }

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int StatXFd(int fd, string emptyPath, int flags, uint mask, [Out] byte[] buffer);

        public static SafeFileHandle OpenForReading(string path)
        {
            // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever; it is then refused.
            var fd = Open(path, ReadOnlyNonBlockingNoTtyCloseOnExec);
            if (fd < 0) throw new UnreadableInputException(Describe(Marshal.GetLastPInvokeError(), path));
            return new SafeFileHandle(fd, ownsHandle: true);
        }

        [LibraryImport("libc", EntryPoint = "pread", SetLastError = true)]
        private static partial nint PRead(int fd, Span<byte> buffer, nuint count, long offset);

        [LibraryImport("libc", EntryPoint = "preadv", SetLastError = true)]
        private static unsafe partial nint PReadV(int fd, IoVector* vectors, int count, long offset);

        /// <summary>struct iovec: where a part of a read goes, and how long it is.</summary>
        [StructLayout(LayoutKind.Sequential)]
        private unsafe struct IoVector
        {
            public byte* Base;
            public nuint Length;
        }

        /// <summary>
        /// One preadv filling <paramref name="first"/> and then <paramref name="then"/>: how many bytes were read into both.
        /// </summary>
        public static unsafe int ReadAt(SafeFileHandle handle, Span<byte> first, Span<byte> then, long offset)
        {
            const int interrupted = 4;
            var fd = (int)handle.DangerousGetHandle();
            fixed (byte* one = first)
            fixed (byte* two = then)
            {
                var vectors = stackalloc IoVector[2];
                vectors[0] = new IoVector { Base = one, Length = (nuint)first.Length };
                vectors[1] = new IoVector { Base = two, Length = (nuint)then.Length };
                while (true)
                {
                    var read = PReadV(fd, vectors, 2, offset);
                    if (read >= 0) return (int)read;
                    var error = Marshal.GetLastPInvokeError();
                    if (error != interrupted) throw new UnreadableInputException($"it cannot be read (error {error})");
                }
            }
        }

        /// <summary>
        /// pread on the descriptor: RandomAccess.Read would first ask the kernel whether the descriptor can seek (an lseek
        /// per file), which a regular file checked by statx always can.
        /// </summary>
        public static int ReadAt(SafeFileHandle handle, Span<byte> buffer, long offset)
        {
            const int interrupted = 4;
            var fd = (int)handle.DangerousGetHandle();
            while (true)
            {
                var read = PRead(fd, buffer, (nuint)buffer.Length, offset);
                if (read >= 0) return (int)read;
                var error = Marshal.GetLastPInvokeError();
                if (error != interrupted) throw new UnreadableInputException($"it cannot be read (error {error})");
            }
        }

        public static bool CanWrite(string path) => Access(path, WriteOk) == 0;

        public static bool Chown(string path, uint owner, uint group) => ChownNative(path, owner, group) == 0;

        private static string Describe(int error, string? path = null) => error switch
        {
            ErrorNoEntry or ErrorNotDirectory => MissingReason(path),
            ErrorAccess => "permission denied",
            ErrorLoop => "its links loop (too many levels of symbolic links)",
            ErrorNameTooLong => "its path is too long",
            _ => $"it cannot be opened (error {error})",
        };

        // struct statx: stx_nlink is a u32 at offset 16, stx_mode a u16 at 28, stx_ino a u64 at 32, stx_size a u64 at 40,
        // stx_uid and stx_gid u32s at 20 and 24, stx_dev_major and stx_dev_minor u32s at 136 and 140.
        private static FileFacts Decode(byte[] b)
        {
            var mode = BitConverter.ToUInt16(b, 28);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                0xA000 => FileKind.SymbolicLink, // only when links are not followed
                _ => FileKind.Other,
            };
            var device = ((ulong)BitConverter.ToUInt32(b, 136) << 32) | BitConverter.ToUInt32(b, 140);
            return new FileFacts(kind, device, BitConverter.ToUInt64(b, 32), (UnixFileMode)(mode & 0xFFF),
                BitConverter.ToUInt32(b, 20), BitConverter.ToUInt32(b, 24), (long)BitConverter.ToUInt64(b, 40), BitConverter.ToUInt32(b, 16));
        }
    }
}
