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

    /// <summary>
    /// Appends source text [<paramref name="from"/>, <paramref name="to"/>) as <see cref="AppendSourceChar"/>
    /// would, one character after another; runs with no whitespace, character reference or carriage return
    /// (most of a page's text) are copied whole, each character mapped to itself.
    /// </summary>
    public void AppendSourceRun(string source, int from, int to)
    {
        int p = from;
        while (p < to)
        {
            int special = source.AsSpan(p, to - p).IndexOfAny(NotPlain);
            int runEnd = special < 0 ? to : p + special;
            if (runEnd > p)
            {
                AddRun(source, p, runEnd);
                p = runEnd;
            }
            if (p < to) p = AppendSourceChar(source, p);
        }
    }

    // What AppendSourceChar reads as something other than the code unit itself (a reference, a newline
    // for \r) or Append treats apart (HTML whitespace).
    private static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create("&\r \t\n\f");

    private void AddRun(string source, int from, int to)
    {
        if (_pendingSpaceStart >= 0)
        {
            Add(' ', _pendingSpaceStart, _pendingSpaceEnd);
            _pendingSpaceStart = -1;
        }
        int n = to - from;
        while (_length + n > _text.Length) Grow();
        source.AsSpan(from, n).CopyTo(_text.AsSpan(_length));
        var starts = _starts.AsSpan(_length, n);
        var ends = _ends.AsSpan(_length, n);
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = from + i;
            ends[i] = from + i + 1;
        }
        _length += n;
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
