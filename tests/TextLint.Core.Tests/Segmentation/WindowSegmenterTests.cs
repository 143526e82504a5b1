using JiebaNet.Segmenter;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.Segmentation;

/// <summary>jieba.NET itself is the oracle: our window segmenter must cut as jieba's Cut(hmm: false) does.</summary>
public class WindowSegmenterTests
{
    private static readonly Lazy<JiebaSegmenter> Jieba = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = JiebaResources.Directory;
        return new JiebaSegmenter();
    });

    [Theory]
    [InlineData("我们要想办法轮流值班")]
    [InlineData("这是个大麻烦")]
    [InlineData("前方路口交通管制")]
    [InlineData("中华人民共和国成立七十周年")]
    [InlineData("持续优化营商环境")]
    [InlineData("既使用电脑也使用手机")]
    [InlineData("扎实推进乡村振兴战略")]
    public void CutsLikeJiebaWithoutHmm(string sentence)
    {
        var ours = new WindowSegmenter(Lexicon.Default).Cut(sentence);
        var jieba = Jieba.Value.Cut(sentence, cutAll: false, hmm: false).ToList();
        Assert.Equal(jieba, ours);
    }

    [Fact]
    public void LexiconHasJiebaWords()
    {
        Assert.True(Lexicon.Default.Count > 300_000);
        Assert.True(Lexicon.Default.FrequencyOf("政府") > 1000);
        Assert.Equal(0, Lexicon.Default.FrequencyOf("攻府"));
    }
}
