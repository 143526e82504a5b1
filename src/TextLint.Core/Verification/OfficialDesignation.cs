using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Verification;

/// <summary>
/// Whether a rank word of the advertising list (国家级, 世界级) opens the name of an official designation
/// rather than praises a product: 国家级夜间文化和旅游消费集聚区, 国家级重点实验室, 世界级港口群. Government pages
/// use such names all the time, in endless variety (an allowlist of them never ends); an advertisement's
/// 国家级配方 or 世界级品质 names nothing of the kind. A designation's head noun comes within the run of Chinese
/// characters that follows the rank word, close enough to belong to the same name.
/// </summary>
public static class OfficialDesignation
{
    /// <summary>Most Chinese characters after the rank word within which the head noun must end.</summary>
    private const int Reach = 14;

    /// <summary>Head nouns of designations that governments award or list (zones, parks, bases, lists, titles, programmes).</summary>
    private static readonly string[] Heads =
    [
        "区", "园", "基地", "中心", "实验室", "示范", "试点", "名录", "项目", "遗产", "非遗", "传承人", "企业",
        "专业", "课程", "学科", "平台", "工作室", "孵化器", "众创空间", "景区", "公园", "名城", "名镇", "名村",
        "村落", "城市", "县", "奖", "成果", "称号", "标准", "赛事", "裁判", "运动员", "教练员", "群", "目的地",
        "保护单位", "重点", "龙头", "站", "馆", "研究院", "研究所", "档案", "文物", "保护动物", "保护植物",
    ];

    /// <summary>
    /// Whether the hit <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is a rank word
    /// (ending in 级) that a designation's head noun follows within <see cref="Reach"/> Chinese characters.
    /// </summary>
    public static bool Follows(ReadOnlySpan<char> text, int start, int length)
    {
        if (length < 2 || text[start + length - 1] != '级') return false;
        int from = start + length;
        int end = from;
        while (end < text.Length && end - from < Reach && CharClass.IsHan(text[end])) end++;
        return Sentence.ContainsAny(text.Slice(from, end - from), Heads);
    }
}
