using System.Text;
using System.Text.RegularExpressions;
using TextLint.Core.Confusion;
using TextLint.Core.LanguageModel;
using TextLint.Core.Rules.Suspect;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.LanguageModel;

/// <summary>
/// <see cref="WindowScorer"/> skips lookups (pairs in no word, text that is no prefix of a word),
/// reuses the original window's lattice when one character is replaced and stops at the first word
/// when only asked whether one exists. None of that may change a score, a route or an answer: these
/// tests compare it, bit for bit, with the plain dynamic programme that looks up every candidate
/// word, on windows of real text, of random dictionary words and of random characters.
/// </summary>
public class WindowScorerReferenceTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;
    private static readonly CharPairCounts Pairs = CharPairCounts.Build(Lexicon, ModernWords.All, ModernWords.Frequency);
    private static readonly WindowScorer Scorer = new(Lexicon, Pairs);
    private static readonly double LogTotal = Math.Log(Lexicon.TotalFrequency);

    [Fact]
    public void Best_equals_the_plain_dynamic_programme()
    {
        var lattice = new WindowLattice();
        Span<int> route = stackalloc int[WindowScorer.MaxWindow + 1];
        Span<int> expectedRoute = stackalloc int[WindowScorer.MaxWindow + 1];
        int windows = 0;
        foreach (string window in Windows())
        {
            double expected = Reference(window, expectedRoute);
            Assert.Equal(expected, Scorer.Best(window, lattice));
            AssertSameRoute(expectedRoute, lattice.End, window.Length);
            Assert.Equal(expected, Scorer.Best(window, route));
            AssertSameRoute(expectedRoute, route, window.Length);
            windows++;
        }
        Assert.True(windows > 2000, $"only {windows} windows");
    }

    [Fact]
    public void Rescoring_and_word_tests_equal_the_plain_dynamic_programme_on_the_replaced_window()
    {
        var lattice = new WindowLattice();
        Span<int> route = stackalloc int[WindowScorer.MaxWindow + 1];
        Span<int> expectedRoute = stackalloc int[WindowScorer.MaxWindow + 1];
        var random = new Random(11);
        int rescored = 0, forming = 0;
        foreach (string window in Windows().Take(1500))
        {
            Scorer.Best(window, lattice);
            for (int at = 0; at < window.Length; at++)
            {
                // Sound- and shape-alikes make words often; a random character almost never does.
                var replacements = ConfusionSets.Default.Replacements(window[at]).ToArray().Append((char)random.Next(0x4E00, 0x9FA6));
                foreach (char r in replacements)
                {
                    var replaced = window.ToCharArray();
                    replaced[at] = r;
                    double expected = Reference(replaced, expectedRoute);
                    Assert.Equal(expected, Scorer.BestReplaced(window, lattice, at, r, route));
                    AssertSameRoute(expectedRoute, route, window.Length);
                    bool formsWord = ReferenceFormsWord(replaced, at);
                    Assert.Equal(formsWord, Scorer.FormsWord(window, at, r));
                    rescored++;
                    if (formsWord) forming++;
                }
            }
        }
        Assert.True(rescored > 10_000 && forming > 1000, $"{rescored} replacements rescored, {forming} forming a word");
    }

    [Fact]
    public void Pair_bits_of_a_replaced_window_follow_from_the_original_bits_and_the_two_new_pairs()
    {
        var random = new Random(3);
        int checkedWindows = 0;
        foreach (string window in Windows().Take(3000))
        {
            uint original = Scorer.PairsInWords(window);
            int at = random.Next(window.Length);
            foreach (char r in ConfusionSets.Default.Replacements(window[at]))
            {
                var replaced = window.ToCharArray();
                replaced[at] = r;
                bool left = at > 0 && Pairs.CountOf(window[at - 1], r) > 0;
                bool right = at + 1 < window.Length && Pairs.CountOf(r, window[at + 1]) > 0;
                Assert.Equal(Scorer.PairsInWords(replaced), WindowScorer.WithReplacedPairs(original, at, window.Length, left, right));
            }
            checkedWindows++;
        }
        Assert.True(checkedWindows > 1000);
    }

    [Fact]
    public void Pairs_read_for_scoring_hold_the_pair_bits_and_what_the_lexicon_holds_for_each_pair()
    {
        var lattice = new WindowLattice();
        int words = 0, prefixes = 0;
        // Twice over the same windows: the second time the pair table answers from what it kept.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (string window in Windows().Take(4000))
            {
                Assert.Equal(Scorer.PairsInWords(window), Scorer.ReadPairs(window, lattice));
                for (int k = 0; k + 1 < window.Length; k++)
                {
                    int expected = Lexicon.TryLookup(window.AsSpan(k, 2), out int frequency) ? frequency : -1;
                    Assert.Equal(expected, lattice.TwoCharEntry[k]);
                    if (expected > 0) words++;
                    else if (expected == 0) prefixes++;
                }
            }
        }
        Assert.True(words > 1000 && prefixes > 100, $"{words} two-char words, {prefixes} prefixes");
    }

    [Fact]
    public void Pairs_of_another_lexicon_are_refused()
    {
        var other = Lexicon.Parse("总体 2506 n\n");
        Assert.Throws<ArgumentException>(() => new WindowScorer(other, Pairs));
    }

    private static void AssertSameRoute(ReadOnlySpan<int> expected, ReadOnlySpan<int> actual, int length)
    {
        for (int i = 0; i < length; i = expected[i]) Assert.Equal(expected[i], actual[i]);
    }

    /// <summary>
    /// Windows of 2 to 16 characters: sliding over the Han runs of the sample pages, cut from
    /// strings of random lexicon words (many prefixes and words), and of random Han characters.
    /// </summary>
    private static IEnumerable<string> Windows()
    {
        var random = new Random(5);
        foreach (string run in SampleHanRuns())
            for (int start = 0; start + 2 <= run.Length; start += 3)
                yield return run.Substring(start, Math.Min(run.Length - start, random.Next(2, 17)));
        for (int n = 0; n < 2000; n++)
        {
            var text = new StringBuilder();
            while (text.Length < 16) text.Append(Lexicon.WordAt(random.Next(Lexicon.Count)));
            int length = random.Next(2, 17);
            yield return text.ToString(random.Next(0, text.Length - length + 1), length);
        }
        for (int n = 0; n < 500; n++)
            yield return new string(Enumerable.Range(0, random.Next(2, 17)).Select(_ => (char)random.Next(0x4E00, 0x9FA6)).ToArray());
    }

    private static IEnumerable<string> SampleHanRuns()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "TextLint.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        foreach (string path in Directory.GetFiles(Path.Combine(root, "samples")).Order(StringComparer.Ordinal))
            foreach (Match run in Regex.Matches(File.ReadAllText(path), "[\u4E00-\u9FFF]{2,}"))
                yield return run.Value;
    }

    /// <summary>The best segmentation's log-probability with every word of 2 to 8 characters looked up; the route into <paramref name="end"/>.</summary>
    private static double Reference(ReadOnlySpan<char> window, Span<int> end)
    {
        int n = window.Length;
        Span<double> best = stackalloc double[n + 1];
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            double bestScore = Math.Log(Math.Max(1, Lexicon.FrequencyOf(window.Slice(i, 1)))) - LogTotal + best[i + 1];
            int bestEnd = i + 1;
            for (int j = i + 2; j <= Math.Min(n, i + WindowScorer.MaxWordLength); j++)
            {
                int freq = Lexicon.FrequencyOf(window[i..j]);
                if (freq <= 0) continue;
                double score = Math.Log(freq) - LogTotal + best[j];
                if (score >= bestScore) { bestScore = score; bestEnd = j; }
            }
            best[i] = bestScore;
            end[i] = bestEnd;
        }
        return best[0];
    }

    /// <summary>Whether a word of 2 to 8 characters covers <paramref name="position"/>, every candidate looked up.</summary>
    private static bool ReferenceFormsWord(ReadOnlySpan<char> window, int position)
    {
        for (int i = Math.Max(0, position - WindowScorer.MaxWordLength + 1); i <= position; i++)
            for (int j = Math.Max(i + 2, position + 1); j <= Math.Min(window.Length, i + WindowScorer.MaxWordLength); j++)
                if (Lexicon.FrequencyOf(window[i..j]) > 0) return true;
        return false;
    }
}
