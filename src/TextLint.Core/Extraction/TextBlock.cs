namespace TextLint.Core.Extraction;

/// <summary>Where in a document a block of text comes from.</summary>
public enum BlockPart
{
    /// <summary>Plain text file: the whole document.</summary>
    Text,
    /// <summary>Visible text of an HTML body (one block per block-level element or run).</summary>
    Body,
    /// <summary>HTML <c>&lt;title&gt;</c>.</summary>
    Title,
    /// <summary>An <c>img@alt</c> attribute value.</summary>
    Alt,
    /// <summary>A <c>meta name=description</c> content value.</summary>
    Meta,
}

/// <summary>
/// A run of readable text with a map from each of its UTF-16 code units back to the decoded
/// source. Invariant: <c>SourceStart[i] &lt; SourceEnd[i] &lt;= SourceStart[i+1]</c> — source
/// positions increase along the block; a character that came from an entity such as
/// <c>&amp;amp;</c> covers the whole entity in the source. One exception: when a single reference
/// yields several code units (<c>&amp;#x20000;</c> gives a surrogate pair), each of them carries the
/// whole reference's span, so there <c>SourceStart[i] == SourceStart[i+1]</c>.
/// </summary>
public sealed class TextBlock
{
    private readonly int[]? _sourceStart;
    private readonly int[]? _sourceEnd;
    private readonly int _baseOffset;

    /// <summary>The readable text.</summary>
    public string Text { get; }

    /// <summary>Which part of the document this is.</summary>
    public BlockPart Part { get; }

    /// <summary>A block that is a contiguous slice of the source starting at <paramref name="baseOffset"/> (plain text).</summary>
    public TextBlock(string text, BlockPart part, int baseOffset)
    {
        Text = text;
        Part = part;
        _baseOffset = baseOffset;
    }

    /// <summary>A block with an explicit per-code-unit map to the source (HTML).</summary>
    public TextBlock(string text, BlockPart part, int[] sourceStart, int[] sourceEnd)
    {
        if (sourceStart.Length != text.Length || sourceEnd.Length != text.Length)
            throw new ArgumentException("The source map must have one entry per code unit of the text.");
        Text = text;
        Part = part;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
    }

    /// <summary>Source offset of the code unit at <paramref name="index"/>.</summary>
    public int SourceStartOf(int index) => _sourceStart is null ? _baseOffset + index : _sourceStart[index];

    /// <summary>Source offset just past the code unit at <paramref name="index"/>.</summary>
    public int SourceEndOf(int index) => _sourceEnd is null ? _baseOffset + index + 1 : _sourceEnd[index];

    /// <summary>Maps the block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) to a source span (offset, length).</summary>
    public (int Offset, int Length) MapSpan(int start, int length)
    {
        if (length <= 0) { int at = start < Text.Length ? SourceStartOf(start) : (Text.Length == 0 ? _baseOffset : SourceEndOf(Text.Length - 1)); return (at, 0); }
        int s = SourceStartOf(start);
        int e = SourceEndOf(start + length - 1);
        return (s, e - s);
    }
}
