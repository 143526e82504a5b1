using TextLint.Core.Findings;

namespace TextLint.Core.Rules;

/// <summary>
/// Descriptors of the rules that report dictionary hits. The terms themselves are data
/// (<c>dictionaries/*.txt</c>, whose <c>#@ rule:</c> header names one of these ids).
/// </summary>
public static class DictionaryRules
{
    /// <summary>Common typos (错别字) and misused words.</summary>
    public static readonly RuleDescriptor TypoCommon = new(
        "typo.common", "typo", Severity.Warning, "常见错别字",
        "疑似错别字：“{0}”应为“{1}”",
        "常见的错别字和误用词语，依据现代汉语规范用字整理。",
        "再接再励 → 再接再厉") { MessageWithoutSuggestion = "疑似错别字：“{0}”" };

    /// <summary>Corrupted protected names and formulations (严重表述错误).</summary>
    public static readonly RuleDescriptor TypoProtected = new(
        "typo.protected", "typo", Severity.Error, "重要名称或提法错误",
        "重要名称或提法有误：“{0}”应为“{1}”",
        "国家名称、党和国家机关名称、重要提法、行政区划名称写错，属于严重表述错误，一处即可导致网站检查不合格。",
        "中华人民共合国 → 中华人民共和国") { MessageWithoutSuggestion = "重要名称或提法有误：“{0}”" };

    /// <summary>Non-standard usage per Xinhua's list of forbidden and cautious terms.</summary>
    public static readonly RuleDescriptor UsageXinhua = new(
        "usage.xinhua", "usage", Severity.Warning, "不规范用语",
        "不规范用语：“{0}”宜改为“{1}”",
        "依据新华社公布的新闻报道禁用词和慎用词规范：涉及国家主权、民族、残疾人等的不规范表述。",
        "北朝鲜 → 朝鲜") { MessageWithoutSuggestion = "不规范用语：“{0}”，宜改写" };

    /// <summary>Profanity and vulgar terms.</summary>
    public static readonly RuleDescriptor SensitiveProfanity = new(
        "sensitive.profanity", "sensitive", Severity.Warning, "粗俗用语",
        "粗俗或不文明用语：“{0}”，建议改为“{1}”",
        "脏话、粗俗和不文明用语及其拼音缩写，不应出现在公开发布的内容中。",
        "TMD → 删除") { MessageWithoutSuggestion = "粗俗或不文明用语：“{0}”，建议删除或改写" };

    /// <summary>Markers of illegal content (cults, drugs, gambling).</summary>
    public static readonly RuleDescriptor SensitiveIllegal = new(
        "sensitive.illegal", "sensitive", Severity.Error, "违法违禁内容",
        "违法违禁相关词语：“{0}”，请核实，建议改为“{1}”",
        "邪教、毒品、赌博等违法违禁内容的标志性词语，政务发布中出现须逐一核实。",
        "法轮功 → 核实并删除") { MessageWithoutSuggestion = "违法违禁相关词语：“{0}”，请核实" };

    /// <summary>Absolute terms forbidden in advertising by the PRC Advertising Law, Article 9.</summary>
    public static readonly RuleDescriptor AdlawAbsolute = new(
        "adlaw.absolute", "adlaw", Severity.Info, "广告绝对化用语",
        "广告绝对化用语：“{0}”，如属广告宣传建议改为“{1}”",
        "《广告法》第九条禁止使用“国家级”“最高级”“最佳”等用语；非广告语境（如“国家级自然保护区”）通常无需修改。",
        "销量第一 → 删除") { MessageWithoutSuggestion = "广告绝对化用语：“{0}”，如属广告宣传应删除" };

    /// <summary>Terms from the user's own lists (<c>--dict</c>).</summary>
    public static readonly RuleDescriptor User = new(
        "user", "user", Severity.Warning, "用户词表",
        "用户词表命中：“{0}”，建议改为“{1}”",
        "用户通过 --dict 或配置文件提供的词表中的词语。",
        "（由用户词表决定）") { MessageWithoutSuggestion = "用户词表命中：“{0}”" };

    /// <summary>Every built-in dictionary rule, in the order they are listed to users.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [TypoProtected, TypoCommon, UsageXinhua, SensitiveIllegal, SensitiveProfanity, AdlawAbsolute, User];

    /// <summary>The descriptor for <paramref name="ruleId"/>; an unknown id (a custom list's header) gets a generic one.</summary>
    public static RuleDescriptor For(string ruleId, string category, Severity severity)
    {
        foreach (var descriptor in All)
            if (descriptor.Id == ruleId) return descriptor;
        return Custom.GetOrAdd(ruleId, static (id, state) =>
            new RuleDescriptor(id, state.category, state.severity, id, "“{0}”建议改为“{1}”", $"词表 {id} 中的词语。", "")
            { MessageWithoutSuggestion = "命中词表 " + id + "：“{0}”" }, (category, severity));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RuleDescriptor> Custom = new(StringComparer.Ordinal);
}
