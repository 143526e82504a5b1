// Invariant: every character appended to the block has the source span it was read from, and the
// builder never invents one: a run of HTML whitespace becomes one space carrying the span of the
// run's first character, and whitespace at either end of a block is dropped.
namespace TextLint.Core.Extraction;

/// <summary>Accumulates readable text with its source map and cuts it into <see cref="TextBlock"/>s.</summary>
internal sealed class BlockBuilder(BlockPart part, List<TextBlock> output, int capacity = 32)
{
    // Plain arrays rather than a StringBuilder and two lists: this runs once per character of every page.
    private char[] _text = new char[capacity];
    private int[] _starts = new int[capacity];
    private int[] _ends = new int[capacity];
    private int _length;
    private int _pendingSpaceStart = -1;
    private int _pendingSpaceEnd;

    /// <summary>Appends one code unit read from source span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Append(char c, int start, int end)
    {
        if (HtmlMarkup.IsWhitespace(c))
        {
            // Only the first whitespace of a run is remembered; none is kept at the start of a block.
            if (_length > 0 && _pendingSpaceStart < 0) (_pendingSpaceStart, _pendingSpaceEnd) = (start, end);
            return;
        }
        if (_pendingSpaceStart >= 0)
        {
            Add(' ', _pendingSpaceStart, _pendingSpaceEnd);
            _pendingSpaceStart = -1;
        }
        Add(c, start, end);
    }

    /// <summary>
    /// Decodes the text character at <paramref name="p"/> of <paramref name="source"/> (a character
    /// reference, a newline or a code unit, as <see cref="SourceAligner.ReadTextChar"/> reads it) and
    /// appends what it stands for with its span; returns the index just past it.
    /// </summary>
    public int AppendSourceChar(string source, int p)
    {
        int end = SourceAligner.ReadTextChar(source, p, source.Length, inAttribute: false, out char single, out string? expansion);
        if (expansion is null) Append(single, p, end);
        else foreach (char c in expansion) Append(c, p, end);
        return end;
    }

    private void Add(char c, int start, int end)
    {
        if (_length == _text.Length) Grow();
        _text[_length] = c;
        _starts[_length] = start;
        _ends[_length] = end;
        _length++;
    }

    private void Grow()
    {
        int size = _text.Length * 2;
        Array.Resize(ref _text, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }

    /// <summary>Ends the current block (if it has any text) and starts a new one.</summary>
    public void Flush()
    {
        _pendingSpaceStart = -1;
        if (_length == 0) return;
        output.Add(new TextBlock(new string(_text, 0, _length), part, _starts.AsSpan(0, _length).ToArray(), _ends.AsSpan(0, _length).ToArray()));
        _length = 0;
    }
}
