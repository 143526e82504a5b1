using TextLint.Core.Findings;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Findings;

/// <summary>
/// A file that is not prose (a dump of one bracket, a list of advertising words) must not make millions of
/// findings: each rule stops at <see cref="LinterOptions.MaxFindingsPerRule"/> per document and says so,
/// while other rules and real pages are untouched.
/// </summary>
public class FindingLimitTests
{
    private static readonly Linter Default = new();
    private static readonly Linter Capped = new(new LinterOptions { MaxFindingsPerRule = 3 });

    [Fact]
    public void A_rule_keeps_its_first_findings_in_document_order_and_is_named_as_capped()
    {
        string text = string.Concat(Enumerable.Repeat("本店商品最佳。", 10));

        var result = Capped.LintText("ads.txt", text, DocumentFormat.Text);

        var kept = result.Findings.Where(f => f.RuleId == "adlaw.absolute").ToList();
        Assert.Equal([4, 11, 18], kept.Select(f => f.Offset));
        Assert.Equal(["adlaw.absolute"], result.CappedRules);
    }

    [Fact]
    public void Other_rules_go_on_after_one_is_capped()
    {
        string text = string.Concat(Enumerable.Repeat("本店商品最佳。", 10)) + "希望大家再接再励。";

        var result = Capped.LintText("ads.txt", text, DocumentFormat.Text);

        var typo = Assert.Single(result.Findings, f => f.RuleId == "typo.common");
        Assert.Equal(text.IndexOf("再接再励", StringComparison.Ordinal), typo.Offset);
        Assert.Equal(["adlaw.absolute"], result.CappedRules);
    }

    [Fact]
    public void The_default_limit_bounds_a_dump_of_brackets_and_zero_lifts_it()
    {
        string text = new('《', 2500);

        var capped = Default.LintText("dump.txt", text, DocumentFormat.Text);
        var all = new Linter(new LinterOptions { MaxFindingsPerRule = 0 }).LintText("dump.txt", text, DocumentFormat.Text);

        Assert.Equal(LinterOptions.DefaultMaxFindingsPerRule, capped.Findings.Count);
        Assert.Equal(["punct.pair"], capped.CappedRules);
        Assert.Equal(2500, all.Findings.Count);
        Assert.Empty(all.CappedRules);
    }

    [Fact]
    public void A_document_below_the_limit_is_not_capped()
    {
        var result = Capped.LintText("ok.txt", "本店商品最佳，服务最优。希望大家再接再励。", DocumentFormat.Text);

        Assert.Empty(result.CappedRules);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "adlaw.absolute"));
    }

    [Fact]
    public void Findings_turned_off_by_comments_do_not_count_towards_the_limit()
    {
        string quoted = "<!-- textlint-disable adlaw -->" + string.Concat(Enumerable.Repeat("最佳。", 5)) + "<!-- textlint-enable -->";
        string text = quoted + string.Concat(Enumerable.Repeat("本店商品最佳。", 4));

        var result = Capped.LintText("page.txt", text, DocumentFormat.Text);

        Assert.Equal(5, result.TurnedOffByComments);
        Assert.Equal(3, result.Findings.Count(f => f.RuleId == "adlaw.absolute"));
        Assert.True(result.Findings.All(f => f.Offset >= quoted.Length));
        Assert.Equal(["adlaw.absolute"], result.CappedRules); // the fourth one after the comment
    }
}
