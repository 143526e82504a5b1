using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Findings;

/// <summary>
/// <see cref="LinterOptions.ReuseRepeatedBlocks"/>: a block met again takes its first occurrence's findings,
/// placed where it now is — exactly what linting it again gives, on every field a user sees.
/// </summary>
public class RepeatedBlocksTests
{
    private const string Nav = "<ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li><li>市攻府信息公开</li></ul>";
    private const string Footer = "<div class=\"footer\">主办：某某市人民政府办公室 联系电话：0451-12345678 再接再励</div>";

    private static string Page(int n, string body) =>
        $"<!DOCTYPE html><html><head><title>第{n}号通知</title></head><body>\n{Nav}\n" +
        string.Concat(Enumerable.Repeat("<p>为深入贯彻落实有关部署，现将工作安排通知如下。</p>\n", n % 4)) +
        $"<p>{body}</p>\n{Footer}\n</body></html>";

    private static readonly string[] Bodies =
    [
        "推进秸杆综合利用，扫黑险恶专项斗争取得成效。",
        "中华人民共合国成立以来，齐齐哈市发生了巨大变化。",
        "请于截止目前提交材料，联系人张三，手机 13812345678。",
        "全面加强基层党组织建设，推动高质量发展。",
        "北朝鲜代表团来访，双方就合作事宜交换意见。",
    ];

    private static List<string> Keys(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Offset}|{f.Length}|{f.Line}:{f.Column}|{f.Text}|{string.Join('/', f.Suggestions)}|{f.Message}|{f.Context}|{f.Part}|{f.Confidence}").ToList();

    private static Linter Make(bool reuse, int maxPerRule = LinterOptions.DefaultMaxFindingsPerRule) =>
        new(new LinterOptions { ReuseRepeatedBlocks = reuse, MaxFindingsPerRule = maxPerRule });

    [Fact]
    public void ARepeatedNavigationBlockIsReportedAtItsOwnPlaceOnEveryPage()
    {
        var linter = Make(reuse: true);
        var first = Page(1, Bodies[0]);
        var second = Page(3, Bodies[3]); // two more paragraphs: the footer moves down
        var inFirst = linter.LintHtml(first).Where(f => f.Text == "再接再励").ToList();
        var inSecond = linter.LintHtml(second).Where(f => f.Text == "再接再励").ToList();

        var a = Assert.Single(inFirst);
        var b = Assert.Single(inSecond);
        Assert.Equal(first.IndexOf("再接再励", StringComparison.Ordinal), a.Offset);
        Assert.Equal(second.IndexOf("再接再励", StringComparison.Ordinal), b.Offset);
        Assert.Equal(a.Line + 2, b.Line);
        Assert.Equal(["再接再厉"], b.Suggestions);
        Assert.Equal(second.AsSpan(b.Offset, b.Length).ToString(), b.Text);
    }

    [Theory]
    [InlineData(LinterOptions.DefaultMaxFindingsPerRule)]
    [InlineData(2)] // rules reach their limit part-way through pages
    [InlineData(0)] // no limit
    public void FindingsAreThoseOfLintingEveryBlockAgain(int maxPerRule)
    {
        var reusing = Make(reuse: true, maxPerRule);
        var fresh = Make(reuse: false, maxPerRule);
        for (int n = 0; n < 20; n++)
        {
            string page = Page(n, Bodies[n % Bodies.Length]);
            var expected = Keys(fresh.LintHtml(page));
            Assert.Equal(expected, Keys(reusing.LintHtml(page)));
        }
        // Whole documents too: the same result for the same bytes, and the same capped rules.
        var bytes = System.Text.Encoding.UTF8.GetBytes(Page(7, Bodies[1]) + Page(8, Bodies[2]));
        var again = reusing.LintBytes("a.html", bytes);
        var once = fresh.LintBytes("a.html", bytes);
        Assert.Equal(Keys(once.Findings), Keys(again.Findings));
        Assert.Equal(once.CappedRules, again.CappedRules);
    }

    [Fact]
    public void CommentsThatTurnRulesOffStillApplyToARepeatedBlock()
    {
        var linter = Make(reuse: true);
        linter.LintHtml(Page(1, Bodies[0]));
        string quiet = Page(2, Bodies[0]).Replace(Footer, "<!-- textlint-disable typo.common -->" + Footer + "<!-- textlint-enable typo.common -->", StringComparison.Ordinal);
        Assert.DoesNotContain(linter.LintHtml(quiet), f => f.Text == "再接再励");
        Assert.Contains(linter.LintHtml(Page(3, Bodies[0])), f => f.Text == "再接再励");
    }

    [Fact]
    public void AViewWithOtherRulesDoesNotTakeTheBlocksOfItsSource()
    {
        var linter = Make(reuse: true);
        Assert.Contains(linter.LintHtml(Page(1, Bodies[2])), f => f.RuleId == "typo.common");
        var privacyOnly = linter.WithOnlyRules(["privacy"]);
        var findings = privacyOnly.LintHtml(Page(1, Bodies[2]));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.StartsWith("privacy.", f.RuleId, StringComparison.Ordinal));
    }
}
