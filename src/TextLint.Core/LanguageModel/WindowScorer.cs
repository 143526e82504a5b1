// Invariant: immutable after construction and safe to share between threads; per-call state lives
// in the caller's spans or in a WindowLattice the caller owns. Every score is computed with the
// same operations in the same order whichever entry point computes it, so the incremental rescoring
// of a window with one character replaced returns exactly (bit for bit) what scoring the replaced
// window from scratch returns.

using System.Numerics;
using System.Runtime.CompilerServices;
using TextLint.Core.Segmentation;

namespace TextLint.Core.LanguageModel;

/// <summary>
/// Log-probability of the best segmentation of a short window under jieba's unigram word model
/// (the route <see cref="WindowSegmenter"/> takes), without allocating: the caller passes the
/// window, possibly with one character replaced, and a span that receives the route. With
/// <see cref="CharPairCounts"/> of the same lexicon, a word is only looked up while each of its
/// character pairs occurs in some word, and, as the lexicon holds every prefix of its words, only
/// while the shorter word from the same start is at least a prefix: both skip most lookups without
/// changing the result. A window's pairs are read once, and words of two characters come from the
/// pair table with them.
/// </summary>
public sealed class WindowScorer
{
    /// <summary>Longest window scored; longer input is an error.</summary>
    public const int MaxWindow = 32;

    /// <summary>Longest word tried (longer entries never change a local decision).</summary>
    internal const int MaxWordLength = 8;

    // Single Han characters (U+3400–U+9FFF) are scored from this table instead of the lexicon's hash
    // table: every scored window looks up each of its characters alone.
    private const char TableFirst = '\u3400', TableLast = '\u9FFF';

    private readonly Lexicon _lexicon;
    private readonly CharPairCounts? _pairs;
    private readonly double _logTotal;
    private readonly double[] _singleScore;

    /// <summary>A scorer over <paramref name="lexicon"/>; <paramref name="pairs"/> (counted from the same lexicon) prunes lookups.</summary>
    public WindowScorer(Lexicon lexicon, CharPairCounts? pairs = null)
    {
        if (pairs is not null && pairs.Lexicon != lexicon) throw new ArgumentException("the pairs must be counted from the scorer's lexicon", nameof(pairs));
        _lexicon = lexicon;
        _pairs = pairs;
        _logTotal = Math.Log(lexicon.TotalFrequency);
        _singleScore = new double[TableLast - TableFirst + 1];
        Span<char> one = stackalloc char[1];
        for (int c = TableFirst; c <= TableLast; c++)
        {
            one[0] = (char)c;
            _singleScore[c - TableFirst] = Math.Log(Math.Max(1, lexicon.FrequencyOf(one))) - _logTotal;
        }
    }

    /// <summary>The lexicon scored against.</summary>
    public Lexicon Lexicon => _lexicon;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SingleScore(char c) =>
        (uint)(c - TableFirst) <= TableLast - TableFirst
            ? _singleScore[c - TableFirst]
            : Math.Log(Math.Max(1, _lexicon.FrequencyOf(new ReadOnlySpan<char>(in c)))) - _logTotal;

    /// <summary>
    /// Returns the best total log-probability of <paramref name="window"/>; <paramref name="end"/>
    /// (length ≥ window length + 1) receives the route: the word starting at i ends at end[i] for
    /// every i on the route from 0.
    /// </summary>
    public double Best(ReadOnlySpan<char> window, Span<int> end)
    {
        var lattice = new WindowLattice();
        double score = Best(window, lattice);
        lattice.End.AsSpan(0, window.Length).CopyTo(end);
        return score;
    }

    /// <summary>
    /// Scores <paramref name="window"/> as <see cref="Best(ReadOnlySpan{char}, Span{int})"/> does and
    /// keeps its lattice (every word looked up, the best score and route from each position) in
    /// <paramref name="lattice"/>, for <see cref="BestReplaced(ReadOnlySpan{char}, WindowLattice, int, char, Span{int})"/>. The route is <c>lattice.End</c>.
    /// </summary>
    public double Best(ReadOnlySpan<char> window, WindowLattice lattice)
    {
        ReadPairs(window, lattice);
        return BestOverReadPairs(window, lattice);
    }

    /// <summary>
    /// Reads the pairs of <paramref name="window"/> into <paramref name="lattice"/>: which occur in
    /// words (returned, as <see cref="PairsInWords(ReadOnlySpan{char})"/> gives them) and what the
    /// lexicon holds for each as a two-char word, both from one probe of the pair table per pair.
    /// </summary>
    internal uint ReadPairs(ReadOnlySpan<char> window, WindowLattice lattice)
    {
        int n = window.Length;
        if (n > MaxWindow) throw new ArgumentOutOfRangeException(nameof(window), "window too long");
        var twoCharEntries = lattice.TwoCharEntry;
        uint bits = 0;
        for (int k = 0; k + 1 < n; k++)
        {
            int count;
            if (_pairs is not null) count = _pairs.CountOf(window[k], window[k + 1], out twoCharEntries[k]);
            else
            {
                count = 1; // without pair counts, any pair may be inside a word
                twoCharEntries[k] = _lexicon.TryLookup(window.Slice(k, 2), out int frequency) ? frequency : -1;
            }
            if (count > 0) bits |= 1u << k;
        }
        lattice.PairsInWords = bits;
        return bits;
    }

    /// <summary>
    /// <see cref="Best(ReadOnlySpan{char}, WindowLattice)"/> once <see cref="ReadPairs"/> has read
    /// the same window's pairs into <paramref name="lattice"/>: words of two characters come from
    /// there, longer ones from the lexicon.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double BestOverReadPairs(ReadOnlySpan<char> window, WindowLattice lattice)
    {
        int n = window.Length;
        if (n > MaxWindow) throw new ArgumentOutOfRangeException(nameof(window), "window too long");
        uint pairsInWords = lattice.PairsInWords;
        var twoCharEntries = lattice.TwoCharEntry;
        lattice.Length = n;
        var best = lattice.BestFrom;
        var end = lattice.End;
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            double single = SingleScore(window[i]);
            lattice.Single[i] = single;
            double bestScore = single + best[i + 1];
            int bestEnd = i + 1;
            int maxEnd = Math.Min(ChainEnd(pairsInWords, i), Math.Min(n, i + MaxWordLength));
            int j = i + 2;
            for (; j <= maxEnd; j++)
            {
                int freq;
                if (j == i + 2) freq = twoCharEntries[i];
                else if (!_lexicon.TryLookup(window[i..j], out freq)) freq = -1;
                if (freq < 0) break; // not even a prefix: no longer word either
                if (freq <= 0) { lattice.Word(i, j) = double.NaN; continue; }
                double word = Math.Log(freq) - _logTotal;
                lattice.Word(i, j) = word;
                double score = word + best[j];
                if (score >= bestScore) { bestScore = score; bestEnd = j; }
            }
            lattice.Stop[i] = j;
            best[i] = bestScore;
            end[i] = bestEnd;
        }
        return best[0];
    }

    /// <summary>
    /// The best total log-probability of the window of <paramref name="lattice"/> (scored by
    /// <see cref="Best(ReadOnlySpan{char}, WindowLattice)"/> from <paramref name="window"/>) with the
    /// character at <paramref name="position"/> replaced by <paramref name="replacement"/>; exactly
    /// what scoring the replaced window from scratch returns, but only the words that cover the
    /// replaced character are looked up: positions after it keep their scores, and words before
    /// it come from the lattice. <paramref name="end"/> receives the route as in
    /// <see cref="Best(ReadOnlySpan{char}, Span{int})"/>.
    /// </summary>
    public double BestReplaced(ReadOnlySpan<char> window, WindowLattice lattice, int position, char replacement, Span<int> end) =>
        BestReplaced(window, lattice, position, replacement, PairsInWordsReplaced(window, position, replacement), end);

    /// <summary>
    /// <see cref="BestReplaced(ReadOnlySpan{char}, WindowLattice, int, char, Span{int})"/> with the
    /// replaced window's <see cref="PairsInWords"/> given (see <see cref="WithReplacedPairs"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double BestReplaced(ReadOnlySpan<char> window, WindowLattice lattice, int position, char replacement, uint replacedPairsInWords, Span<int> end)
    {
        int n = lattice.Length;
        if (window.Length != n || (uint)position >= (uint)n) throw new ArgumentOutOfRangeException(nameof(position));
        Span<char> replaced = stackalloc char[n];
        window.CopyTo(replaced);
        replaced[position] = replacement;
        Span<double> best = stackalloc double[n + 1];
        lattice.BestFrom.AsSpan(position + 1, n - position).CopyTo(best[(position + 1)..]);
        lattice.End.AsSpan(position + 1, n - position - 1).CopyTo(end[(position + 1)..]);
        for (int i = position; i >= 0; i--)
        {
            double single = i == position ? SingleScore(replacement) : lattice.Single[i];
            double bestScore = single + best[i + 1];
            int bestEnd = i + 1;
            int maxEnd = Math.Min(ChainEnd(replacedPairsInWords, i), Math.Min(n, i + MaxWordLength));
            int stop = lattice.Stop[i];
            for (int j = i + 2; j <= maxEnd; j++)
            {
                double word;
                if (j <= position)
                {
                    // The word [i, j) lies before the replaced character: as in the original window.
                    if (j >= stop) break;
                    word = lattice.Word(i, j);
                    if (double.IsNaN(word)) continue;
                }
                else
                {
                    if (!_lexicon.TryLookup(replaced[i..j], out int freq)) break;
                    if (freq <= 0) continue;
                    word = Math.Log(freq) - _logTotal;
                }
                double score = word + best[j];
                if (score >= bestScore) { bestScore = score; bestEnd = j; }
            }
            best[i] = bestScore;
            end[i] = bestEnd;
        }
        return best[0];
    }

    /// <summary>
    /// Whether some lexicon word of two or more characters (at most <see cref="MaxWordLength"/>)
    /// lies in <paramref name="window"/> over <paramref name="position"/> once the character there
    /// is <paramref name="replacement"/>: a necessary condition for the replacement to form a word
    /// on the best route, tested with a few lookups before the window is segmented.
    /// </summary>
    public bool FormsWord(ReadOnlySpan<char> window, int position, char replacement) =>
        FormsWord(window, position, replacement, PairsInWordsReplaced(window, position, replacement));

    /// <summary>
    /// <see cref="FormsWord(ReadOnlySpan{char}, int, char)"/> with the replaced window's
    /// <see cref="PairsInWords"/> given (see <see cref="WithReplacedPairs"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool FormsWord(ReadOnlySpan<char> window, int position, char replacement, uint replacedPairsInWords)
    {
        int n = window.Length;
        if ((uint)position >= (uint)n) throw new ArgumentOutOfRangeException(nameof(position));
        Span<char> replaced = stackalloc char[n];
        window.CopyTo(replaced);
        replaced[position] = replacement;
        // Words start at most MaxWordLength - 1 characters before the position, and only where
        // every pair from the start up to the position occurs in some word ...
        int first = position;
        while (first > 0 && position - (first - 1) < MaxWordLength && (replacedPairsInWords >> (first - 1) & 1) != 0)
            first--;
        // ... and end no further than the pairs from the position on do.
        int chainEnd = ChainEnd(replacedPairsInWords, position);
        for (int i = first; i <= position; i++)
        {
            int maxEnd = Math.Min(chainEnd, Math.Min(n, i + MaxWordLength));
            for (int j = Math.Max(i + 2, position + 1); j <= maxEnd; j++)
            {
                if (!_lexicon.TryLookup(replaced[i..j], out int freq)) break;
                if (freq > 0) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Bit k set when <paramref name="window"/>[k] followed by [k + 1] occurs inside some lexicon
    /// word (every such bit without pair counts): no word spans a clear bit. Windows are at most
    /// <see cref="MaxWindow"/> long, so the bits fit.
    /// </summary>
    internal uint PairsInWords(ReadOnlySpan<char> window)
    {
        if (window.Length > MaxWindow) throw new ArgumentOutOfRangeException(nameof(window), "window too long");
        if (window.Length < 2) return 0;
        if (_pairs is null) return uint.MaxValue >> (33 - window.Length);
        uint bits = 0;
        for (int k = 0; k + 1 < window.Length; k++)
            if (_pairs.CountOf(window[k], window[k + 1]) > 0) bits |= 1u << k;
        return bits;
    }

    /// <summary>
    /// <see cref="PairsInWords"/> of <paramref name="window"/> with the character at
    /// <paramref name="position"/> replaced by <paramref name="replacement"/> (when it is inside the
    /// window): only the two pairs around it change.
    /// </summary>
    private uint PairsInWordsReplaced(ReadOnlySpan<char> window, int position, char replacement)
    {
        uint bits = PairsInWords(window);
        if (_pairs is null || (uint)position >= (uint)window.Length) return bits;
        bool leftInWord = position > 0 && _pairs.CountOf(window[position - 1], replacement) > 0;
        bool rightInWord = position + 1 < window.Length && _pairs.CountOf(replacement, window[position + 1]) > 0;
        return WithReplacedPairs(bits, position, window.Length, leftInWord, rightInWord);
    }

    /// <summary>
    /// <paramref name="pairsInWords"/> of a window of <paramref name="length"/> chars with the pairs
    /// around <paramref name="position"/> replaced: whether the new character's pairs with its left
    /// and right neighbours occur in words (ignored where there is no neighbour).
    /// </summary>
    internal static uint WithReplacedPairs(uint pairsInWords, int position, int length, bool leftInWord, bool rightInWord)
    {
        if (position > 0) pairsInWords = leftInWord ? pairsInWords | 1u << (position - 1) : pairsInWords & ~(1u << (position - 1));
        if (position + 1 < length) pairsInWords = rightInWord ? pairsInWords | 1u << position : pairsInWords & ~(1u << position);
        return pairsInWords;
    }

    /// <summary>The furthest end of a word starting at <paramref name="start"/> that spans only pairs set in <paramref name="pairsInWords"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ChainEnd(uint pairsInWords, int start) =>
        start + 1 + BitOperations.TrailingZeroCount(~(pairsInWords >> start));

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

/// <summary>
/// The lattice of one scored window (<see cref="WindowScorer.Best(ReadOnlySpan{char}, WindowLattice)"/>):
/// the score of every word looked up, the best score from each position and the route. Reusable
/// scratch space: one per thread, overwritten by each call.
/// </summary>
public sealed class WindowLattice
{
    private const int WordsPerStart = WindowScorer.MaxWordLength - 1;
    private readonly double[] _words = new double[WindowScorer.MaxWindow * WordsPerStart];

    /// <summary>Length of the window last scored.</summary>
    public int Length { get; internal set; }

    /// <summary>End of the best first word from each position: the route.</summary>
    public int[] End { get; } = new int[WindowScorer.MaxWindow + 1];

    internal double[] BestFrom { get; } = new double[WindowScorer.MaxWindow + 1];
    // Set by WindowScorer.ReadPairs: bit k when chars k, k + 1 occur in a word, and what the lexicon
    // holds for them as a string (frequency, 0 for a prefix only, -1 for nothing).
    internal uint PairsInWords { get; set; }
    internal int[] TwoCharEntry { get; } = new int[WindowScorer.MaxWindow];
    internal double[] Single { get; } = new double[WindowScorer.MaxWindow];
    // Stop[i]: the first end j for which no word [i, j) was found and none longer can exist (a pair
    // occurring in no word, text that is no prefix of a word) or the longest word was reached.
    internal int[] Stop { get; } = new int[WindowScorer.MaxWindow];

    // The score of the word [i, j), or NaN when it is no word; defined for i + 2 ≤ j < Stop[i].
    internal ref double Word(int i, int j) => ref _words[i * WordsPerStart + (j - i - 2)];
}
