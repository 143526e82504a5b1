using TextLint.Core.Findings;

namespace TextLint.Core.Rules;

/// <summary>
/// Descriptors of the near-miss rules of protected phrases. A wrong, swapped character is
/// <see cref="DictionaryRules.TypoProtected"/> (the same rule as the attested wrong forms of
/// <c>protected.txt</c>); a missing or an extra character has a rule of its own. Names and
/// formulations are errors, idioms warnings.
/// </summary>
public static class ProtectedPhraseRules
{
    /// <summary>A character missing from a protected phrase (漏字).</summary>
    public static readonly RuleDescriptor MissingChar = new(
        "missing-char", "typo", Severity.Error, "漏字",
        "疑似漏字：“{0}”应为“{1}”",
        "重要名称、提法、行政区划名称或成语中漏写一个字。名称和提法漏字属于严重表述错误；成语漏字为警告。",
        "齐齐哈市 → 齐齐哈尔市");

    /// <summary>A character too many in a protected phrase (多字), a doubled one included.</summary>
    public static readonly RuleDescriptor ExtraChar = new(
        "extra-char", "typo", Severity.Error, "多字",
        "疑似多字：“{0}”应为“{1}”",
        "重要名称、提法、行政区划名称或成语中多写一个字（含重复字）。名称和提法多字属于严重表述错误；成语多字为警告。",
        "中华人民共共和国 → 中华人民共和国");

    /// <summary>A wrong or swapped character in an idiom: reported as <see cref="DictionaryRules.TypoProtected"/> with an idiom's message.</summary>
    public static readonly RuleDescriptor IdiomTypo = DictionaryRules.TypoProtected with
    {
        Message = "成语用字有误：“{0}”应为“{1}”",
    };

    /// <summary>The rules this family adds to the dictionary rules, in the order they are listed to users.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [MissingChar, ExtraChar, DivisionParentRule.Descriptor];
}
