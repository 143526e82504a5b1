// Invariant: immutable after construction and safe to share between threads; all per-call state
// lives on the stack, in the caller's list or in this thread's scratch space (t_lattice,
// t_candidates), which a call overwrites before it reads it.

using System.Numerics;
using System.Runtime.CompilerServices;
using TextLint.Core.Caching;
using TextLint.Core.Confusion;
using TextLint.Core.LanguageModel;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Finds characters that do not fit their context in folded (simplified) text: a Han character
/// that forms no word, or only a rare one, with its neighbours (its character pairs occur inside
/// no lexicon word, or only in rare ones) and that, replaced by a sound- or shape-alike character,
/// yields a far more frequent word. Each
/// replacement is scored by the gain in log-probability of the best local segmentation (jieba's
/// unigram word model), the gain in within-word character-pair counts, and the gain in SmartCn
/// word-pair counts around the new word.
/// </summary>
public sealed class SuspectDetector
{
    /// <summary>
    /// A character is considered only when its pairs with both neighbours count at most this ...
    /// </summary>
    internal const int MaxOriginalPair = 100;
    /// <summary>
    /// ... and the weaker of the two at most this: 3 is jieba's floor frequency, so the character
    /// forms no word with one of its neighbours except, at most, one obscure word (可学, 淡味: a slip
    /// that spells a listed word is invisible when only pairs counting 0 are tried). On odw-train,
    /// going from "both pairs 0" to these two limits (with <see cref="MinPairRatio"/> at 30) raises
    /// the rule's recall from 0.33 to 0.44 at the same precision (0.90) and clean-sentence false
    /// alarms from 0.021 to 0.033; the wider positions are affordable because
    /// <see cref="ReplacementReach"/> rejects most of them in two lookups.
    /// </summary>
    internal const int MaxWeakerPair = 3;
    /// <summary>
    /// A replacement is scored only when its pairs with the neighbours count at least this much in
    /// all (a cheap filter before segmenting: on odw-train it drops three quarters of the
    /// replacements and about 4% of those that would be reported).
    /// </summary>
    internal const int MinReplacementPair = 50;
    /// <summary>
    /// ... and at least this many times what the original character's pairs count (plus one): a
    /// character that does form rare pairs is only worth scoring against a far more common
    /// spelling. At 30 rather than 10 (odw-train, the rule alone, present position limits): 2 of
    /// 439 sentences found are lost, 9 of 60 false ones dropped (precision 0.880 → 0.895), and the
    /// windows scored at positions with non-zero pairs fall from 1,722 to 1,022.
    /// </summary>
    internal const int MinPairRatio = 30;
    /// <summary>Characters scored on each side of the suspect character.</summary>
    internal const int Context = 5;

    private static readonly Lazy<SuspectDetector> LazyDefault = new(
        () =>
        {
            var lexicon = Lexicon.Default;
            var pairs = CharPairCounts.Load(lexicon, Lexicon.DefaultPath, ModernWords.All, ModernWords.Frequency, DerivedDataCache.Default);
            return new SuspectDetector(lexicon, pairs, ConfusionSets.Default, SmartCnBigrams.Default);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lexicon _lexicon;
    private readonly CharPairCounts _pairs;
    private readonly ConfusionSets _confusion;
    private readonly SmartCnBigrams? _bigrams;
    private readonly WindowScorer _scorer;
    private readonly ReplacementReach _reach;

    // Scratch space reused by every call on a thread (the detector itself is shared and immutable).
    // A page of HTML is dozens of short blocks, and each block that got as far as scoring a window
    // allocated a lattice (2.7 KB) and a candidate list of its own: most of the rule's allocations.
    // The candidate list follows ThreadScratch's rule (not kept after a long plain text); the
    // lattice has a fixed size and is always kept.
    [ThreadStatic] private static WindowLattice? t_lattice;
    [ThreadStatic] private static List<SuspectCandidate>? t_candidates;

    /// <summary>Builds a detector over the given data (bigrams optional).</summary>
    public SuspectDetector(Lexicon lexicon, CharPairCounts pairs, ConfusionSets confusion, SmartCnBigrams? bigrams)
    {
        _lexicon = lexicon;
        _pairs = pairs;
        _confusion = confusion;
        _bigrams = bigrams;
        _scorer = new WindowScorer(lexicon, pairs);
        _reach = new ReplacementReach(pairs, confusion);
    }

    /// <summary>The detector over jieba's dictionary, the built-in confusion sets and SmartCn's bigrams, built on first use.</summary>
    public static SuspectDetector Default => LazyDefault.Value;

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph (BMP, extension A included).</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>
    /// Adds to <paramref name="output"/> every scored replacement in <paramref name="folded"/> (all
    /// of them, for tuning; <see cref="Find"/> keeps the confident ones).
    /// </summary>
    public void Candidates(ReadOnlySpan<char> folded, List<SuspectCandidate> output) => Candidates(folded, output, reportableOnly: false);

    /// <summary>
    /// As the public overload; with <paramref name="reportableOnly"/>, replacements that form no
    /// word of two or more characters or form one in a place name (which <see cref="Find"/> never
    /// reports) are dropped before their bigram support is looked up.
    /// </summary>
    private void Candidates(ReadOnlySpan<char> folded, List<SuspectCandidate> output, bool reportableOnly)
    {
        WindowLattice? lattice = t_lattice;
        int i = 0;
        while (i < folded.Length)
        {
            if (!IsHan(folded[i])) { i++; continue; }
            int start = i;
            while (i < folded.Length && IsHan(folded[i])) i++;
            if (i - start >= 2) CheckRun(folded, start, i, output, reportableOnly, ref lattice);
        }
        t_lattice = lattice;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckRun(ReadOnlySpan<char> text, int start, int end, List<SuspectCandidate> output, bool reportableOnly, ref WindowLattice? lattice)
    {
        // A character is a candidate only when both its pairs are rare (≤ MaxOriginalPair). Most pairs
        // of real text are not, and one such pair rules out both its characters, so the pair on a
        // character's left is looked up only when its right one leaves it a candidate: about one
        // lookup for every two characters of ordinary prose instead of one each.
        int left = 0; // the pair (p-1, p) when leftKnown; no pair before the run's start
        bool leftKnown = true;
        for (int p = start; p < end; p++)
        {
            if (leftKnown && left > MaxOriginalPair) { leftKnown = false; continue; }
            char c = text[p];
            int right = p + 1 < end ? _pairs.CountOf(c, text[p + 1]) : 0;
            if (right > MaxOriginalPair) { (left, leftKnown) = (right, true); continue; }
            int thisLeft = leftKnown ? left : _pairs.CountOf(text[p - 1], c); // p > start when unknown
            (left, leftKnown) = (right, true);
            if (thisLeft > MaxOriginalPair || Math.Min(thisLeft, right) > MaxWeakerPair) continue;
            // Two lookups name the replacements that form a frequent pair with either neighbour;
            // the others cannot pass the pair filter, and at most positions of clean prose there
            // are none, so the position stops here instead of trying about 20 replacements.
            uint marked = (p > start ? _reach.LeftMask(text[p - 1], c) : 0) | (p + 1 < end ? _reach.RightMask(c, text[p + 1]) : 0);
            if (marked != 0) ScoreReplacements(text, start, end, p, thisLeft, right, marked, output, reportableOnly, ref lattice);
        }
    }

    /// <summary>
    /// Scores the replacements of the character at <paramref name="p"/> (in the Han run from
    /// <paramref name="start"/> to <paramref name="end"/>) that <paramref name="marked"/> names and
    /// that pass the pair filter, adding a candidate for each to <paramref name="output"/>.
    /// </summary>
    // Out of CheckRun's loop, which runs for every character: a few positions in a hundred get here.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // window and route are written before they are read
    private void ScoreReplacements(ReadOnlySpan<char> text, int start, int end, int p, int thisLeft, int right, uint marked,
        List<SuspectCandidate> output, bool reportableOnly, ref WindowLattice? lattice)
    {
        Span<char> window = stackalloc char[2 * Context + 1];
        Span<int> route = stackalloc int[WindowScorer.MaxWindow + 1];
        char c = text[p];
        int needed = Math.Max(MinReplacementPair, MinPairRatio * (1 + thisLeft + right) - 1);

        var replacements = _confusion.Replacements(c);
        int soundCount = _confusion.SoundAlike(c).Length;
        bool scored = false;
        double originalScore = 0;
        uint pairsInWords = 0; // of the original window, read with the first replacement that passes the pair filter
        bool pairsKnown = false;
        int originalSupport = -1; // looked up with the first replacement that makes a word
        int ws = Math.Max(start, p - Context), we = Math.Min(end, p + Context + 1);
        ReadOnlySpan<char> original = text[ws..we];
        int at = p - ws;
        // Every replacement is paired with the same two neighbours: read their rows, not the hash table.
        var afterLeft = p > start ? _pairs.Followers(text[p - 1]) : default;
        var beforeRight = p + 1 < end ? _pairs.Predecessors(text[p + 1]) : default;
        // The marked replacements in list order (the last bit stands for every later one).
        for (uint bits = marked; bits != 0; bits &= bits - 1)
        {
            int first = BitOperations.TrailingZeroCount(bits);
            int last = first < ReplacementReach.SharedBit ? first : replacements.Length - 1;
            for (int k = first; k <= last; k++)
            {
                char r = replacements[k];
                int newLeft = afterLeft.Length > 0 ? afterLeft.CountOf(r) : 0;
                int newRight = beforeRight.Length > 0 ? beforeRight.CountOf(r) : 0;
                if (newLeft + newRight < needed) continue;

                // The window's pairs are read once (with its two-char words, for scoring it); the
                // replacement changes only the two around it, whose counts were just read.
                lattice ??= new WindowLattice();
                if (!pairsKnown)
                {
                    pairsInWords = _scorer.ReadPairs(original, lattice);
                    pairsKnown = true;
                }
                uint replacedPairs = WindowScorer.WithReplacedPairs(pairsInWords, at, original.Length, newLeft > 0, newRight > 0);
                // Find reports only replacements that make a word: one with no word around it is
                // dropped before any segmenting.
                if (reportableOnly && !_scorer.FormsWord(original, at, r, replacedPairs)) continue;
                // The original window is scored once per position, and only when some replacement
                // gets this far; each replacement then rescores only the words around it.
                if (!scored)
                {
                    originalScore = _scorer.BestOverReadPairs(original, lattice);
                    scored = true;
                }
                double replacedScore = _scorer.BestReplaced(original, lattice, at, r, replacedPairs, route);

                var replaced = window[..original.Length];
                original.CopyTo(replaced);
                replaced[at] = r;
                var (wStart, wEnd, prevStart, nextEnd) = WindowScorer.WordAt(route, replaced.Length, at);
                if (reportableOnly && wEnd - wStart < 2) continue; // no word on the route: not reported
                // Nor is a word in a place name, whatever its score: known before its bigrams are read.
                if (reportableOnly && InPlaceName(text, p, ws + wEnd)) continue;
                if (originalSupport < 0 && _bigrams is not null)
                {
                    var (oStart, oEnd, oPrev, oNext) = WindowScorer.WordAt(lattice.End, original.Length, at);
                    originalSupport = BigramSupport(original, oStart, oEnd, oPrev, oNext);
                }
                var word = replaced[wStart..wEnd];
                int wordFrequency = word.Length >= 2 ? _lexicon.FrequencyOf(word) : 0;
                double bigramGain = 0;
                if (_bigrams is not null)
                {
                    int after = BigramSupport(replaced, wStart, wEnd, prevStart, nextEnd);
                    bigramGain = Math.Log(1 + after) - Math.Log(1 + originalSupport);
                }
                var kind = k < soundCount ? (_confusion.ShapeAlike(c).Contains(r) ? ConfusionKind.Both : ConfusionKind.Sound) : ConfusionKind.Shape;
                var candidate = new SuspectCandidate(p, c, r, kind, ws + wStart, wEnd - wStart, wordFrequency,
                    replacedScore - originalScore,
                    Math.Log(1 + newLeft + newRight) - Math.Log(1 + thisLeft + right),
                    bigramGain, thisLeft + right, _lexicon.FrequencyOf(text.Slice(p, 1)));
                output.Add(candidate with { Score = Score(candidate) });
            }
        }
    }

    private int BigramSupport(ReadOnlySpan<char> window, int start, int end, int prevStart, int nextEnd)
    {
        int support = 0;
        if (prevStart >= 0) support += _bigrams!.CountOf(window[prevStart..start], window[start..end]);
        if (nextEnd >= 0) support += _bigrams!.CountOf(window[start..end], window[end..nextEnd]);
        return support;
    }

    /// <summary>The decision score of a candidate: higher is more confidently a typo.</summary>
    public static double Score(in SuspectCandidate c) => c.SegmentGain + 0.5 * c.PairGain + c.BigramGain;

    /// <summary>Characters that end place and organisation names.</summary>
    private const string PlaceSuffixes = "村镇乡县区市州省盟旗屯寨庄街路巷道里弄湾岛山岭峰河江湖溪港桥坝寺庙园苑府";

    /// <summary>
    /// Whether the word made by replacing the character at <paramref name="position"/>, ending at
    /// <paramref name="wordEnd"/>, is most likely part of a place or organisation name.
    /// </summary>
    private static bool InPlaceName(ReadOnlySpan<char> folded, int position, int wordEnd)
    {
        // Just before 村/镇/路…, the "word" is most likely part of a proper name (禾丰村), where rare
        // characters are normal.
        if (wordEnd < folded.Length && PlaceSuffixes.Contains(folded[wordEnd])) return true;
        // Likewise when the word made is itself a place (青禾县 → 青河县): the text names another place.
        return position < wordEnd - 1 && PlaceSuffixes.Contains(folded[wordEnd - 1]);
    }

    /// <summary>
    /// Score from which a candidate is reported (as info). Lower thresholds buy little on odw-train:
    /// with the present position limits, 7.0 raises the rule's recall from 0.44 to 0.46 but its
    /// clean-sentence false alarms from 0.033 to 0.051 (6.0: 0.48 and 0.072). Earlier, with only
    /// pairs counting up to 6 tried, a threshold of 6 also reported place names the lexicon lacks
    /// in the samples (青禾 → 青河) and 再接再励 beside typo.common.
    /// </summary>
    public const double ReportThreshold = 8.0;

    /// <summary>
    /// The confident replacements in <paramref name="folded"/>: for each suspect position the best
    /// replacement, when its score reaches <see cref="ReportThreshold"/> and it forms a word.
    /// </summary>
    public List<SuspectCandidate> Find(ReadOnlySpan<char> folded)
    {
        var all = ThreadScratch.List(ref t_candidates, folded.Length);
        Candidates(folded, all, reportableOnly: true);
        return Confident(folded, all);
    }

    /// <summary>
    /// Of <paramref name="candidates"/> (in text order, as <see cref="Candidates(ReadOnlySpan{char}, List{SuspectCandidate})"/>
    /// gives them), the best replacement of each position when it reaches <see cref="ReportThreshold"/>
    /// and forms a word that is not a place name.
    /// </summary>
    internal static List<SuspectCandidate> Confident(ReadOnlySpan<char> folded, List<SuspectCandidate> candidates)
    {
        var kept = new List<SuspectCandidate>();
        foreach (var c in candidates)
        {
            if (c.Score < ReportThreshold || c.WordLength < 2) continue;
            if (InPlaceName(folded, c.Position, c.WordStart + c.WordLength)) continue;
            if (kept.Count > 0 && kept[^1].Position == c.Position)
            {
                if (c.Score > kept[^1].Score) kept[^1] = c;
                continue;
            }
            kept.Add(c);
        }
        return kept;
    }
}
