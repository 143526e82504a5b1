using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class RepeatedCharRuleTests
{
    private static readonly RepeatedCharRule Rule = new();

    [Theory]
    [InlineData("我们的的工作取得了成效。", "的的", "的")]
    [InlineData("各部门要要认真落实。", "要要", "要")]
    [InlineData("我们完成了了任务。", "了了", "了")]
    [InlineData("这是是一项重要工作。", "是是", "是")]
    [InlineData("政府和和群众一起努力。", "和和", "和")]
    [InlineData("已已经完成整改。", "已已", "已")]
    [InlineData("他们们都来了。", "们们", "们")]
    [InlineData("对于于群众反映的问题", "于于", "于")]
    [InlineData("本次活动也也取得成功。", "也也", "也")]
    [InlineData("他正在在写作业。", "在在", "在")]
    [InlineData("这这个问题需要研究。", "这这", "这")]
    [InlineData("关键在在于落实。", "在在", "在")]
    public void ReportsDoubledFunctionCharacter(string text, string? found, string? suggestion)
    {
        if (found is null) { None(Rule, text); return; }
        var finding = Single(Rule, text, "repeat.char", found, suggestion);
        Assert.Equal(Core.Findings.Severity.Warning, finding.Severity);
        Assert.Equal($"疑似多字：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Fact]
    public void ARunOfThreeIsOneFinding()
    {
        Single(Rule, "工作的的的成效", "repeat.char", "的的的", "的");
    }

    [Fact]
    public void ARunOfThreeWhereTwoAreLegitimateSuggestsTwo()
    {
        Single(Rule, "为了了了解情况", "repeat.char", "了了了", "了了");
    }

    [Theory]
    [InlineData("这件事最后不了了之。")]
    [InlineData("实现这一目的的途径很多。")]
    [InlineData("为了了解情况，我们进行了走访。")]
    [InlineData("除了了解情况以外")]
    [InlineData("我实在受不了了。")]
    [InlineData("他的的确确是好同志。")]
    [InlineData("这的的确是个问题。")]
    [InlineData("巴特尔和妻子其其格经营的牧家乐。")]
    [InlineData("要分清是是非非。")]
    [InlineData("关键是是否落实到位。")]
    [InlineData("但是是他先提出的。")]
    [InlineData("我现在在北京。")]
    [InlineData("同学们正在在线答题，请家长不要打扰。")]
    [InlineData("那一刹那那种感觉至今难忘。")]
    [InlineData("目前正在在建项目现场检查。")]
    [InlineData("实实在在为群众办事。")]
    [InlineData("推动发展和和平事业")]
    [InlineData("家庭和和美美")]
    [InlineData("鼓励公众参与与监督。")]
    [InlineData("以及及时处理")]
    [InlineData("要要求各单位按时报送。")]
    [InlineData("抓住重点和要点，重要要素不遗漏。")]
    [InlineData("成都都江堰")]
    [InlineData("取得的成就就是最好的证明。")]
    [InlineData("关心就就业问题")]
    [InlineData("可以以此为例。")]
    [InlineData("合并并入市局。")]
    [InlineData("被被告人打伤")]
    [InlineData("工作做得得当。")]
    [InlineData("尤其其中的关键")]
    [InlineData("做了了不起的贡献")]
    public void LegitimateDoublesAreNotReported(string text) => None(Rule, text);

    [Theory]
    [InlineData("天天向上，人人有责，常常检查，渐渐好转。")]
    [InlineData("刚刚收到，星星点点，妈妈说谢谢，看看再试试。")]
    [InlineData("清清楚楚、认认真真地研究研究、讨论讨论。")]
    [InlineData("井井有条，欣欣向荣，步步为营，多多益善，息息相关。")]
    [InlineData("一一核对，三三两两，哈哈，呵呵。")]
    [InlineData("人民民主专政，中国国家博物馆，学生生活，工作作风。")]
    [InlineData("网站站长，等等。")]
    public void OrdinaryReduplicationIsNotChecked(string text) => None(Rule, text);

    [Fact]
    public void RuleTurnedOffReportsNothing()
    {
        var findings = Run(Rule, "我们的的工作", new Dictionary<string, Core.Findings.Severity?> { ["repeat"] = null });
        Assert.Empty(findings);
    }
}
