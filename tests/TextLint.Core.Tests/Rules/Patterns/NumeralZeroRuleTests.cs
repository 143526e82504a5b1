using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class NumeralZeroRuleTests
{
    private static readonly NumeralZeroRule Rule = new();

    [Theory]
    [InlineData("二0二0年十二月", "二0二0", "二〇二〇")]
    [InlineData("二O二三年工作报告", "二O二三", "二〇二三")]
    [InlineData("一九九0年", "一九九0", "一九九〇")]
    [InlineData("二00五年", "二00五", "二〇〇五")]
    [InlineData("二o二四年", "二o二四", "二〇二四")]
    [InlineData("二０二０年", "二０二０", "二〇二〇")]
    [InlineData("一0年", "一0", "一〇")]
    [InlineData("共计一00个名额。", "一00", "100")]
    [InlineData("新增二000余人。", "二000", "2000")]
    public void ReportsZeroInChineseNumber(string text, string found, string suggestion)
    {
        var finding = Single(Rule, text, "numeral.zero", found, suggestion);
        Assert.Equal($"汉字数字中误用“0”或字母“O”：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Theory]
    [InlineData("二〇二〇年")]
    [InlineData("O型血，一O型圈")]
    [InlineData("NO2排放，PM2.5，100人，2020年")]
    [InlineData("一号楼0层")]
    [InlineData("GO一下")]
    public void CleanNumbers(string text) => None(Rule, text);
}
