using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class PassportRuleTests
{
    private static readonly PassportRule Rule = new();

    [Theory]
    [InlineData("申请人周敏，护照号码：E48213576，现居杭州。", "E48213576", "E****3576")]
    [InlineData("护照号EA1234567已挂失。", "EA1234567", "E****4567")]
    [InlineData("持护照 G12345678 入境。", "G12345678", "G****5678")]
    public void ReportsAPassportNumberAfterTheWord(string text, string found, string suggestion) =>
        Single(Rule, text, "privacy.passport", found, suggestion);

    [Theory]
    [InlineData("持护照入境，须提前预约。")]
    [InlineData("设备型号E48213576，出厂编号S12345678。")]
    [InlineData("护照号码：E****3576。")]
    [InlineData("护照号码：E482135761234（订单号）")]
    public void LeavesOtherStringsAlone(string text) => None(Rule, text);
}
