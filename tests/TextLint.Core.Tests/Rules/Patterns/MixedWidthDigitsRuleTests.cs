using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class MixedWidthDigitsRuleTests
{
    private static readonly MixedWidthDigitsRule Rule = new();

    [Theory]
    [InlineData("2０24年工作报告", "2０24", "2024")]
    [InlineData("截至１2月底", "１2", "12")]
    [InlineData("共计3５0人", "3５0", "350")]
    public void ReportsANumberTypedInBothWidths(string text, string found, string suggestion)
    {
        var finding = Single(Rule, text, "numeral.width", found, suggestion);
        Assert.Equal($"数字中全角、半角混用：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Theory]
    [InlineData("2024年，２０２４年，１２月，12月")]
    [InlineData("第３号，3号，ＡＢＣ")]
    public void NumbersOfOneWidthAreClean(string text) => None(Rule, text);
}
