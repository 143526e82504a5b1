using TextLint.Core.Segmentation;

namespace TextLint.Core.Verification;

/// <summary>
/// Decides whether a dictionary hit is a real occurrence of the term or a slice through longer
/// words (法轮 in 办法轮流, 大麻 in 大麻烦, 口交 in 路口交通). A hit is kept when the best
/// segmentation of the sentence around it puts word boundaries at both of its ends.
/// Latin terms are kept only at Latin word boundaries. Terms of four or more Chinese characters are
/// kept without segmentation: a longer word crossing them is too unlikely to pay for the check.
/// The lexicon loads on the first hit that needs it, never before.
/// </summary>
public sealed class BoundaryVerifier
{
    /// <summary>Characters of context taken on each side of a hit.</summary>
    private const int WindowRadius = 12;

    /// <summary>Hits of this many chars or more are kept without segmentation.</summary>
    private const int SelfEvidentLength = 4;

    private readonly Lazy<WindowSegmenter> _segmenter;

    /// <summary>A verifier that segments with <paramref name="lexicon"/>, loaded on first use.</summary>
    public BoundaryVerifier(Func<Lexicon> lexicon) =>
        _segmenter = new Lazy<WindowSegmenter>(() => new WindowSegmenter(lexicon()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the hit [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of <paramref name="text"/> stands on its own.</summary>
    public bool StandsAlone(ReadOnlySpan<char> text, int start, int length)
    {
        int end = start + length;
        var term = text.Slice(start, length);
        if (IsLatin(term[0]) || IsLatin(term[^1]))
        {
            bool leftOk = !IsLatin(term[0]) || start == 0 || !IsLatin(text[start - 1]);
            bool rightOk = !IsLatin(term[^1]) || end == text.Length || !IsLatin(text[end]);
            return leftOk && rightOk;
        }
        if (length >= SelfEvidentLength) return true;

        int windowStart = start, windowEnd = end;
        while (windowStart > 0 && start - windowStart < WindowRadius && IsHan(text[windowStart - 1])) windowStart--;
        while (windowEnd < text.Length && windowEnd - end < WindowRadius && IsHan(text[windowEnd])) windowEnd++;
        if (windowStart == start && windowEnd == end) return true;

        var boundaries = _segmenter.Value.Boundaries(text[windowStart..windowEnd]);
        return boundaries[start - windowStart] && boundaries[end - windowStart];
    }

    private static bool IsLatin(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
