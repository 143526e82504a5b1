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

    /// <summary>Both lists have the same blocks: part, text and the source span of every code unit.</summary>
    public static void SameBlocks(string source, IReadOnlyList<TextBlock> expected, IReadOnlyList<TextBlock> actual)
    {
        // The message is built only on failure: documents in these tests run to megabytes.
        string Message(string what) =>
            $"{what} for:\n{source}\nexpected: {Describe(expected)}\nactual:   {Describe(actual)}";
        static string Describe(IReadOnlyList<TextBlock> blocks) =>
            string.Join(" | ", blocks.Select(b => $"{b.Part}:{b.Text}@{b.SourceStartOf(0)}"));
        if (expected.Count != actual.Count) Assert.Fail(Message("block count differs"));
        for (int i = 0; i < expected.Count; i++)
        {
            if (expected[i].Part != actual[i].Part || expected[i].Text != actual[i].Text) Assert.Fail(Message($"block {i} differs"));
            for (int k = 0; k < expected[i].Text.Length; k++)
                if (expected[i].SourceStartOf(k) != actual[i].SourceStartOf(k) || expected[i].SourceEndOf(k) != actual[i].SourceEndOf(k))
                    Assert.Fail(Message($"block {i} char {k} maps differently"));
        }
    }

    /// <summary>The source span a block substring maps to.</summary>
    public static string SourceOf(string source, TextBlock block, int start, int length)
    {
        var (offset, len) = block.MapSpan(start, length);
        return source.Substring(offset, len);
    }
}
