// Invariant: every block is a contiguous run of the source (block offset i is source offset
// BaseOffset + i), and the runs are in source order and do not overlap.
namespace TextLint.Core.Extraction;

/// <summary>
/// Markdown (new-media posts are often written in it) read as its reader sees it, minus what is not
/// prose: fenced code blocks (<c>```</c> or <c>~~~</c>), inline code spans and HTML comments. The
/// rest, markup characters included, is read as written (emphasis marks and link brackets rarely
/// touch a word), so every offset is the source's own. Indented code blocks are not recognised:
/// Chinese writers indent paragraphs, and four spaces there are more often prose than code.
/// </summary>
public sealed class MarkdownExtractor : IContentExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<TextBlock> Extract(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var blocks = new List<TextBlock>();
        int runStart = 0, i = 0;
        bool atLineStart = true;
        while (i < source.Length)
        {
            int skipTo = -1;
            if (atLineStart) skipTo = EndOfFencedBlock(source, i);
            char c = source[i];
            if (skipTo < 0 && c == '\\' && i + 1 < source.Length && IsAsciiPunctuation(source[i + 1]))
            {
                i += 2; // an escaped backtick or '<' is a literal character
                atLineStart = false;
                continue;
            }
            if (skipTo < 0 && c == '`')
            {
                int run = RunLength(source, i, '`');
                skipTo = EndOfCodeSpan(source, i, run);
                if (skipTo < 0)
                {
                    i += run; // no closing run of the same length: the backticks are literal
                    atLineStart = false;
                    continue;
                }
            }
            if (skipTo < 0 && c == '<' && source.AsSpan(i).StartsWith("<!--"))
                skipTo = HtmlMarkup.EndOfComment(source, i + 4, out _);
            if (skipTo >= 0)
            {
                Emit(source, runStart, i, blocks);
                atLineStart = skipTo > 0 && source[skipTo - 1] == '\n';
                i = runStart = skipTo;
                continue;
            }
            atLineStart = c == '\n';
            i++;
        }
        Emit(source, runStart, source.Length, blocks);
        return blocks;
    }

    private static void Emit(string source, int start, int end, List<TextBlock> blocks)
    {
        if (end > start) blocks.Add(new TextBlock(source[start..end], BlockPart.Text, start));
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static int RunLength(string source, int at, char c)
    {
        int end = at;
        while (end < source.Length && source[end] == c) end++;
        return end - at;
    }

    /// <summary>
    /// When the line at <paramref name="lineStart"/> opens a fenced code block (up to three spaces, then
    /// three or more backticks or tildes), the offset just past the line that closes it (a fence of the
    /// same character, at least as long, alone on its line), or the end of the source when none does;
    /// otherwise -1.
    /// </summary>
    private static int EndOfFencedBlock(string source, int lineStart)
    {
        int at = SkipIndent(source, lineStart);
        if (at >= source.Length || source[at] is not ('`' or '~')) return -1;
        char fence = source[at];
        int length = RunLength(source, at, fence);
        if (length < 3) return -1;
        int lineEnd = EndOfLine(source, at);
        // A backtick fence's info string may not contain a backtick (that is inline code instead).
        if (fence == '`' && source.AsSpan(at + length, lineEnd - at - length).Contains('`')) return -1;
        for (int line = NextLine(source, lineEnd); line < source.Length; line = NextLine(source, EndOfLine(source, line)))
        {
            int close = SkipIndent(source, line);
            int closeLength = RunLength(source, close, fence);
            if (closeLength >= length && source.AsSpan(close + closeLength, EndOfLine(source, close) - close - closeLength).IsWhiteSpace())
                return NextLine(source, EndOfLine(source, close));
        }
        return source.Length;
    }

    /// <summary>
    /// The offset just past the backtick run of <paramref name="run"/> characters that closes the code span
    /// opened at <paramref name="open"/> (a run of exactly that length, within the same paragraph), or -1.
    /// </summary>
    private static int EndOfCodeSpan(string source, int open, int run)
    {
        for (int i = open + run; i < source.Length; )
        {
            char c = source[i];
            if (c == '`')
            {
                int length = RunLength(source, i, '`');
                if (length == run) return i + length;
                i += length;
                continue;
            }
            if (c == '\n' && IsBlankLine(source, i + 1)) return -1; // a blank line ends the paragraph
            i++;
        }
        return -1;
    }

    private static int SkipIndent(string source, int lineStart)
    {
        int at = lineStart;
        while (at < source.Length && at - lineStart < 3 && source[at] == ' ') at++;
        return at;
    }

    private static int EndOfLine(string source, int from)
    {
        int newline = source.IndexOf('\n', from);
        return newline < 0 ? source.Length : newline;
    }

    private static int NextLine(string source, int lineEnd) => Math.Min(lineEnd + 1, source.Length);

    private static bool IsBlankLine(string source, int lineStart) =>
        source.AsSpan(lineStart, EndOfLine(source, lineStart) - lineStart).IsWhiteSpace();
}
