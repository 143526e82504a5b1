using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class ComplementDeRuleTests
{
    private static readonly ComplementDeRule Rule = new();

    [Theory]
    [InlineData("今年的各项目标任务完成的很好，得到了上级部门的肯定。", "完成的", "完成得")]
    [InlineData("目前，项目建设进展的十分顺利。", "进展的", "进展得")]
    [InlineData("经过整治，村里的道路变的更加宽敞整洁了。", "变的", "变得")]
    [InlineData("这项工作做的非常扎实", "做的", "做得")]
    public void ReportsDeBeforeAComplementOfDegree(string text, string found, string suggestion)
    {
        var finding = Single(Rule, text, "typo.de", found, suggestion);
        Assert.Equal("Info", finding.Severity.ToString());
    }

    [Theory]
    [InlineData("工作完成得很好，进展得十分顺利。")]          // written right
    [InlineData("本次活动的目的很明确。")]                    // 目的 is a word
    [InlineData("取得的成绩很大，做的工作很多。")]            // 的 before a noun
    [InlineData("今年取得的很大成绩来之不易。")]              // the adjective runs on into a noun
    [InlineData("这种做法使用的很少。")]                      // 使用, not 用
    [InlineData("他说的很对。")]                              // 说 is not among the verbs checked
    [InlineData("")]
    [InlineData("的")]
    public void LeavesOtherDeAlone(string text) => Assert.Empty(Run(Rule, text));
}
