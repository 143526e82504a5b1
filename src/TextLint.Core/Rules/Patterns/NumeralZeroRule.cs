using System.Buffers;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>numeral.zero</c>: the Arabic digit 0 or the letter O standing for 〇 inside a number written in
/// Chinese digits (二0二0年, 二O二三年, 一九九0年). The finding covers the whole number and suggests it
/// with every 0/O replaced by 〇. A run counts only when it has at least two Chinese digits, or one
/// and is followed by 年, so that 一O型, A0 or 10 are left alone (a count typed half in each script, 一00个, is
/// reported with the Arabic number as the fix); a 0 or O touching other Latin letters
/// or Arabic digits (NO2, 100) is part of something else. One vectorised search for 0/O, then a
/// bounded look either side.
/// </summary>
public sealed class NumeralZeroRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "numeral.zero", "numeral", Severity.Warning, "数字〇误用",
        "汉字数字中误用“0”或字母“O”：“{0}”应为“{1}”",
        "用汉字书写的数字（如年份）中，零应写作“〇”，不能用阿拉伯数字“0”或拉丁字母“O”代替。",
        "二0二0年 → 二〇二〇年");

    private static readonly SearchValues<char> Zeros = SearchValues.Create("0０OＯoｏ");

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(Zeros);
            if (found < 0) return;
            int at = from + found;
            from = at + 1;
            // A candidate run must touch a Chinese digit on at least one side of this zero.
            bool left = at > 0 && IsChineseDigit(text[at - 1]);
            bool right = at + 1 < text.Length && IsChineseDigit(text[at + 1]);
            if (!left && !right) continue;
            int start = at, end = at + 1;
            while (start > 0 && IsRunChar(text[start - 1])) start--;
            while (end < text.Length && IsRunChar(text[end])) end++;
            from = end;
            if (start > 0 && (CharClass.IsLatinLetter(text[start - 1]) || CharClass.IsDigit(text[start - 1]))) continue;
            if (end < text.Length && (CharClass.IsLatinLetter(text[end]) || CharClass.IsDigit(text[end]))) continue;
            int chineseDigits = 0;
            bool onlyDigitsAndZeros = true;
            for (int k = start; k < end; k++)
            {
                if (IsChineseDigit(text[k])) chineseDigits++;
                else if (!IsZero(text[k])) onlyDigitsAndZeros = false;
            }
            if (!onlyDigitsAndZeros) continue;
            bool yearFollows = end < text.Length && text[end] == '年';
            // 一00个: one Chinese digit and Arabic zeros, then a measure word — a count half typed in each script.
            if (chineseDigits == 1 && !yearFollows && IsCountWithArabicZeros(text, start, end))
            {
                findings.Report(Descriptor, start, end - start, [ToArabic(text.AsSpan(start, end - start))]);
                continue;
            }
            if (chineseDigits < 2 && !(chineseDigits == 1 && yearFollows)) continue;
            string suggestion = string.Create(end - start, (text, start), static (span, state) =>
            {
                for (int k = 0; k < span.Length; k++)
                {
                    char c = state.text[state.start + k];
                    span[k] = IsZero(c) ? '〇' : c;
                }
            });
            findings.Report(Descriptor, start, end - start, [suggestion]);
        }
    }

    /// <summary>A Chinese digit first, then two or more Arabic zeros (not the letter O), then a Chinese character.</summary>
    private static bool IsCountWithArabicZeros(string text, int start, int end)
    {
        if (!IsChineseDigit(text[start]) || end - start < 3 || end >= text.Length || !CharClass.IsHan(text[end])) return false;
        for (int k = start + 1; k < end; k++)
            if (text[k] is not ('0' or '０')) return false;
        return true;
    }

    /// <summary>The run in Arabic digits (一00 → 100).</summary>
    private static string ToArabic(ReadOnlySpan<char> run)
    {
        var digits = new char[run.Length];
        for (int k = 0; k < run.Length; k++)
            digits[k] = IsZero(run[k]) ? '0' : (char)('0' + CharClass.ChineseDigitValue(run[k]));
        return new string(digits);
    }

    private static bool IsZero(char c) => c is '0' or '０' or 'O' or 'Ｏ' or 'o' or 'ｏ';

    private static bool IsChineseDigit(char c) => c is '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九';

    private static bool IsRunChar(char c) => IsZero(c) || IsChineseDigit(c);
}
