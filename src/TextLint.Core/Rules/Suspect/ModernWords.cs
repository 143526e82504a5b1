namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Words of current government writing that jieba's 2010s dictionary lacks, so that their
/// characters do not look out of place to <see cref="SuspectDetector"/> (涉黑 is not 黑色 with a
/// typo). Added to the character-pair counts only, not to segmentation. Written by hand from
/// common policy vocabulary; extend when a clean text shows a false alarm.
/// </summary>
internal static class ModernWords
{
    /// <summary>The words, each counted as if it had this frequency.</summary>
    public const int Frequency = 1000;

    public static readonly string[] All =
    [
        "涉黑", "涉恶", "涉黑涉恶", "扫黑除恶", "抗疫", "防疫", "提质", "提质增效", "视情", "放管服",
        "稳就业", "保民生", "惠企", "纾困", "助企", "双碳", "碳达峰", "碳中和", "河长制", "林长制",
        "网格员", "一网通办", "跨省通办", "最多跑一次", "医保局", "应急管理局", "乡村振兴", "共同富裕",
        "高质量发展", "营商环境", "数字政府", "接诉即办", "街乡吹哨", "专精特新", "链长", "揭榜挂帅",
    ];
}
