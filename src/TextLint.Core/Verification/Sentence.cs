namespace TextLint.Core.Verification;

/// <summary>The sentence around a hit, and the words in it, for verifiers that read a hit's context.</summary>
internal static class Sentence
{
    private const string Ends = "。！？!?；;\n\r";

    /// <summary>
    /// Bounds [From, To) of the sentence holding <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>),
    /// at most <paramref name="reach"/> characters on each side of the hit.
    /// </summary>
    public static (int From, int To) Around(ReadOnlySpan<char> text, int start, int length, int reach)
    {
        int from = start;
        while (from > 0 && start - from < reach && !Ends.Contains(text[from - 1])) from--;
        int to = start + length;
        while (to < text.Length && to - (start + length) < reach && !Ends.Contains(text[to])) to++;
        return (from, to);
    }

    /// <summary>Whether <paramref name="text"/> contains any of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
