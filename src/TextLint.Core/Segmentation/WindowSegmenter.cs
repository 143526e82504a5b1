namespace TextLint.Core.Segmentation;

/// <summary>
/// Maximum-probability segmentation of a short window of text over a word DAG, the way jieba's
/// <c>Cut(hmm: false)</c> does it (every substring found in the lexicon is a candidate word, single
/// characters always are; the route maximising the sum of log word probabilities wins). Used only on
/// the few characters around a dictionary hit, never on a whole document.
/// </summary>
public sealed class WindowSegmenter(Lexicon lexicon)
{
    /// <summary>Longest word considered; longer lexicon entries are rare and never decide a boundary.</summary>
    private const int MaxWordLength = 16;

    /// <summary>
    /// Returns the word boundaries of the best segmentation of <paramref name="window"/>: a set bit at
    /// index i means a word starts at i (index <c>window.Length</c> is always set).
    /// </summary>
    public bool[] Boundaries(ReadOnlySpan<char> window)
    {
        int n = window.Length;
        var bestEnd = new int[n + 1];
        Segment(window, bestEnd);
        var boundaries = new bool[n + 1];
        for (int i = 0; i < n; i = bestEnd[i]) boundaries[i] = true;
        boundaries[n] = true;
        return boundaries;
    }

    /// <summary>
    /// The log probability of the best segmentation of <paramref name="window"/> (the sum of its words'
    /// log probabilities): how ordinary the text reads. Lower is less likely.
    /// </summary>
    public double Score(ReadOnlySpan<char> window) => Segment(window, new int[window.Length + 1]);

    private double Segment(ReadOnlySpan<char> window, int[] bestEnd)
    {
        int n = window.Length;
        var bestScore = new double[n + 1];
        double logTotal = Math.Log(lexicon.TotalFrequency);
        bestScore[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            // A single character is always a candidate, scored with its own frequency or 1.
            int single = lexicon.FrequencyOf(window.Slice(i, 1));
            double best = Math.Log(Math.Max(1, single)) - logTotal + bestScore[i + 1];
            int end = i + 1;
            int maxEnd = Math.Min(n, i + Math.Min(MaxWordLength, lexicon.MaxWordLength));
            for (int j = i + 2; j <= maxEnd; j++)
            {
                int freq = lexicon.FrequencyOf(window[i..j]);
                if (freq <= 0) continue;
                double score = Math.Log(freq) - logTotal + bestScore[j];
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
