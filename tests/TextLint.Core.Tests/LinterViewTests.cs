using TextLint.Core.Findings;

namespace TextLint.Core.Tests;

/// <summary><see cref="Linter.WithOnlyRules"/>: the same findings as a linter built with those prefixes, without compiling again.</summary>
public class LinterViewTests
{
    private static readonly Linter Default = new();

    private const string Post =
        "市攻府召开会议，希望大家再接再励，推进秸杆综合利用。国家级自然保护区管理处电话 13812345678。北朝鲜举行阅兵。这是个大麻烦。";

    private static List<string> Keys(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Offset}|{f.Length}|{f.Text}|{string.Join('/', f.Suggestions)}|{f.Message}").ToList();

    [Theory]
    [InlineData("typo")]
    [InlineData("typo.common")]
    [InlineData("usage,adlaw")]
    [InlineData("adlaw")]
    [InlineData("sensitive")]
    public void MatchesALinterBuiltWithTheSamePrefixes(string prefixes)
    {
        var list = prefixes.Split(',');
        var options = new LinterOptions();
        options.OnlyRulePrefixes.AddRange(list);
        var built = new Linter(options);

        var view = Default.WithOnlyRules(list);

        Assert.Equal(Keys(built.Lint(Post)), Keys(view.Lint(Post)));
        Assert.Equal(Keys(built.LintHtml($"<p>{Post}</p>")), Keys(view.LintHtml($"<p>{Post}</p>")));
        Assert.Equal(built.Rules.Select(r => r.Id), view.Rules.Select(r => r.Id));
    }

    [Fact]
    public void ReplacesTheConfiguredPrefixesAndKeepsTheConfiguredSeverities()
    {
        var options = new LinterOptions();
        options.OnlyRulePrefixes.Add("usage");
        options.RuleSeverities["typo.common"] = Severity.Error;
        var linter = new Linter(options);
        Assert.DoesNotContain(linter.Lint(Post), f => f.RuleId.StartsWith("typo", StringComparison.Ordinal));

        var typos = linter.WithOnlyRules(["typo.common"]).Lint(Post);

        Assert.NotEmpty(typos);
        Assert.All(typos, f => Assert.Equal(("typo.common", Severity.Error), (f.RuleId, f.Severity)));
        Assert.Equal(Keys(Default.Lint(Post)), Keys(Default.WithOnlyRules([]).Lint(Post)));
    }
}
