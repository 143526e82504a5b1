using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class PunctuationPairRuleTests
{
    private static readonly PunctuationPairRule Rule = new();

    [Theory]
    [InlineData("根据《政府信息公开条例，现予公告。", 2, "《", "缺少与之配对的“》”")]
    [InlineData("根据政府信息公开条例》，现予公告。", 10, "》", "缺少与之配对的“《”")]
    [InlineData("他说：“要抓好落实。", 3, "“", "缺少与之配对的“””")]
    [InlineData("要抓好落实。”他说。", 6, "”", "缺少与之配对的““”")]
    [InlineData("详见附件（二。", 4, "（", "缺少与之配对的“）”")]
    [InlineData("【通知发布", 0, "【", "缺少与之配对的“】”")]
    [InlineData("所谓「放管服改革", 2, "「", "缺少与之配对的“」”")]
    public void ReportsUnpairedMark(string text, int offset, string mark, string note)
    {
        var finding = Assert.Single(Run(Rule, text));
        Assert.Equal("punct.pair", finding.RuleId);
        Assert.Equal(offset, finding.Offset);
        Assert.Equal(1, finding.Length);
        Assert.Equal(mark, finding.Text);
        Assert.Empty(finding.Suggestions);
        Assert.Equal($"标点符号不成对：“{mark}”（{note}）", finding.Message);
    }

    [Fact]
    public void OpenerClosedByTheOtherWidthIsAPair()
    {
        None(Rule, "详见附件（二)和附件(三）。");
    }

    [Fact]
    public void TurnedQuoteGetsTheRightMark()
    {
        var finding = Assert.Single(Run(Rule, "开展“放管服“改革。"));
        Assert.Equal("punct.pair", finding.RuleId);
        Assert.Equal((6, 1, "“"), (finding.Offset, finding.Length, finding.Text));
        Assert.Equal(["”"], finding.Suggestions);
        Assert.Equal("标点符号方向错误：““”应为“””（前后引号方向不一致）", finding.Message);
    }

    [Theory]
    [InlineData("他说：“今年的任务很重。\n这是第二段，没有引号。\n第三段里多了一个”号。")]
    [InlineData("他说：“今年的任务很重，\n\n第三段里多了一个”号。")]
    public void A_quote_left_open_by_a_paragraph_is_not_closed_by_a_stray_mark_paragraphs_later(string text)
    {
        var findings = Run(Rule, text);

        Assert.Equal([text.IndexOf('“'), text.IndexOf('”')], findings.Select(f => f.Offset));
    }

    [Fact]
    public void SeveralUnpairedMarksAreReportedInOrder()
    {
        var findings = Run(Rule, "《条例》》和（办法");
        Assert.Equal([4, 6], findings.Select(f => f.Offset));
    }

    [Theory]
    [InlineData("他说：“我们要学习‘四下基层’制度。”")]
    [InlineData("《关于〈中华人民共和国宪法〉的说明》")]
    [InlineData("（一）加强领导。（二）落实责任。")]
    [InlineData("主要任务：\n1）加强领导；\n2）落实责任；\n3）强化督查。")]
    [InlineData("一）加强领导\n二）落实责任\n十一）其他")]
    [InlineData("包括：a) 教育；b) 医疗；iv) 养老。")]
    [InlineData("(1)加强领导 (2)落实责任 ①强化督查")]
    [InlineData("第一）条款")]
    [InlineData("It’s the 90’s.")]
    [InlineData("谢谢大家:) 再见：）")]
    [InlineData("【通知】关于开展“双随机、一公开”监管的通告（2024年第3号）")]
    [InlineData("“同志们：\n“今天我们召开这次会议。\n“希望大家认真落实。”")]
    [InlineData("“这是一段跨段落引文的第一段，没有后引号。")]
    [InlineData("他说：“今年的\n任务很重，要\n再接再厉。”")]
    [InlineData("他说：“今年的任务很重。”\n\n第二段。")]
    public void BalancedOrExcusedTextIsClean(string text) => None(Rule, text);
}
