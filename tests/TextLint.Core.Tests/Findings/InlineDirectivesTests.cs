using System.Text;
using TextLint.Core.Findings;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Findings;

/// <summary>
/// A document's own <c>&lt;!-- textlint-disable --&gt;</c> comments, as an editor uses them to keep a
/// quoted or deliberately cited term from blocking publication.
/// </summary>
public class InlineDirectivesTests
{
    private static readonly Linter Default = new();
    private static readonly Linter IgnoringComments = new(new LinterOptions { InlineDirectives = false });

    private static List<int> OffsetsOf(IEnumerable<Finding> findings, string rule) =>
        findings.Where(f => f.RuleId == rule).Select(f => f.Offset).ToList();

    private static List<int> AllOffsetsOf(string text, string term)
    {
        var offsets = new List<int>();
        for (int i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + 1, StringComparison.Ordinal))
            offsets.Add(i);
        return offsets;
    }

    [Fact]
    public void DisableWithoutRulesTurnsEveryRuleOffUntilEnable()
    {
        string text = "希望大家再接再励。<!-- textlint-disable -->引文：再接再励，北朝鲜。<!-- textlint-enable -->再接再励。";
        var findings = Default.Lint(text);
        var typos = AllOffsetsOf(text, "再接再励");
        Assert.Equal([typos[0], typos[2]], OffsetsOf(findings, "typo.common"));
        Assert.Empty(OffsetsOf(findings, "usage.xinhua"));
    }

    [Fact]
    public void ListedRulesAndPrefixesAreTheOnlyOnesTurnedOff()
    {
        string html = "<p>北朝鲜<!-- textlint-disable usage, typo.protected -->北朝鲜，再接再励，攻府<!-- textlint-enable usage -->北朝鲜，攻府</p>";
        var findings = Default.LintHtml(html);
        var usage = AllOffsetsOf(html, "北朝鲜");
        Assert.Equal([usage[0], usage[2]], OffsetsOf(findings, "usage.xinhua"));
        // typo.common was not listed; typo.protected stays off to the end (its enable was never given).
        Assert.Equal([html.IndexOf("再接再励", StringComparison.Ordinal)], OffsetsOf(findings, "typo.common"));
        Assert.Empty(OffsetsOf(findings, "typo.protected"));
    }

    [Fact]
    public void EnablingOneRuleAfterDisablingAllLeavesTheOthersOff()
    {
        string text = "<!-- textlint-disable -->北朝鲜<!-- textlint-enable typo -->再接再励，北朝鲜";
        var findings = Default.Lint(text);
        Assert.Equal([text.IndexOf("再接再励", StringComparison.Ordinal)], OffsetsOf(findings, "typo.common"));
        Assert.Empty(OffsetsOf(findings, "usage.xinhua"));
    }

    [Fact]
    public void ARegionWithoutEnableRunsToTheEndAndTheDocumentResultCountsWhatItTurnedOff()
    {
        string text = "再接再励。\n<!--textlint-disable typo.common-->\n再接再励，秸杆。";
        var result = Default.LintText("post.md", text, DocumentFormat.Text);
        Assert.Equal([0], OffsetsOf(result.Findings, "typo.common"));
        Assert.Equal(2, result.TurnedOffByComments);
    }

    [Fact]
    public void UnknownRuleNamesAreReportedAtTheirPositionAndTurnNothingOff()
    {
        string text = "标题\n<!-- textlint-disable typo.comon -->再接再励";
        var findings = Default.Lint(text);
        Assert.Equal([text.IndexOf("再接再励", StringComparison.Ordinal)], OffsetsOf(findings, "typo.common"));
        var unknown = Assert.Single(findings, f => f.RuleId == "directive.unknown-rule");
        Assert.Equal(text.IndexOf("typo.comon", StringComparison.Ordinal), unknown.Offset);
        Assert.Equal("typo.comon".Length, unknown.Length);
        Assert.Equal((2, 23), (unknown.Line, unknown.Column));
        Assert.Equal(Severity.Warning, unknown.Severity);
        Assert.Contains("typo.comon", unknown.Message);
    }

    [Theory]
    [InlineData("<!-- textlint-disable-next-line -->再接再励")] // not our keyword
    [InlineData("<!-- see textlint-disable -->再接再励")]      // the keyword must open the comment
    [InlineData("<!-- textlint-disable 再接再励")]              // never closed: no comment, so no directive
    [InlineData("textlint-disable 再接再励")]                   // not in a comment
    public void OnlyACommentThatOpensWithTheKeywordIsADirective(string text)
    {
        var finding = Assert.Single(Default.Lint(text), f => f.RuleId == "typo.common");
        Assert.Equal(text.IndexOf("再接再励", StringComparison.Ordinal), finding.Offset);
    }

    [Fact]
    public void CommentsInsideAnotherCommentAreNotDirectives()
    {
        string text = "<!-- old: <!-- textlint-disable --> -->再接再励";
        Assert.Single(Default.Lint(text), f => f.RuleId == "typo.common");
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    public void AnEmptyCommentEndsWhereHtmlEndsIt(string empty)
    {
        string text = empty + "再接再励<!-- textlint-disable -->再接再励";
        var finding = Assert.Single(Default.Lint(text), f => f.RuleId == "typo.common");
        Assert.Equal(empty.Length, finding.Offset);
    }

    [Fact]
    public void CommentsEndWhereTheHtmlTokenizerEndsThem()
    {
        // Text right after an empty comment is no directive; "--->" and "--!>" close a directive's comment.
        string text = "<!-->textlint-disable 再接再励\n<!-- textlint-disable typo --->再接再励<!-- textlint-enable typo --!>再接再励";
        var findings = Default.Lint(text);
        var typos = AllOffsetsOf(text, "再接再励");
        Assert.Equal([typos[0], typos[2]], OffsetsOf(findings, "typo.common"));
        Assert.DoesNotContain(findings, f => f.RuleId == "directive.unknown-rule");
    }

    [Fact]
    public void AuditorsCanIgnoreTheComments()
    {
        string text = "<!-- textlint-disable -->再接再励<!-- textlint-disable typo.comon -->";
        var result = IgnoringComments.LintText("post.md", text, DocumentFormat.Text);
        Assert.Single(result.Findings, f => f.RuleId == "typo.common");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "directive.unknown-rule");
        Assert.Equal(0, result.TurnedOffByComments);
    }

    [Fact]
    public void DirectivesApplyInDecodedGb18030PagesAtSourcePositions()
    {
        string html = "<html><head><meta charset=\"gb18030\"><title>再接再励</title></head><body>"
                      + "<p>再接<b>再励</b><!-- textlint-disable typo -->再接再励</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(html);
        var result = Default.LintBytes("page.html", bytes);
        var typos = AllOffsetsOf(html, "再接");
        Assert.Equal([typos[0], typos[1]], OffsetsOf(result.Findings, "typo.common"));
        Assert.Equal(1, result.TurnedOffByComments);
    }

    [Fact]
    public void TheRuleIsListedAndCanBeTurnedOff()
    {
        Assert.Contains(Default.Rules, r => r.Id == "directive.unknown-rule");
        var quiet = new Linter(new LinterOptions { RuleSeverities = { ["directive"] = null } });
        Assert.DoesNotContain(quiet.Lint("<!-- textlint-disable nope -->"), f => f.RuleId == "directive.unknown-rule");
    }
}
