using System.Text;

namespace TextLint.Core.Fixing;

/// <summary>Unified diffs (as <c>diff -u</c> prints them) between two versions of a text.</summary>
public static class UnifiedDiff
{
    /// <summary>
    /// The diff of <paramref name="before"/> and <paramref name="after"/>, with <paramref name="context"/>
    /// lines around each change, headed <c>--- a/PATH</c> / <c>+++ b/PATH</c>; empty when they are equal.
    /// Fixes replace characters inside lines, so lines are compared one to one; when the line counts
    /// differ the whole text is one hunk.
    /// </summary>
    public static string Create(string path, string before, string after, int context = 3)
    {
        if (before == after) return "";
        var a = SplitLines(before);
        var b = SplitLines(after);
        string label = path.Replace('\\', '/');
        var output = new StringBuilder();
        output.Append("--- a/").Append(label).Append('\n').Append("+++ b/").Append(label).Append('\n');
        if (a.Count != b.Count)
        {
            AppendHunk(output, a, b, 0, a.Count, 0, b.Count);
            return output.ToString();
        }
        var changed = Enumerable.Range(0, a.Count).Where(i => a[i] != b[i]).ToList();
        int k = 0;
        while (k < changed.Count)
        {
            int start = Math.Max(0, changed[k] - context);
            int end = Math.Min(a.Count, changed[k] + context + 1);
            while (k + 1 < changed.Count && changed[k + 1] - context <= end) { k++; end = Math.Min(a.Count, changed[k] + context + 1); }
            AppendHunk(output, a, b, start, end, start, end);
            k++;
        }
        return output.ToString();
    }

    private static void AppendHunk(StringBuilder output, List<string> a, List<string> b, int aStart, int aEnd, int bStart, int bEnd)
    {
        output.Append("@@ -").Append(Range(aStart, aEnd - aStart)).Append(" +").Append(Range(bStart, bEnd - bStart)).Append(" @@\n");
        if (aEnd - aStart == bEnd - bStart)
        {
            for (int i = 0; i < aEnd - aStart; i++)
            {
                string x = a[aStart + i], y = b[bStart + i];
                if (x == y) Line(output, ' ', x);
                else { Line(output, '-', x); Line(output, '+', y); }
            }
            return;
        }
        for (int i = aStart; i < aEnd; i++) Line(output, '-', a[i]);
        for (int i = bStart; i < bEnd; i++) Line(output, '+', b[i]);
    }

    private static string Range(int start, int count) => count == 1 ? $"{start + 1}" : $"{(count == 0 ? start : start + 1)},{count}";

    private static void Line(StringBuilder output, char mark, string line)
    {
        bool noNewline = !line.EndsWith('\n');
        output.Append(mark).Append(line);
        if (noNewline) output.Append("\n\\ No newline at end of file\n");
    }

    /// <summary>Lines with their '\n' kept (so a missing final newline is visible).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
