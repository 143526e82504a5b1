// Invariant: a line is never longer than the limit it is read with; bytes are handed out in stream
// order whether they come from the buffer or the stream, so line and block reads can be mixed.
using System.Text;

namespace TextLint.Core.Sources;

/// <summary>A buffered reader of bytes and CRLF/LF-terminated lines over a forward-only stream.</summary>
internal sealed class ByteLineReader(Stream stream, int bufferSize = 1 << 16)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _position, _length;

    /// <summary>Whether the stream has no more bytes.</summary>
    public bool AtEnd => !Fill();

    private bool Fill()
    {
        if (_position < _length) return true;
        _length = stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    /// <summary>
    /// The next line's bytes without its terminator, or null at the end of the stream. A line longer than
    /// <paramref name="maxLength"/> is read through to its end and returned as null with <paramref name="tooLong"/> set.
    /// </summary>
    public byte[]? ReadLineBytes(long maxLength, out bool tooLong)
    {
        tooLong = false;
        if (!Fill()) return null;
        var line = new MemoryStream();
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            int newline = span.IndexOf((byte)'\n');
            int take = newline < 0 ? span.Length : newline;
            if (!tooLong)
            {
                if (line.Length + take > maxLength) { tooLong = true; line.SetLength(0); }
                else line.Write(span[..take]);
            }
            _position += newline < 0 ? take : take + 1;
            if (newline >= 0) break;
        }
        if (tooLong) return null;
        byte[] bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }

    /// <summary>The next line as Latin-1/UTF-8 text (headers), or null at the end; throws when longer than <paramref name="maxLength"/>.</summary>
    public string? ReadLine(int maxLength)
    {
        byte[]? bytes = ReadLineBytes(maxLength, out bool tooLong);
        if (tooLong) throw new InvalidDataException($"header line longer than {maxLength} bytes");
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads up to <paramref name="destination"/>.Length bytes; 0 at the end.</summary>
    public int Read(Span<byte> destination)
    {
        if (destination.IsEmpty) return 0;
        if (_position < _length)
        {
            int n = Math.Min(destination.Length, _length - _position);
            _buffer.AsSpan(_position, n).CopyTo(destination);
            _position += n;
            return n;
        }
        return stream.Read(destination);
    }
}

/// <summary>A stream of exactly <c>length</c> bytes taken from a <see cref="ByteLineReader"/>; throws <see cref="EndOfStreamException"/> when they run out early.</summary>
internal sealed class BoundedBlockStream(ByteLineReader reader, long length) : ForwardReadStream
{
    public long Remaining { get; private set; } = length;

    public override int Read(Span<byte> buffer)
    {
        if (Remaining == 0 || buffer.IsEmpty) return 0;
        int n = reader.Read(buffer[..(int)Math.Min(buffer.Length, Remaining)]);
        if (n == 0) throw new EndOfStreamException("record shorter than its Content-Length");
        Remaining -= n;
        return n;
    }

    /// <summary>Reads and drops what is left.</summary>
    public void Skip()
    {
        Span<byte> scratch = stackalloc byte[8192];
        while (Remaining > 0) _ = Read(scratch);
    }
}

/// <summary>Decodes an HTTP/1.1 chunked body read from a <see cref="ByteLineReader"/>.</summary>
internal sealed class ChunkedStream(ByteLineReader reader) : ForwardReadStream
{
    private long _chunkLeft;
    private bool _done;


    public override int Read(Span<byte> buffer)
    {
        if (_done || buffer.IsEmpty) return 0;
        if (_chunkLeft == 0)
        {
            string? sizeLine = reader.ReadLine(1024);
            if (sizeLine is null) throw new EndOfStreamException("chunked body ends without its last chunk");
            if (sizeLine.Length == 0) sizeLine = reader.ReadLine(1024) ?? throw new EndOfStreamException("chunked body ends without its last chunk");
            string hex = sizeLine.Split(';')[0].Trim();
            if (!long.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out _chunkLeft) || _chunkLeft < 0)
                throw new InvalidDataException($"bad chunk size '{hex}'");
            if (_chunkLeft == 0)
            {
                while (reader.ReadLine(8192) is { Length: > 0 }) { } // trailers
                _done = true;
                return 0;
            }
        }
        int n = reader.Read(buffer[..(int)Math.Min(buffer.Length, _chunkLeft)]);
        if (n == 0) throw new EndOfStreamException("chunked body ends inside a chunk");
        _chunkLeft -= n;
        return n;
    }

}
