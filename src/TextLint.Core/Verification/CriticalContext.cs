namespace TextLint.Core.Verification;

/// <summary>
/// Whether the sentence around a marker of illegal content (a cult's name, a drug, a trade in either) or an
/// advertising claim (稳赚不赔, 高额回报) speaks of enforcement, fraud or condemnation. Police reports and anti-drug and anti-cult campaigns on government
/// sites name these things all the time (公安机关依法打击“全能神”等邪教组织; 当场缴获冰毒20余公斤), and a
/// finding on each would make the tool cry wolf on exactly the pages that do their job; content that
/// promotes or sells them does not speak in those words. The same holds for a court or a market regulator
/// quoting a scam's promises (法官提醒：凡是声称“稳赚不赔”的投资项目，都要提高警惕).
/// </summary>
public static class CriticalContext
{
    /// <summary>Most characters looked at on each side of the hit when no sentence end comes first.</summary>
    private const int Reach = 80;

    /// <summary>Words of enforcement, prosecution and condemnation (not 远离, 拒绝 or 危害: a cult's own tracts use them too).</summary>
    private static readonly string[] Cues =
    [
        "打击", "取缔", "揭批", "揭露", "批判", "邪教", "依法", "缴获", "查获", "破获", "抓获", "捣毁", "查处",
        "惩处", "判处", "禁毒", "戒毒", "涉毒", "吸毒", "贩毒", "制毒", "毒品", "犯罪", "违法", "非法",
        "警惕", "防范", "案件", "嫌疑人", "警方", "公安", "法院", "检察", "举报", "诈骗", "诱饵", "骗取", "被告人",
        "谨防", "虚假宣传", "违法广告", "广告法",
    ];

    /// <summary>Whether the sentence holding <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) has a cue outside the hit itself.</summary>
    public static bool Surrounds(ReadOnlySpan<char> text, int start, int length)
    {
        var (from, to) = Sentence.Around(text, start, length, Reach);
        return Sentence.ContainsAny(text[from..start], Cues) || Sentence.ContainsAny(text[(start + length)..to], Cues);
    }
}
