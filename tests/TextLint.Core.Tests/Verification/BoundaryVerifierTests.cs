using TextLint.Core.Segmentation;
using TextLint.Core.Verification;

namespace TextLint.Core.Tests.Verification;

public class BoundaryVerifierTests
{
    private static readonly BoundaryVerifier Verifier = new(() => Lexicon.Default);

    private static bool StandsAlone(string text, string term) =>
        Verifier.StandsAlone(text, text.IndexOf(term, StringComparison.Ordinal), term.Length);

    [Theory]
    [InlineData("我们要想办法轮流值班", "法轮")]
    [InlineData("这是个大麻烦", "大麻")]
    [InlineData("前方路口交通管制", "口交")]
    [InlineData("既使用电脑也使用手机", "既使")]
    public void HitThatCutsThroughLongerWordsIsDropped(string text, string term) =>
        Assert.False(StandsAlone(text, term));

    [Theory]
    [InlineData("严禁吸食大麻", "大麻")]
    [InlineData("市攻府工作报告", "攻府")]
    [InlineData("秸杆还田", "秸杆")]
    [InlineData("大麻", "大麻")]
    public void HitThatIsAWordOfItsOwnIsKept(string text, string term) =>
        Assert.True(StandsAlone(text, term));

    [Theory]
    [InlineData("tmd真烦", "tmd", true)]
    [InlineData("atmdx", "tmd", false)]
    [InlineData("this shit", "shit", true)]
    [InlineData("mishit", "shit", false)]
    public void LatinTermsNeedLatinWordBoundaries(string text, string term, bool expected) =>
        Assert.Equal(expected, StandsAlone(text, term));

    [Theory]
    [InlineData("提高竟争力。", "竟争", "竞争", true)]      // jieba lists 竟争力 beside 竞争力: a misspelled compound
    [InlineData("倾刻之间。", "倾刻", "顷刻", true)]        // 倾刻之间 beside 顷刻之间
    [InlineData("倾刻之间。", "倾刻", null, false)]         // without a correction the compound hides it, as before
    [InlineData("图书馆座落在广场东侧。", "座落", "坐落", true)] // jieba lists 座落在: the wrong form run together with 在
    [InlineData("图书馆座落在广场东侧。", "座落", null, false)]
    [InlineData("既使用了新方法。", "既使", "即使", false)] // 既/使用: a slice through two words stays a slice
    [InlineData("这是个大麻烦。", "大麻", "大马", false)]   // 大/麻烦
    public void A_wrong_form_inside_a_misspelled_compound_stands(string text, string hit, string? correction, bool expected)
    {
        int start = text.IndexOf(hit, StringComparison.Ordinal);
        Assert.Equal(expected, Verifier.ForText().StandsAlone(text, start, hit.Length, correction));
    }
}
