using ImrDsl.Cli.Input;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Reading under a byte limit (issue 10 made it read a regular file straight into an array of its length): whatever
/// the size, the kind of stream and the size of each read, the bytes come back whole up to the limit, and anything
/// past the limit is refused.
/// </summary>
public class SafeFileReadTests
{
    /// <summary>A stream that cannot seek (standard input, a pipe) and hands out at most a few bytes per read.</summary>
    private sealed class Trickle(byte[] data, int chunk, bool seekable) : MemoryStream(data)
    {
        public override bool CanSeek => seekable;
        public override long Length => seekable ? base.Length : throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var size in new[] { 0, 1, 99, 100, 101, 5000 })
        foreach (var chunk in new[] { 1, 7, 100_000 })
        foreach (var seekable in new[] { true, false })
            yield return new object[] { size, chunk, seekable };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_whole_up_to_the_limit_and_refuses_past_it(int size, int chunk, bool seekable)
    {
        const long limit = 100;
        var data = Enumerable.Range(0, size).Select(i => (byte)(i * 31 + 7)).ToArray();
        using var stream = new Trickle(data, chunk, seekable);
        if (size > limit)
        {
            Assert.Throws<UnreadableInputException>(() => SafeFile.ReadLimited(stream, limit));
            Assert.True(stream.Position <= limit + 1, $"read {stream.Position} bytes past a limit of {limit}");
        }
        else Assert.Equal(data, SafeFile.ReadLimited(stream, limit));
    }

    [Fact]
    public void Reads_from_where_the_stream_stands()
    {
        var data = Enumerable.Range(0, 50).Select(i => (byte)i).ToArray();
        using var stream = new Trickle(data, 3, seekable: true);
        stream.Position = 20;
        Assert.Equal(data[20..], SafeFile.ReadLimited(stream, 100));
    }

    public static IEnumerable<object[]> FileSizes()
        => from size in new[] { 0, 1, 99, 100, 101, 4096, 99_999, 100_000, 100_001, 300_000 }
           from foundRegular in new[] { false, true }
           select new object[] { size, foundRegular };

    /// <summary>
    /// Files on disk (on Linux one positioned read into the file's length and a byte beyond it): whole up to the limit,
    /// refused past it, never altered; the same whether or not the caller had just found the path to be a regular file.
    /// </summary>
    [Theory]
    [MemberData(nameof(FileSizes))]
    public void Reads_a_file_on_disk_whole_up_to_the_limit(int size, bool foundRegular)
    {
        const long limit = 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"imr-safefile-{Guid.NewGuid():N}.txt");
        var data = Enumerable.Range(0, size).Select(i => (byte)(i * 31 + 7)).ToArray();
        File.WriteAllBytes(path, data);
        try
        {
            if (size > limit)
            {
                var refused = Assert.Throws<UnreadableInputException>(() => SafeFile.ReadBytes(path, limit, foundRegular));
                Assert.Contains("larger than", refused.Message);
            }
            else Assert.Equal(data, SafeFile.ReadBytes(path, limit, foundRegular));
            Assert.Equal(data, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A path found to be a regular file, then swapped for a FIFO or a device before it is read: the open descriptor is
    /// examined before any read, so it is refused at once (a FIFO without a writer is opened without waiting), never read.
    /// </summary>
    [Theory]
    [InlineData("mkfifo swapped.txt", "named pipe")]
    [InlineData("ln -s /dev/zero swapped.txt", "device")]
    [InlineData("ln -s /dev/null swapped.txt", "device")]
    public async Task A_path_found_regular_then_swapped_for_a_fifo_or_device_is_refused_without_blocking(string make, string refusal)
    {
        using var temp = new TempFolder();
        HostileHarness.Shell(temp.Path, make);
        var path = Path.Combine(temp.Path, "swapped.txt");
        var read = Task.Run(() => Assert.Throws<UnreadableInputException>(() => SafeFile.ReadBytes(path, 1000, foundRegular: true)));
        var refused = await read.WaitAsync(TimeSpan.FromSeconds(30)); // a TimeoutException if the read blocked
        Assert.Contains(refusal, refused.Message);
    }

    /// <summary>
    /// A regular file whose size says nothing (Linux's /proc files report 0 bytes yet hold text): read to its end, as a
    /// stream of unknown length, under the same limit.
    /// </summary>
    [Fact]
    public void Reads_a_file_that_reports_no_size_to_its_end()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test reads /proc, which only Linux has");
        const string path = "/proc/self/status";
        Assert.Equal(0, new FileInfo(path).Length);
        var text = System.Text.Encoding.ASCII.GetString(SafeFile.ReadBytes(path, 1_000_000));
        Assert.StartsWith("Name:", text);
        Assert.Contains("VmHWM:", text);
        Assert.Throws<UnreadableInputException>(() => SafeFile.ReadBytes(path, 10));
    }
}
