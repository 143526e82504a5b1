using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Tests.Rules.Patterns;

/// <summary>Correct government prose, written for this test, must give no pattern finding at all.</summary>
public class CleanOfficialTextTests
{
    private const string Notice = """
        关于做好2024年度政府信息公开工作的通知

        各区人民政府，市政府各委、办、局：
        　　为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步提升政务公开质量，经市政府同意，现就做好2024年度政府信息公开工作通知如下。
        　　一、总体要求
        　　（一）坚持以人民为中心。各单位要把群众的关切作为工作的出发点，做到应公开尽公开，及时回应社会关切。
        　　（二）坚持依法依规。严格按照“公开为常态、不公开为例外”的原则，规范公开程序，防止泄露个人隐私。
        　　二、重点任务
        　　1）加强政策解读。对涉及群众切身利益的政策文件，要同步做好解读，用通俗易懂的语言讲清楚、讲明白。
        　　2）规范网站管理。网站站长要定期检查栏目内容，认认真真做好审校，确保信息准确。
        　　3）做好依申请公开。自收到申请之日起20个工作日内予以答复；需要延长答复期限的，延长期限最长不得超过20个工作日。
        　　三、时间安排
        　　各单位于2024年2月29日前报送工作要点，6月30日前报送半年总结，12月31日前报送年度报告。如遇特殊情况，请及时与市政务公开办联系（联系电话：010-12345678，政务服务便民热线12345）。
        　　我们要研究研究新情况，讨论讨论新问题，一步一步把工作做实做细，真正做到让人民满意。

        　　　　　　　　　　　　　　　　　　　　二〇二四年一月十五日
        """;

    private const string Post = """
        【便民】这些事项可以“掌上办”啦！
        今天，小编带大家看看市民服务中心的新变化。过去办一件事要跑好几趟，现在动动手指就能办好，真是方便多了！
        据介绍，中心已开通社保、医保、公积金等120余项高频服务事项，群众可通过“一网通办”平台在线申请。工作人员李某某（手机：139****6688）表示，中心将持续优化服务流程，欢迎大家多提宝贵意见。
        天天在线，人人受益。你们觉得这些变化怎么样？欢迎在评论区留言哦～
        """;

    [Theory]
    [InlineData(Notice)]
    [InlineData(Post)]
    public void NoPatternRuleReportsCorrectProse(string text)
    {
        foreach (var rule in PatternRules.All)
        {
            var findings = RuleRunner.Run(rule, text);
            Assert.True(findings.Count == 0,
                $"{rule.GetType().Name}: " + string.Join("; ", findings.Select(f => $"{f.RuleId} “{f.Text}” @{f.Offset}")));
        }
    }

    [Fact]
    public void EveryRuleHasACompleteDescriptorAndAUniqueId()
    {
        var descriptors = PatternRules.Descriptors;
        Assert.Equal(
            ["privacy.idcard", "privacy.mobile", "privacy.bankcard", "privacy.passport", "date.invalid", "numeral.zero", "numeral.width", "numeral.rate", "repeat.char", "repeat.word", "typo.de", "punct.pair", "punct.repeat"],
            descriptors.Select(d => d.Id));
        foreach (var d in descriptors)
        {
            Assert.Equal(d.Id[..d.Id.IndexOf('.')], d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.False(string.IsNullOrWhiteSpace(d.Example));
        }
    }
}
