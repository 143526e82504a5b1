// Invariant: every character appended to the block has the source span it was read from, and the
// builder never invents one: a run of HTML whitespace becomes one space carrying the span of the
// run's first character, and whitespace at either end of a block is dropped.
using System.Text;

namespace TextLint.Core.Extraction;

/// <summary>Accumulates readable text with its source map and cuts it into <see cref="TextBlock"/>s.</summary>
internal sealed class BlockBuilder(BlockPart part, List<TextBlock> output)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private int _pendingSpaceStart = -1;
    private int _pendingSpaceEnd;

    /// <summary>Appends one code unit read from source span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Append(char c, int start, int end)
    {
        if (HtmlMarkup.IsWhitespace(c))
        {
            // Only the first whitespace of a run is remembered; none is kept at the start of a block.
            if (_text.Length > 0 && _pendingSpaceStart < 0) (_pendingSpaceStart, _pendingSpaceEnd) = (start, end);
            return;
        }
        if (_pendingSpaceStart >= 0)
        {
            Add(' ', _pendingSpaceStart, _pendingSpaceEnd);
            _pendingSpaceStart = -1;
        }
        Add(c, start, end);
    }

    private void Add(char c, int start, int end)
    {
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    /// <summary>Ends the current block (if it has any text) and starts a new one.</summary>
    public void Flush()
    {
        _pendingSpaceStart = -1;
        if (_text.Length == 0) return;
        output.Add(new TextBlock(_text.ToString(), part, _starts.ToArray(), _ends.ToArray()));
        _text.Clear();
        _starts.Clear();
        _ends.Clear();
    }
}
