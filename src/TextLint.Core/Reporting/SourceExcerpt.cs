using System.Text;

namespace TextLint.Core.Reporting;

/// <summary>
/// One source line as a terminal shows it, with an underline under a span of it. Built from the
/// decoded source kept in a <see cref="DocumentResult"/>; the underline is measured in display
/// columns, so it stays under the right characters when the line holds CJK or full-width text.
/// </summary>
/// <param name="Line">The line as displayed: tabs expanded, control characters shown as spaces, possibly windowed with <c>...</c> at the cut ends.</param>
/// <param name="Underline">Spaces up to the span, then <c>^</c> under its first column and <c>~</c> under the rest.</param>
public readonly record struct SourceExcerpt(string Line, string Underline)
{
    private const string Ellipsis = "...";

    /// <summary>
    /// The excerpt for the span [<paramref name="offset"/>, <paramref name="offset"/>+<paramref name="length"/>)
    /// of <paramref name="source"/>, or null when the offset is outside the source. A span running past
    /// the end of its line is underlined to the end of that first line. A line wider than
    /// <paramref name="maxWidth"/> columns is cut to a window around the span.
    /// </summary>
    public static SourceExcerpt? Create(string source, int offset, int length, int maxWidth = 100, int tabSize = 4)
    {
        if (offset < 0 || offset > source.Length) return null;
        if (tabSize < 1) tabSize = 1;
        maxWidth = Math.Max(maxWidth, 2 * Ellipsis.Length + 8);

        int lineStart = offset == 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;
        int lineEnd = source.AsSpan(lineStart).IndexOfAny('\r', '\n');
        lineEnd = lineEnd < 0 ? source.Length : lineStart + lineEnd;
        // A finding that starts on the line break itself is shown as a caret just past the text.
        int spanStart = Math.Min(offset, lineEnd);
        int spanEnd = Math.Clamp(offset + Math.Max(length, 0), spanStart, lineEnd);

        var cells = SplitIntoCells(source, lineStart, lineEnd, tabSize);
        int totalWidth = 0;
        foreach (var cell in cells) totalWidth += cell.Width;

        // Display columns of the span; an empty span gets a caret on the character where it starts.
        int spanColStart = -1, spanColEnd = -1, column = 0;
        foreach (var cell in cells)
        {
            if (cell.Start < spanEnd && cell.End > spanStart)
            {
                if (spanColStart < 0) spanColStart = column;
                spanColEnd = column + cell.Width;
            }
            else if (spanStart == spanEnd && spanColStart < 0 && cell.Start >= spanStart)
            {
                spanColStart = column;
                spanColEnd = column + 1;
            }
            column += cell.Width;
        }
        if (spanColStart < 0) spanColStart = totalWidth; // the span starts at the end of the line
        if (spanColEnd <= spanColStart) spanColEnd = spanColStart + 1;

        // Window: the whole line if it fits, else a slice of columns centred on the span.
        int windowStart = 0, windowEnd = totalWidth;
        if (totalWidth > maxWidth)
        {
            int budget = maxWidth - 2 * Ellipsis.Length;
            int spanWidth = Math.Min(spanColEnd - spanColStart, budget);
            windowStart = Math.Max(0, spanColStart - (budget - spanWidth) / 2);
            windowEnd = Math.Min(totalWidth, windowStart + budget);
            windowStart = Math.Max(0, Math.Min(windowStart, windowEnd - budget));
        }

        var line = new StringBuilder();
        var underline = new StringBuilder();
        bool cutLeft = false, cutRight = false;
        column = 0;
        foreach (var cell in cells)
        {
            int cellStart = column;
            column += cell.Width;
            if (cellStart < windowStart) { cutLeft = true; continue; }
            if (column > windowEnd) { cutRight = true; continue; }
            line.Append(cell.Display);
            bool inSpan = cellStart < spanColEnd && column > spanColStart;
            underline.Append(inSpan ? '~' : ' ', cell.Width);
        }
        if (cutLeft) { line.Insert(0, Ellipsis); underline.Insert(0, " ", Ellipsis.Length); }
        if (cutRight) line.Append(Ellipsis);

        // The span sits past the end of the text (end of line or empty line): put the caret there.
        int caret = underline.ToString().IndexOf('~');
        if (caret < 0) underline.Append('^');
        else underline[caret] = '^';
        return new SourceExcerpt(line.ToString(), underline.ToString().TrimEnd());
    }

    private readonly record struct Cell(int Start, int End, string Display, int Width);

    private static List<Cell> SplitIntoCells(string source, int start, int end, int tabSize)
    {
        var cells = new List<Cell>(end - start);
        int column = 0;
        int i = start;
        while (i < end)
        {
            var status = Rune.DecodeFromUtf16(source.AsSpan(i, end - i), out var rune, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) { rune = Rune.ReplacementChar; consumed = Math.Max(consumed, 1); }
            string display;
            int width;
            if (rune.Value == '\t')
            {
                width = tabSize - column % tabSize;
                display = new string(' ', width);
            }
            else if (rune.Value < 0x20 || (rune.Value >= 0x7F && rune.Value < 0xA0))
            {
                // Raw control characters would move the terminal's cursor; a space keeps the columns honest.
                width = 1;
                display = " ";
            }
            else
            {
                width = DisplayWidth.Of(rune);
                // Zero-width format characters (BOM, ZWSP) are dropped; combining marks stay with their base.
                display = width == 0 && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format ? "" : rune.ToString();
            }
            cells.Add(new Cell(i, i + consumed, display, width));
            column += width;
            i += consumed;
        }
        return cells;
    }
}
