// Invariant: no read here ever holds more than the limit it was given (plus one buffer) in memory,
// and sizes are counted from the bytes actually produced, never taken from a header.
using System.Globalization;

namespace TextLint.Core.Sources;

/// <summary>A limit was reached while reading; the message says which one, in one line.</summary>
/// <param name="message">What was exceeded.</param>
/// <param name="endsArchive">True for limits on a whole archive (total bytes, entry count): reading it stops; false for one entry, which is skipped.</param>
public sealed class LimitExceededException(string message, bool endsArchive) : Exception(message)
{
    /// <summary>True when the whole archive stops here; false when only the current entry is skipped.</summary>
    public bool EndsArchive { get; } = endsArchive;
}

/// <summary>Reads bounded documents out of streams.</summary>
public static class LimitedReading
{
    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or throws <see cref="LimitExceededException"/> as soon as
    /// more than <paramref name="maxBytes"/> bytes have come out of it (a zip bomb is caught while it
    /// inflates, whatever its header claims).
    /// </summary>
    public static byte[] ReadAll(Stream stream, long maxBytes, long sizeHint = 0)
    {
        // Read straight into an array of the hinted size: an archive of small pages then costs one array
        // per entry, not a scratch chunk and a growing copy as well. The hint (a header's claim) only sizes
        // the first array; past it the array grows, and the limit is checked on the bytes actually read.
        int capacity = (int)Math.Min(Math.Min(Math.Max(sizeHint, 0), maxBytes), Array.MaxLength);
        byte[] buffer = capacity > 0 ? new byte[capacity] : [];
        long total = 0;
        Span<byte> probe = stackalloc byte[512];
        while (true)
        {
            if (total < buffer.Length)
            {
                int read = stream.Read(buffer, (int)total, buffer.Length - (int)total);
                if (read == 0) break;
                total += read;
                continue;
            }
            // Full: an exact hint needs no copy, so look for more data before growing.
            int more = stream.Read(probe);
            if (more == 0) break;
            if (total + more > maxBytes) throw new LimitExceededException(EntryTooLarge(maxBytes), endsArchive: false);
            long grown = Math.Min(Math.Min(Math.Max(buffer.Length * 2L, 16 * 1024), maxBytes), Array.MaxLength);
            if (grown < total + more) throw new IOException("document too large to hold in memory");
            Array.Resize(ref buffer, (int)grown);
            probe[..more].CopyTo(buffer.AsSpan((int)total));
            total += more;
        }
        if (total < buffer.Length) Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    /// <summary>The message for an entry over the limit.</summary>
    public static string EntryTooLarge(long maxBytes) =>
        $"larger than the {FormatBytes(maxBytes)} limit for one document (--max-entry-bytes); skipped";

    /// <summary>Bytes for people: 64 MB, 16 GB, 1.5 KB.</summary>
    public static string FormatBytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1) { value /= 1024; unit++; }
        return value == Math.Floor(value)
            ? string.Create(CultureInfo.InvariantCulture, $"{value:0} {units[unit]}")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}

/// <summary>
/// A read-only pass-through that counts the bytes read through it and throws an archive-ending
/// <see cref="LimitExceededException"/> once the count passes a limit; optionally reports progress.
/// Wrapped around a decompressor, it counts decompressed bytes; around a file, raw bytes.
/// </summary>
public sealed class CountingStream(Stream inner, long limit, string limitMessage, InputProgress? progress = null, bool leaveOpen = false) : ForwardReadStream
{
    /// <summary>Bytes read so far.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Count += read;
        progress?.Add(read);
        if (Count > limit) throw new LimitExceededException(limitMessage, endsArchive: true);
        return read;
    }

    /// <inheritdoc />
    public override long Position { get => Count; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) inner.Dispose();
        base.Dispose(disposing);
    }
}
