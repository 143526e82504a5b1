namespace TextLint.Core.Segmentation;

/// <summary>
/// Maximum-probability segmentation of a short window of text over a word DAG, the way jieba's
/// <c>Cut(hmm: false)</c> does it (every substring found in the lexicon is a candidate word, single
/// characters always are; the route maximising the sum of log word probabilities wins). Used only on
/// the characters around a hit or a suspect character, never on a whole document at once.
/// </summary>
public sealed class WindowSegmenter(Lexicon lexicon)
{
    /// <summary>Longest word considered; longer lexicon entries are rare and never decide a boundary.</summary>
    private const int MaxWordLength = 16;

    /// <summary>Windows shorter than this are segmented with stack buffers.</summary>
    private const int StackLimit = 512;

    /// <summary>
    /// Returns the word boundaries of the best segmentation of <paramref name="window"/>: a set bit at
    /// index i means a word starts at i (index <c>window.Length</c> is always set).
    /// </summary>
    public bool[] Boundaries(ReadOnlySpan<char> window)
    {
        var boundaries = new bool[window.Length + 1];
        Boundaries(window, boundaries);
        return boundaries;
    }

    /// <summary>Fills <paramref name="boundaries"/> (at least <c>window.Length + 1</c> long) as <see cref="Boundaries(ReadOnlySpan{char})"/> returns it.</summary>
    public void Boundaries(ReadOnlySpan<char> window, Span<bool> boundaries)
    {
        int n = window.Length;
        Span<int> bestEnd = n < StackLimit ? stackalloc int[n + 1] : new int[n + 1];
        Segment(window, bestEnd);
        boundaries[..(n + 1)].Clear();
        for (int i = 0; i < n; i = bestEnd[i]) boundaries[i] = true;
        boundaries[n] = true;
    }

    /// <summary>
    /// <see cref="Boundaries(ReadOnlySpan{char}, Span{bool})"/> and <see cref="Score"/> from one segmentation:
    /// fills <paramref name="boundaries"/> and returns the score.
    /// </summary>
    public double BoundariesAndScore(ReadOnlySpan<char> window, Span<bool> boundaries)
    {
        int n = window.Length;
        Span<int> bestEnd = n < StackLimit ? stackalloc int[n + 1] : new int[n + 1];
        double score = Segment(window, bestEnd);
        boundaries[..(n + 1)].Clear();
        for (int i = 0; i < n; i = bestEnd[i]) boundaries[i] = true;
        boundaries[n] = true;
        return score;
    }

    /// <summary>
    /// The log probability of the best segmentation of <paramref name="window"/> (the sum of its words'
    /// log probabilities): how ordinary the text reads. Lower is less likely.
    /// </summary>
    public double Score(ReadOnlySpan<char> window)
    {
        int n = window.Length;
        Span<int> bestEnd = n < StackLimit ? stackalloc int[n + 1] : new int[n + 1];
        return Segment(window, bestEnd);
    }

    /// <summary>Fills <paramref name="bestEnd"/> with the end of the best word starting at each index; returns the best total score.</summary>
    private double Segment(ReadOnlySpan<char> window, Span<int> bestEnd)
    {
        int n = window.Length;
        Span<double> bestScore = n < StackLimit ? stackalloc double[n + 1] : new double[n + 1];
        double unknown = lexicon.UnknownLogProbability;
        int maxLength = Math.Min(MaxWordLength, lexicon.MaxWordLength);
        bestScore[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            // A single character is always a candidate, scored as a word or as frequency 1.
            lexicon.TryLookupLogProbability(window.Slice(i, 1), out bool singleIsWord, out double single);
            double best = (singleIsWord ? single : unknown) + bestScore[i + 1];
            int end = i + 1;
            int maxEnd = Math.Min(n, i + maxLength);
            for (int j = i + 2; j <= maxEnd; j++)
            {
                if (!lexicon.TryLookupLogProbability(window[i..j], out bool isWord, out double logProbability)) break; // no word starts this way
                if (!isWord) continue;
                double score = logProbability + bestScore[j];
                // '>=' prefers the longer word on ties, as jieba does by taking the max over (score, end).
                if (score >= best) { best = score; end = j; }
            }
            bestScore[i] = best;
            bestEnd[i] = end;
        }
        return bestScore[0];
    }

    /// <summary>The words of the best segmentation, in order (for tests and diagnostics).</summary>
    public List<string> Cut(ReadOnlySpan<char> window)
    {
        var boundaries = Boundaries(window);
        var words = new List<string>();
        int start = 0;
        for (int i = 1; i <= window.Length; i++)
        {
            if (!boundaries[i]) continue;
            words.Add(window[start..i].ToString());
            start = i;
        }
        return words;
    }
}
