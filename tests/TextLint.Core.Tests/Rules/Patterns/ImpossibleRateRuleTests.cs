using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class ImpossibleRateRuleTests
{
    private static readonly ImpossibleRateRule Rule = new();

    [Theory]
    [InlineData("本次共抽检食品120批次，合格117批次，合格率为107.5%。", "107.5%")]
    [InlineData("群众满意度达102%，位居全省前列。", "102%")]
    [InlineData("适龄儿童疫苗接种率达到１０５％。", "１０５％")]
    [InlineData("政务公开事项按时办结率：100.3%", "100.3%")]
    [InlineData("空气质量优良天数比率为112.4%。", "112.4%")]
    public void ReportsAShareAboveTheWhole(string text, string found)
    {
        var finding = Single(Rule, text, "numeral.rate", found, null);
        Assert.Equal($"比率不可能超过100%：“{found}”", finding.Message);
        Assert.Equal("warning", finding.Severity.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("合格率为97.5%，满意度100%。")]                 // at most the whole
    [InlineData("全年完成计划的105%，同比增长120%。")]          // completion and growth may exceed it
    [InlineData("覆盖率较上年提高120%。")]                      // a change of a rate, not the rate
    [InlineData("合格率为95%-105%之间的批次另行复检。")]        // a range is not read
    [InlineData("价格指数为105.2%，物价上涨率3%。")]
    public void LeavesOtherFiguresAlone(string text) => Assert.Empty(Run(Rule, text));
}
