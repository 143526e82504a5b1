using System.Net;
using TextLint.Core.Extraction;

namespace TextLint.Core.Tests.Extraction;

/// <summary>Checks a block's map against the SOURCE string: each code unit must come from exactly the span it claims.</summary>
internal static class BlockAssert
{
    public static void MapIsExact(string source, IEnumerable<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            int previousStart = -1, previousEnd = -1;
            for (int i = 0; i < block.Text.Length; i++)
            {
                int start = block.SourceStartOf(i), end = block.SourceEndOf(i);
                Assert.True(start >= 0 && start < end && end <= source.Length, $"span {start}..{end} of '{block.Text}'[{i}] is out of range");
                Assert.True(start >= previousStart && end >= previousEnd, $"'{block.Text}'[{i}] goes backwards");
                Assert.True(start >= previousEnd || (start == previousStart && end == previousEnd), $"'{block.Text}'[{i}] overlaps the previous character");
                string span = source[start..end];
                char c = block.Text[i];
                bool ok = span == c.ToString()
                    || (c == ' ' && span.Length >= 1 && span.Trim(' ', '\t', '\n', '\r', '\f').Length == 0)
                    || (c == '\n' && span is "\r\n" or "\r")
                    || (span.StartsWith('&') && WebUtility.HtmlDecode(span.EndsWith(';') ? span : span + ";").Contains(c))
                    || (span.StartsWith('&') && c is ' ' && WebUtility.HtmlDecode(span).Trim().Length == 0);
                Assert.True(ok, $"'{block.Text}'[{i}] = U+{(int)c:X4} maps to source '{span}' at {start}");
                (previousStart, previousEnd) = (start, end);
            }
        }
    }

    /// <summary>The source span a block substring maps to.</summary>
    public static string SourceOf(string source, TextBlock block, int start, int length)
    {
        var (offset, len) = block.MapSpan(start, length);
        return source.Substring(offset, len);
    }
}
