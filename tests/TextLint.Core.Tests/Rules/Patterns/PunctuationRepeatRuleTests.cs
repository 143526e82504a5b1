using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class PunctuationRepeatRuleTests
{
    private static readonly PunctuationRepeatRule Rule = new();

    [Theory]
    [InlineData("工作取得成效。。", "。。", "。")]
    [InlineData("加强领导，，落实责任", "，，", "，")]
    [InlineData("教育、、医疗", "、、", "、")]
    [InlineData("加强领导，。", "，。", "。")]
    [InlineData("加强领导。，落实责任", "。，", "。")]
    [InlineData("加强领导；。", "；。", "。")]
    [InlineData("加强领导！。", "！。", "！")]
    [InlineData("是否落实？。", "？。", "？")]
    [InlineData("教育，、医疗", "，、", "，")]
    [InlineData("请注意。。。", "。。。", "……")]
    [InlineData("为什么？！。", "？！。", "？！")]
    public void ReportsRepeatedOrClashingMarks(string text, string found, string suggestion)
    {
        var finding = Single(Rule, text, "punct.repeat", found, suggestion);
        Assert.Equal($"标点符号重复或连用：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Theory]
    [InlineData("太好了！！")]
    [InlineData("这是真的吗？？")]
    [InlineData("难道不是吗？！")]
    [InlineData("他说……。然后——")]
    [InlineData("他说：“好。”，然后")]
    [InlineData("加强领导。 。")]
    [InlineData("时间：2024年，地点：北京。")]
    [InlineData("1,,2..3")]
    public void AcceptableMarksAreClean(string text) => None(Rule, text);
}
