namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Replacements that <c>typo.suspect</c>'s statistics propose but that are almost never real slips, found by
/// clean text written for the purpose: a numeral that counts (before a measure word or after digits) "corrected"
/// into a word (十件 → 事件, 8.6亿件 → 一件), a
/// sentence-final particle at the end of a clause (实体卡啦！→ 卡拉), a word right after digits, which
/// is a unit or a time (22时后 → 时候), and a word of an amount in capital numerals (叁拾贰万…元整: 贰万 → 二万,
/// 元整 → 完整), a character doubled on purpose (动动手指 → 运动), and the formal conjunction 暨 (会暨 → 会计).
/// </summary>
internal static class UnlikelySlips
{
    private const string Numerals = "〇零一二三四五六七八九十百千万亿两";
    /// <summary>Measure words and units a numeral counts with (a numeral before 学 may still be a slip: 六学 → 留学).</summary>
    private const string Measures = "个件项条次年月日天周时分秒位名家所座台辆艘架元角斤两吨米户人岁届期批类种起宗例处股笔份张本篇";
    private const string FinalParticles = "啦呀哦嘛呢吧哈啊哇咯";

    /// <summary>Characters of an amount in capital numerals (人民币叁拾贰万捌仟陆佰元整), as financial text must write it.</summary>
    private const string CapitalAmount = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整圆";
    private const string CapitalDigits = "壹贰叁肆伍陆柒捌玖拾佰仟";

    /// <summary>Whether <paramref name="candidate"/> (positions in <paramref name="folded"/>) is one of these.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, in SuspectCandidate candidate)
    {
        if (InCapitalAmount(folded, candidate.WordStart, candidate.WordLength)) return true;
        int next = candidate.Position + 1, previous = candidate.Position - 1;
        if (Numerals.Contains(candidate.Original)
            && ((next < folded.Length && Measures.Contains(folded[next]))
                || (previous >= 0 && (char.IsAsciiDigit(folded[previous]) || folded[previous] == '.' || Numerals.Contains(folded[previous])))))
            return true;
        if (FinalParticles.Contains(candidate.Original) && (next >= folded.Length || !SuspectDetector.IsHan(folded[next]))) return true;
        // A character doubled on purpose (动动手指, 看看, 走走停停): a slip that happens to repeat its neighbour is
        // for the repeat rules to judge, not a sound-alike of something else.
        if ((next < folded.Length && folded[next] == candidate.Original) || (previous >= 0 && folded[previous] == candidate.Original)) return true;
        // 暨 joins the names of two meetings or bodies (大会暨表彰会); it is written on purpose, never for 计 or 既.
        if (candidate.Original == '暨') return true;
        return candidate.WordStart > 0 && char.IsAsciiDigit(folded[candidate.WordStart - 1]);
    }

    /// <summary>Whether the word touches a run of capital-amount characters with at least one capital digit (贰万, 元整).</summary>
    private static bool InCapitalAmount(ReadOnlySpan<char> folded, int start, int length)
    {
        int from = start, to = start + length;
        while (from > 0 && CapitalAmount.Contains(folded[from - 1])) from--;
        while (to < folded.Length && CapitalAmount.Contains(folded[to])) to++;
        var run = folded[from..to];
        return run.IndexOfAny(CapitalDigits) >= 0 && (CapitalAmount.Contains(folded[start]) || CapitalAmount.Contains(folded[start + length - 1]));
    }
}
