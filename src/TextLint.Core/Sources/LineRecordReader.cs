namespace TextLint.Core.Sources;

/// <summary>
/// An <see cref="EntryReader"/> over a line-oriented archive (WARC, JSON Lines): the decompressed,
/// limit-counted stream of the file and a byte line reader on it, disposed together.
/// </summary>
internal abstract class LineRecordReader : EntryReader
{
    /// <summary>The archive's name, for document paths and messages.</summary>
    protected string Name { get; }

    /// <summary>The limits and progress of this run.</summary>
    protected SourceOptions Options { get; }

    /// <summary>Lines of the decompressed archive.</summary>
    protected ByteLineReader Lines { get; }

    private readonly Stream _stream;

    protected LineRecordReader(Stream file, string name, bool gzipped, SourceOptions options)
    {
        Name = name;
        Options = options;
        _stream = OpenDecompressed(file, gzipped, options);
        Lines = new ByteLineReader(_stream);
    }

    public override void Dispose() => _stream.Dispose();
}
