using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Rules.Suspect;

public class TransposedCharactersRuleTests
{
    private static readonly Linter Linter = CreateLinter();

    private static Linter CreateLinter()
    {
        var options = new LinterOptions();
        options.OnlyRulePrefixes.Add("typo.transposed");
        return new Linter(options);
    }

    // From a held-out probe of realistic slips (not from the evaluation data).
    [Theory]
    [InlineData("各学校要严格落实外来人员登记制度，加强对学生的全安教育。", "全安", "安全")]
    [InlineData("今年上半年，我区地区生产值总同比增长6.2%。", "值总", "总值")]
    [InlineData("要坚持问题导向，聚焦群众反映强烈的突出题问。", "题问", "问题")]
    [InlineData("坚持安全第一、预防为主、综合理治的方针。", "理治", "治理")]
    [InlineData("全省法院将深入贯彻实落党中央的决策部署。", "实落", "落实")] // 实落 is a rare jieba entry (3)
    public void Reports_the_pair_with_the_order_that_makes_the_word(string text, string found, string suggestion)
    {
        var finding = Assert.Single(Linter.Lint(text));
        Assert.Equal(("typo.transposed", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(2, finding.Length);
        Assert.Equal([suggestion], finding.Suggestions);
        Assert.Equal($"疑似字序颠倒：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Fact]
    public void Traditional_text_gets_the_swap_in_its_own_characters()
    {
        var finding = Assert.Single(Linter.Lint("加強對學生的全安教育。"));
        Assert.Equal(["安全"], finding.Suggestions);
    }

    [Theory]
    [InlineData("首页 | 政务公开 | 政务服务 | 政民互动 | 走进本市")]       // a current word jieba lacks
    [InlineData("场址位于芜湖市芜湖县湾沚镇小庄村附近。")]               // a village's name
    [InlineData("市议会和人民代表大会会议都已召开。")]                   // both orders are words
    [InlineData("坚持国家安全和社会稳定，念观光学的同学也来了。")]      // each character in a word
    [InlineData("王丽艳同志参加会议。")]                                 // a given name after a surname
    [InlineData("该油藏储层非均质性强，开发难度大。")]                   // X性 is a word of its own
    public void Correct_text_is_not_reported(string text) =>
        Assert.Empty(Linter.Lint(text));
}
