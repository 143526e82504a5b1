using System.Buffers;
using System.Globalization;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>numeral.rate</c>: a share that cannot exceed 100% written above it (合格率为107.5%, 满意度达102%) —
/// a digit typed twice or a figure copied from the wrong column, which an inspection of a published
/// statistic counts as an error of fact. Only rates that are parts of a whole are checked (合格率, 覆盖率,
/// 满意度, 知晓率 …), and only when the figure follows the rate with nothing but a linking word between
/// (为, 达到, ：): growth, completion and price rates may exceed 100%, and 覆盖率较上年提高120% says another
/// thing. One vectorised search for the percent sign, then a bounded look back.
/// </summary>
public sealed class ImpossibleRateRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "numeral.rate", "numeral", Severity.Warning, "比率超过100%",
        "比率不可能超过100%：“{0}”",
        "合格率、覆盖率、满意度、知晓率等表示部分占整体的比率，不可能超过100%；多为数字录入错误。增长率、完成率等不在此列。",
        "抽检合格率为107.5% → 97.5%");

    /// <summary>Rates that are a part of a whole (longest first where one ends another).</summary>
    private static readonly string[] BoundedRates =
    [
        "合格率", "不合格率", "及格率", "优秀率", "达标率", "覆盖率", "满意度", "满意率", "知晓率", "参保率", "入学率",
        "巩固率", "升学率", "出勤率", "通过率", "正确率", "准确率", "完好率", "优良率", "优良天数比率", "占比", "比重",
        "入园率", "接种率", "受理率", "办结率", "按时办结率", "回复率", "好评率", "合格品率", "治愈率", "签约率",
        "利用率", "使用率", "普及率", "到位率", "落实率", "执行率", "公开率", "参与率", "识字率", "就业率", "失业率",
    ];

    /// <summary>What may stand between the rate and its figure: linking words, colons, spaces.</summary>
    private const string Linking = "为达到是均保持稳定在约已:：\u3000 ";

    private static readonly SearchValues<char> PercentSigns = SearchValues.Create("%％");

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(PercentSigns);
            if (found < 0) return;
            int percent = from + found;
            from = percent + 1;
            int start = NumberStart(text, percent);
            if (start == percent || !TryParse(text.AsSpan(start, percent - start), out double value) || value <= 100) continue;
            if (!FollowsBoundedRate(text, start)) continue;
            findings.Report(Descriptor, start, percent + 1 - start);
        }
    }

    /// <summary>Where the figure ending just before <paramref name="percent"/> starts (digits and one decimal point).</summary>
    private static int NumberStart(string text, int percent)
    {
        int start = percent;
        while (start > 0 && (CharClass.IsDigit(text[start - 1]) || text[start - 1] is '.' or '．')) start--;
        // A figure that is part of a range or a longer number (3-105%, 1.2.3%) is not read.
        while (start < percent && text[start] is '.' or '．') start++;
        if (start > 0 && text[start - 1] is '-' or '—' or '~' or '～' or '至' or '/') return percent;
        return start;
    }

    private static bool TryParse(ReadOnlySpan<char> figure, out double value)
    {
        Span<char> ascii = stackalloc char[figure.Length];
        for (int i = 0; i < figure.Length; i++)
        {
            char c = figure[i];
            ascii[i] = CharClass.IsDigit(c) ? (char)('0' + CharClass.DigitValue(c)) : c == '．' ? '.' : c;
        }
        return double.TryParse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether a bounded rate ends just before <paramref name="start"/>, with only linking characters between.</summary>
    private static bool FollowsBoundedRate(string text, int start)
    {
        int end = start;
        while (end > 0 && start - end < 4 && Linking.Contains(text[end - 1])) end--;
        var before = text.AsSpan(0, end);
        foreach (string rate in BoundedRates)
            if (before.EndsWith(rate, StringComparison.Ordinal)) return true;
        return false;
    }
}
