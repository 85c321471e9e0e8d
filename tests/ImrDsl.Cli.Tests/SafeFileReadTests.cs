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
}
