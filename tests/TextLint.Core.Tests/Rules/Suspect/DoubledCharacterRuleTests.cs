using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Rules.Suspect;

public class DoubledCharacterRuleTests
{
    private static readonly Linter Linter = CreateLinter();

    private static Linter CreateLinter()
    {
        var options = new LinterOptions();
        options.OnlyRulePrefixes.Add("repeat.doubled");
        return new Linter(options);
    }

    // From a held-out probe of realistic slips (not from the evaluation data).
    [Theory]
    [InlineData("经审核，以下人员符合申报条件，现将名单予以公示示。", "公示示", "公示")]
    [InlineData("全体党员干部要坚定不移移听党话、跟党走。", "坚定不移移", "坚定不移")]
    [InlineData("请大家于明天上午9时准时到三楼会议室室参加会议。", "会议室室", "会议室")]
    [InlineData("现场帮助企业解决实际困难难。", "实际困难难", "实际困难")]
    [InlineData("全面推进乡村振兴兴，加快建设农业强国。", "振兴兴", "振兴")]
    [InlineData("要稳定粮食播种面积积，提高单产水平。", "播种面积积", "播种面积")]
    public void Reports_the_word_with_the_extra_copy_and_the_word_without_it(string text, string found, string suggestion)
    {
        var finding = Assert.Single(Linter.Lint(text));
        Assert.Equal(("repeat.doubled", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(found, finding.Text);
        Assert.Equal([suggestion], finding.Suggestions);
        Assert.Equal($"疑似多字：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Fact]
    public void The_span_is_in_the_source_across_inline_markup()
    {
        const string html = "<p>请到三楼会议<b>室室</b>参加会议。</p>";
        var finding = Assert.Single(Linter.LintHtml(html));
        Assert.Equal(html.IndexOf("会议", StringComparison.Ordinal), finding.Offset);
        Assert.Equal("会议<b>室室".Length, finding.Length);
        Assert.Equal(["会议室"], finding.Suggestions);
    }

    [Theory]
    [InlineData("小学学生和中学学生都参加了活动。")]        // two words meet at one character
    [InlineData("坚持以人民为中心，发展全过程人民民主。")]
    [InlineData("加强工作作风建设。")]
    [InlineData("党中央开出一剂剂破除顽瘴痼疾的良方。")]   // a measure word after a numeral
    [InlineData("一个个项目落地，一次次攻坚克难。")]
    [InlineData("天华你还记得芳芳吗？")]                  // a name, a reduplication of its own
    [InlineData("市长王芳芳强调，要做好防汛工作。")]
    [InlineData("拿着贵贵的书包，试试看。")]
    [InlineData("大家认认真真学习，明明白白做事。")]     // AABB
    [InlineData("人人参与，天天向上，常常反思。")]       // the pair is a word
    [InlineData("全县干部群众众志成城、守望相助。")]
    [InlineData("哈哈哈，这个方案很好。")]               // a run of three
    [InlineData("现任县文化和旅游局综合股股长。")]         // an organ's unit and its head: 综合股 + 股长
    [InlineData("城关人民法庭庭长主持调解，某支行行长出席。")]
    public void Legitimate_doubles_are_not_reported(string text) =>
        Assert.Empty(Linter.Lint(text));

    [Theory]
    [InlineData("县人民法院院依法公开开庭审理了这起案件。", "人民法院院", "人民法院")]
    [InlineData("坚决反对形式主义义、官僚主义。", "形式主义义", "形式主义")]
    public void A_copy_outside_a_protected_phrase_written_right_is_still_judged(string text, string found, string suggestion)
    {
        // The default linter: the protected phrase (人民法院, 形式主义) is covered as correct text, and the
        // extra copy after it is not part of it.
        var finding = Assert.Single(new Linter().Lint(text), f => f.RuleId == "repeat.doubled");
        Assert.Equal((text.IndexOf(found, StringComparison.Ordinal), found.Length), (finding.Offset, finding.Length));
        Assert.Equal([suggestion], finding.Suggestions);
    }
}
