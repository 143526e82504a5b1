using TextLint.Core.Rules.Patterns;
using TextLint.Core.Segmentation;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class RepeatedWordRuleTests
{
    private static readonly RepeatedWordRule Rule = new(() => Lexicon.Default);

    [Theory]
    [InlineData("切实做好工作工作，确保实效。", "工作工作", "工作")]
    [InlineData("推动经济发展发展。", "发展发展", "发展")]
    [InlineData("坚持社会主义社会主义道路", "社会主义社会主义", "社会主义")]
    [InlineData("各级政府政府要高度重视", "政府政府", "政府")]
    [InlineData("县人民政府人民政府办公室", "人民政府人民政府", "人民政府")]
    [InlineData("网站信息信息公开", "信息信息", "信息")]
    [InlineData("本规划规划。", "规划规划", "规划")]
    [InlineData("该公告公告了结果", "公告公告", "公告")]
    // jieba lists 研究部署 and 切实加强 three times each: too rare to say the copies belong to two words.
    [InlineData("县政府召开常务会议，研究部署部署下半年重点工作。", "部署部署", "部署")]
    [InlineData("各部门要高度重视，切实切实加强组织领导。", "切实切实", "切实")]
    public void ReportsRepeatedWord(string text, string found, string suggestion)
    {
        var finding = Single(Rule, text, "repeat.word", found, suggestion);
        Assert.Equal($"疑似词语重复：“{found}”应为“{suggestion}”", finding.Message);
    }

    [Fact]
    public void ThreeCopiesAreOneFinding()
    {
        Single(Rule, "做好工作工作工作。", "repeat.word", "工作工作工作", "工作");
    }

    [Theory]
    [InlineData("这件事我们研究研究再定。")]
    [InlineData("大家讨论讨论，学习学习，商量商量。")]
    [InlineData("请大家休息休息，考虑考虑。")]
    [InlineData("墙刷得雪白雪白的。")]
    [InlineData("一步一步来，一天一天过去，一个一个核对。")]
    [InlineData("好的好的，来了来了，走吧走吧。")]
    [InlineData("哗啦哗啦的雨声，叮咚叮咚。")]
    [InlineData("非常非常重要，很久很久以前，很多很多人。")]
    [InlineData("哪里哪里，彼此彼此，加油加油！")]
    [InlineData("对不起对不起，没关系没关系。")]
    [InlineData("哈哈哈哈，呵呵呵呵。")]
    [InlineData("清清楚楚，认认真真，三三两两。")]
    [InlineData("中心负责管理管理人员的培训。")]
    [InlineData("基层党组织组织党员志愿者深入社区开展服务。")]
    [InlineData("本规划规划期限为2021—2035年。")]
    [InlineData("本公告公告期限为5个工作日。")]
    [InlineData("ABAB testtest 1212")]
    [InlineData("80至89周岁老人每人每月50元。")] // 人每 lies across 老人|每人|每月
    [InlineData("每户每年补助一次，每人每天限购两份。")]
    public void LegitimateRepetitionIsNotReported(string text) => None(Rule, text);

    [Fact]
    public void WithoutLexiconOnlyRepeatsBeforeANonChineseCharacterAreReported()
    {
        var rule = new RepeatedWordRule(() => null);
        Single(rule, "做好工作工作。", "repeat.word", "工作工作", "工作");
        None(rule, "中心负责管理管理人员的培训。");
    }

    [Fact]
    public void LexiconFailureIsTreatedAsNoLexicon()
    {
        var rule = new RepeatedWordRule(() => throw new IOException("missing dict.txt"));
        Single(rule, "做好工作工作。", "repeat.word", "工作工作", "工作");
    }
}
