using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

/// <summary>ReadAll returns exactly the bytes of the stream whatever the size hint says, and stops at the limit.</summary>
public class LimitedReadingTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as decompressors do.</summary>
    private sealed class TrickleStream(byte[] data, int step) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, step)]);
    }

    private static byte[] Data(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1000, 1000)]   // the hint is right: no copy needed
    [InlineData(1000, 10)]     // the header under-states: the array grows
    [InlineData(1000, 5000)]   // the header over-states: the array is trimmed
    [InlineData(100_000, 0)]   // no hint
    public void Returns_exactly_the_stream_s_bytes(int length, long hint)
    {
        var data = Data(length);
        Assert.Equal(data, LimitedReading.ReadAll(new TrickleStream(data, 333), maxBytes: 1 << 20, hint));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(2000)]
    public void Throws_as_soon_as_the_stream_passes_the_limit_whatever_the_hint(long hint)
    {
        var e = Assert.Throws<LimitExceededException>(() => LimitedReading.ReadAll(new TrickleStream(Data(1001), 64), maxBytes: 1000, hint));
        Assert.False(e.EndsArchive);
    }

    [Fact]
    public void A_stream_of_exactly_the_limit_is_read()
    {
        Assert.Equal(1000, LimitedReading.ReadAll(new TrickleStream(Data(1000), 64), maxBytes: 1000, sizeHint: 1000).Length);
    }
}
