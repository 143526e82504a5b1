using TextLint.Core.Findings;
using TextLint.Core.Rules;

namespace TextLint.Core.Tests.Rules;

public class RuleSettingsTests
{
    [Fact]
    public void LongestKeyWinsAndNullTurnsOff()
    {
        var settings = new RuleSettings([], new Dictionary<string, Severity?> { ["typo"] = null, ["typo.protected"] = Severity.Warning });
        Assert.Null(settings.Resolve("typo.common", Severity.Warning));
        Assert.Equal(Severity.Warning, settings.Resolve("typo.protected", Severity.Error));
        Assert.Equal(Severity.Info, settings.Resolve("adlaw.absolute", Severity.Info));
    }

    [Fact]
    public void PrefixDoesNotMatchInsideAWord()
    {
        Assert.True(RuleSettings.IsUnder("typo.common", "typo"));
        Assert.True(RuleSettings.IsUnder("typo.common", "typo."));
        Assert.False(RuleSettings.IsUnder("typos.x", "typo"));
    }

    [Fact]
    public void OnlyKeepsListedPrefixes()
    {
        var settings = new RuleSettings(["typo", "usage"], new Dictionary<string, Severity?>());
        Assert.NotNull(settings.Resolve("typo.common", Severity.Warning));
        Assert.NotNull(settings.Resolve("usage.xinhua", Severity.Warning));
        Assert.Null(settings.Resolve("adlaw.absolute", Severity.Info));
    }

    [Fact]
    public void MessagesFillTextSuggestionAndNote()
    {
        Assert.Equal("疑似错别字：“再接再励”应为“再接再厉”", DictionaryRules.TypoCommon.FormatMessage("再接再励", "再接再厉"));
        Assert.Equal("疑似错别字：“某”（说明）", DictionaryRules.TypoCommon.FormatMessage("某", null, "说明"));
    }
}
