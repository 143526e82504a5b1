using TextLint.Core.Segmentation;

namespace TextLint.Core.LanguageModel;

/// <summary>
/// Log-probability of the best segmentation of a short window under jieba's unigram word model
/// (the route <see cref="WindowSegmenter"/> takes), without allocating: the caller passes the
/// window, possibly with one character replaced, and a span that receives the route. With
/// <see cref="CharPairCounts"/> of the same lexicon, a word is only looked up while each of its
/// character pairs occurs in some word, which skips most lookups without changing the result.
/// </summary>
public sealed class WindowScorer(Lexicon lexicon, CharPairCounts? pairs = null)
{
    /// <summary>Longest window scored; longer input is an error.</summary>
    public const int MaxWindow = 32;

    /// <summary>Longest word tried (longer entries never change a local decision).</summary>
    private const int MaxWordLength = 8;

    private readonly double _logTotal = Math.Log(lexicon.TotalFrequency);

    /// <summary>The lexicon scored against.</summary>
    public Lexicon Lexicon => lexicon;

    /// <summary>
    /// Returns the best total log-probability of <paramref name="window"/>; <paramref name="end"/>
    /// (length ≥ window length + 1) receives the route: the word starting at i ends at end[i] for
    /// every i on the route from 0.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double Best(ReadOnlySpan<char> window, Span<int> end)
    {
        int n = window.Length;
        if (n > MaxWindow) throw new ArgumentOutOfRangeException(nameof(window), "window too long");
        Span<double> best = stackalloc double[n + 1];
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            int single = lexicon.FrequencyOf(window.Slice(i, 1));
            double bestScore = Math.Log(Math.Max(1, single)) - _logTotal + best[i + 1];
            int bestEnd = i + 1;
            int maxEnd = Math.Min(n, i + MaxWordLength);
            for (int j = i + 2; j <= maxEnd; j++)
            {
                if (pairs is not null && pairs.CountOf(window[j - 2], window[j - 1]) == 0) break; // no longer word can exist
                int freq = lexicon.FrequencyOf(window[i..j]);
                if (freq <= 0) continue;
                double score = Math.Log(freq) - _logTotal + best[j];
                if (score >= bestScore) { bestScore = score; bestEnd = j; }
            }
            best[i] = bestScore;
            end[i] = bestEnd;
        }
        return best[0];
    }

    /// <summary>The word of the route in <paramref name="end"/> that covers <paramref name="position"/>, and its neighbours (start = -1 when none).</summary>
    public static (int Start, int End, int PrevStart, int NextEnd) WordAt(ReadOnlySpan<int> end, int length, int position)
    {
        int prev = -1;
        for (int i = 0; i < length; i = end[i])
        {
            if (position < end[i]) return (i, end[i], prev, end[i] < length ? end[end[i]] : -1);
            prev = i;
        }
        return (-1, -1, -1, -1);
    }
}
