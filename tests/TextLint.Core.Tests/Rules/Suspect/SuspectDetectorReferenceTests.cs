using System.Text.RegularExpressions;
using TextLint.Core.Confusion;
using TextLint.Core.LanguageModel;
using TextLint.Core.Normalization;
using TextLint.Core.Rules.Suspect;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.Rules.Suspect;

/// <summary>
/// The detector skips lookups, reads pair rows instead of the hash table and rescores only the words
/// around a replaced character; none of that may change what it finds. These tests compare it with
/// the straightforward algorithm (every pair looked up, every replaced window segmented from
/// scratch) on the sample pages and on corrupted copies of them, candidate by candidate, score
/// included.
/// </summary>
public class SuspectDetectorReferenceTests
{
    private static readonly SuspectDetector Detector = SuspectDetector.Default;
    private static readonly Lexicon Lexicon = Lexicon.Default;
    private static readonly CharPairCounts Pairs = CharPairCounts.Build(Lexicon, ModernWords.All, ModernWords.Frequency);
    private static readonly WindowScorer Scorer = new(Lexicon, Pairs);

    [Fact]
    public void Candidates_equal_the_straightforward_algorithm_on_samples_and_corrupted_samples()
    {
        int compared = 0, reported = 0;
        foreach (string text in Corpus())
        {
            using var normalized = Normalizer.Default.Normalize(text);
            var actual = new List<SuspectCandidate>();
            Detector.Candidates(normalized.Folded, actual);
            var expected = Reference(normalized.Folded);
            Assert.Equal(expected, actual);
            compared += actual.Count;
            reported += Detector.Find(normalized.Folded).Count;
        }
        // The corpus must exercise the scorer, and the corruption must produce findings.
        Assert.True(compared > 300, $"only {compared} candidates compared");
        Assert.True(reported > 10, $"only {reported} findings");
    }

    [Fact]
    public void Find_reports_what_the_full_candidate_list_would_report()
    {
        // Find skips replacements that cannot be reported (no word around them, no word on the
        // route) before scoring them in full; that shortcut must not change a single finding.
        int reported = 0;
        foreach (string text in Corpus())
        {
            using var normalized = Normalizer.Default.Normalize(text);
            var all = new List<SuspectCandidate>();
            Detector.Candidates(normalized.Folded, all);
            var found = Detector.Find(normalized.Folded);
            Assert.Equal(SuspectDetector.Confident(normalized.Folded, all), found);
            reported += found.Count;
        }
        Assert.True(reported > 10, $"only {reported} findings");
    }

    [Fact]
    public void Replacement_reach_marks_exactly_the_replacements_with_a_frequent_pair()
    {
        var reach = new ReplacementReach(Pairs, ConfusionSets.Default);
        int positions = 0, marked = 0;
        foreach (string text in Corpus().Take(4))
        {
            using var normalized = Normalizer.Default.Normalize(text);
            var folded = normalized.Folded;
            for (int p = 1; p + 1 < folded.Length; p++)
            {
                char a = folded[p - 1], c = folded[p], b = folded[p + 1];
                var replacements = ConfusionSets.Default.Replacements(c);
                uint left = 0, right = 0;
                for (int k = 0; k < replacements.Length; k++)
                {
                    char r = replacements[k];
                    if (Pairs.CountOf(a, r) >= ReplacementReach.Floor) left |= ReplacementReach.Bit(k);
                    if (Pairs.CountOf(r, b) >= ReplacementReach.Floor) right |= ReplacementReach.Bit(k);
                }
                Assert.Equal(left, reach.LeftMask(a, c));
                Assert.Equal(right, reach.RightMask(c, b));
                positions++;
                if ((left | right) != 0) marked++;
            }
        }
        Assert.True(positions > 1000 && marked > 100, $"{positions} positions, {marked} marked");
    }

    [Fact]
    public void Rescoring_a_replaced_character_equals_scoring_the_replaced_window()
    {
        var lattice = new WindowLattice();
        Span<int> route = stackalloc int[WindowScorer.MaxWindow + 1];
        Span<int> expectedRoute = stackalloc int[WindowScorer.MaxWindow + 1];
        foreach (string window in new[] { "原则同意示范区总休方案请认", "坚持人民至上生命至上严格", "防汛责任制把责任落实到每", "我们的", "总休" })
        {
            double original = Scorer.Best(window, lattice);
            Assert.Equal(Scorer.Best(window, expectedRoute), original);
            for (int at = 0; at < window.Length; at++)
            {
                foreach (char r in ConfusionSets.Default.SoundAlike(window[at]))
                {
                    var replaced = window.ToCharArray();
                    replaced[at] = r;
                    double expected = Scorer.Best(replaced, expectedRoute);
                    Assert.Equal(expected, Scorer.BestReplaced(window, lattice, at, r, route));
                    for (int i = 0; i < window.Length; i = expectedRoute[i]) Assert.Equal(expectedRoute[i], route[i]);
                }
            }
        }
    }

    [Fact]
    public void Pair_rows_agree_with_the_pair_table()
    {
        foreach (string text in Corpus().Take(3))
        {
            for (int i = 0; i + 1 < text.Length; i++)
            {
                char a = text[i], b = text[i + 1];
                Assert.Equal(Pairs.CountOf(a, b), Pairs.Followers(a).CountOf(b));
                Assert.Equal(Pairs.CountOf(a, b), Pairs.Predecessors(b).CountOf(a));
            }
        }
        Assert.True(Pairs.CountOf('总', '体') > 0);
        Assert.Equal(Pairs.CountOf('总', '体'), Pairs.Followers('总').CountOf('体'));
    }

    /// <summary>The text of the sample pages, and each with every fifth Han character replaced by its first sound-alike.</summary>
    private static IEnumerable<string> Corpus()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "TextLint.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        foreach (string path in Directory.GetFiles(Path.Combine(root, "samples")).Order(StringComparer.Ordinal))
        {
            string text = Regex.Replace(File.ReadAllText(path), "<[^>]*>", "\n");
            yield return text;
            var corrupted = text.ToCharArray();
            for (int i = 0, han = 0; i < corrupted.Length; i++)
            {
                if (!SuspectDetector.IsHan(corrupted[i]) || ++han % 5 != 0) continue;
                var sound = ConfusionSets.Default.SoundAlike(Normalizer.Default.Fold(corrupted[i]));
                if (!sound.IsEmpty) corrupted[i] = sound[0];
            }
            yield return new string(corrupted);
        }
    }

    /// <summary>The detector's algorithm as first written: every pair from the hash table, every window segmented whole.</summary>
    private static List<SuspectCandidate> Reference(ReadOnlySpan<char> text)
    {
        var output = new List<SuspectCandidate>();
        var bigrams = SmartCnBigrams.Default;
        Span<int> route = stackalloc int[WindowScorer.MaxWindow + 1];
        Span<int> originalRoute = stackalloc int[WindowScorer.MaxWindow + 1];
        int i = 0;
        while (i < text.Length)
        {
            if (!SuspectDetector.IsHan(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && SuspectDetector.IsHan(text[i])) i++;
            int end = i;
            if (end - start < 2) continue;
            int right = 0;
            for (int p = start; p < end; p++)
            {
                char c = text[p];
                int left = right;
                right = p + 1 < end ? Pairs.CountOf(c, text[p + 1]) : 0;
                if (left > SuspectDetector.MaxOriginalPair || right > SuspectDetector.MaxOriginalPair
                    || Math.Min(left, right) > SuspectDetector.MaxWeakerPair) continue;
                var sound = ConfusionSets.Default.SoundAlike(c);
                var shape = ConfusionSets.Default.ShapeAlike(c);
                int ws = Math.Max(start, p - SuspectDetector.Context), we = Math.Min(end, p + SuspectDetector.Context + 1);
                for (int k = 0; k < sound.Length + shape.Length; k++)
                {
                    char r = k < sound.Length ? sound[k] : shape[k - sound.Length];
                    if (k >= sound.Length && sound.Contains(r)) continue;
                    int newLeft = p > start ? Pairs.CountOf(text[p - 1], r) : 0;
                    int newRight = p + 1 < end ? Pairs.CountOf(r, text[p + 1]) : 0;
                    if (newLeft + newRight < SuspectDetector.MinReplacementPair
                        || newLeft + newRight + 1 < SuspectDetector.MinPairRatio * (1 + left + right)) continue;
                    var original = text[ws..we];
                    double originalScore = Scorer.Best(original, originalRoute);
                    var replaced = original.ToArray();
                    replaced[p - ws] = r;
                    double replacedScore = Scorer.Best(replaced, route);
                    var (wStart, wEnd, prevStart, nextEnd) = WindowScorer.WordAt(route, replaced.Length, p - ws);
                    int wordFrequency = wEnd - wStart >= 2 ? Lexicon.FrequencyOf(replaced.AsSpan(wStart, wEnd - wStart)) : 0;
                    double bigramGain = 0;
                    if (bigrams is not null)
                    {
                        int after = Support(bigrams, replaced, wStart, wEnd, prevStart, nextEnd);
                        var (oStart, oEnd, oPrev, oNext) = WindowScorer.WordAt(originalRoute, original.Length, p - ws);
                        int before = Support(bigrams, original, oStart, oEnd, oPrev, oNext);
                        bigramGain = Math.Log(1 + after) - Math.Log(1 + before);
                    }
                    var kind = k < sound.Length ? (shape.Contains(r) ? ConfusionKind.Both : ConfusionKind.Sound) : ConfusionKind.Shape;
                    var candidate = new SuspectCandidate(p, c, r, kind, ws + wStart, wEnd - wStart, wordFrequency,
                        replacedScore - originalScore, Math.Log(1 + newLeft + newRight) - Math.Log(1 + left + right),
                        bigramGain, left + right, Lexicon.FrequencyOf(text.Slice(p, 1)));
                    output.Add(candidate with { Score = SuspectDetector.Score(candidate) });
                }
            }
        }
        return output;
    }

    private static int Support(SmartCnBigrams bigrams, ReadOnlySpan<char> window, int start, int end, int prevStart, int nextEnd)
    {
        int support = 0;
        if (prevStart >= 0) support += bigrams.CountOf(window[prevStart..start], window[start..end]);
        if (nextEnd >= 0) support += bigrams.CountOf(window[start..end], window[end..nextEnd]);
        return support;
    }
}
