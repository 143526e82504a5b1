using TextLint.Core.Findings;

namespace TextLint.Core.Rules;

/// <summary>
/// Descriptors of what the linter says about a document's own <c>textlint-disable</c> /
/// <c>textlint-enable</c> comments (<see cref="InlineDirectives"/>).
/// </summary>
public static class InlineDirectiveRules
{
    /// <summary>A directive names something that is neither a rule id nor a prefix of one, so it turns nothing off.</summary>
    public static readonly RuleDescriptor UnknownRule = new(
        "directive.unknown-rule", "directive", Severity.Warning, "注释中的规则名无效",
        "“{0}”不是规则名或规则前缀，这条 textlint-disable/enable 注释对它不起作用",
        "文档中用 <!-- textlint-disable 规则 --> 注释关闭检查时，写错的规则名不会关闭任何检查；提醒作者改正，以免误以为已关闭。",
        "<!-- textlint-disable typo.comon --> → typo.common");

    /// <summary>The rules of this family, in the order they are listed to users.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [UnknownRule];
}
