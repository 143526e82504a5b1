namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// Character classes shared by the pattern rules. Every test is a constant-time comparison on one
/// UTF-16 code unit, so rules built on them stay linear in the block length.
/// </summary>
internal static class CharClass
{
    /// <summary>A CJK unified ideograph of the BMP (basic block or extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Whether two Han characters stand side by side somewhere in <paramref name="text"/> (the least a word-level check needs).</summary>
    public static bool HasHanPair(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
            if (IsHan(text[i]) && IsHan(text[i - 1])) return true;
        return false;
    }

    /// <summary>An ASCII or full-width decimal digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>Value of an ASCII or full-width digit (call only when <see cref="IsDigit"/>).</summary>
    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>An ASCII letter.</summary>
    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>An ASCII or full-width Latin letter.</summary>
    public static bool IsLatinLetter(char c) => IsAsciiLetter(c) || c is >= 'ａ' and <= 'ｚ' or >= 'Ａ' and <= 'Ｚ';

    /// <summary>Value of a Chinese digit 〇零一二三四五六七八九 (and 两), or -1.</summary>
    public static int ChineseDigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>A character used in Chinese numbers: digits, 十百千万亿, 廿卅, and the financial forms.</summary>
    public static bool IsChineseNumeral(char c) =>
        ChineseDigitValue(c) >= 0 || "十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟".Contains(c);
}
