using TextLint.Core.LanguageModel;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.LanguageModel;

public class SmartCnBigramsTests
{
    [Fact]
    public void Default_reads_the_table_shipped_in_the_lucene_package()
    {
        var bigrams = SmartCnBigrams.Default;
        Assert.NotNull(bigrams);
        Assert.Equal(328_856, bigrams.Count);
        // Counts as Lucene.NET's own BigramDictionary.GetFrequency reports them.
        Assert.Equal(3, bigrams.CountOf("发展", "机制"));
        Assert.Equal(0, bigrams.CountOf("发展", "机智"));
        Assert.Equal(8, bigrams.CountOf("总体", "方案"));
    }

    [Fact]
    public void Malformed_data_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => SmartCnBigrams.Parse(new byte[10]));
}

public class CharPairCountsTests
{
    private static readonly Lexicon Words = Lexicon.Parse("环保局 66 j\n劳保局 3 nt\n总体 2506 n\n休 2320 zg\n");

    [Fact]
    public void Pairs_inside_words_sum_their_frequencies()
    {
        var pairs = CharPairCounts.Build(Words);
        Assert.Equal(69, pairs.CountOf('保', '局'));
        Assert.Equal(2506, pairs.CountOf('总', '体'));
        Assert.Equal(0, pairs.CountOf('保', '句'));
        Assert.Equal(0, pairs.CountOf('体', '总'));
    }

    [Fact]
    public void A_repeated_word_counts_once_and_the_last_line_still_counts()
    {
        // jieba's dict.txt lists "B超" twice; WordAt used to walk lines while Count counted words, so
        // the repeated word's pairs counted twice and the file's last word was never seen.
        var lexicon = Lexicon.Parse("环保 5 n\n总体 2 n\n环保 7 n\n休息 3 v\n");
        Assert.Equal(3, lexicon.Count);
        Assert.Equal(["环保", "总体", "休息"], Enumerable.Range(0, lexicon.Count).Select(i => lexicon.WordAt(i).ToString()));
        Assert.Equal(7, lexicon.FrequencyOf("环保")); // the last line wins, as in jieba
        Assert.Equal(17, lexicon.TotalFrequency);    // jieba's total counts every line
        var pairs = CharPairCounts.Build(lexicon);
        Assert.Equal(7, pairs.CountOf('环', '保'));
        Assert.Equal(3, pairs.CountOf('休', '息'));
    }

    [Fact]
    public void Extra_words_add_their_pairs()
    {
        var pairs = CharPairCounts.Build(Words, ["涉黑"], 7);
        Assert.Equal(7, pairs.CountOf('涉', '黑'));
    }
}

public class WindowScorerTests
{
    [Fact]
    public void Route_and_score_match_the_window_segmenter()
    {
        var lexicon = Lexicon.Parse("总体 2506 n\n方案 9000 n\n总 23585 b\n休 2320 zg\n体 100 n\n方 500 n\n案 300 n\n");
        foreach (var pairs in new[] { null, CharPairCounts.Build(lexicon) })
        {
            var scorer = new WindowScorer(lexicon, pairs);
            Span<int> route = stackalloc int[8];
            double replaced = scorer.Best("总体方案", route);
            Assert.Equal((0, 2, -1, 4), WindowScorer.WordAt(route, 4, 1));
            double original = scorer.Best("总休方案", route);
            Assert.Equal((1, 2, 0, 4), WindowScorer.WordAt(route, 4, 1));
            Assert.True(replaced > original); // one word fewer outweighs the rarer pieces
            Assert.Equal(new WindowSegmenter(lexicon).Cut("总休方案"), ["总", "休", "方案"]);
        }
    }
}
