namespace TextLint.Core.Findings;

/// <summary>
/// Turns source offsets into 1-based line and column numbers. Lines end at LF, CRLF or a lone CR;
/// columns count UTF-16 code units from the start of the line, as SARIF's <c>utf16CodeUnits</c> does.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes the line starts of <paramref name="source"/> (one vectorized pass).</summary>
    public LineIndex(string source)
    {
        var starts = new List<int> { 0 };
        int i = 0;
        while (true)
        {
            int found = source.AsSpan(i).IndexOfAny('\n', '\r');
            if (found < 0) break;
            i += found;
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>Number of lines (an empty source has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>Offset of the first code unit of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];
}
