using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>date.invalid</c>: a date that cannot exist — 2月30日, 4月31日, 2021年2月29日, 13月, 0月, 5月32日 —
/// in Arabic (half- or full-width) or Chinese numerals (二〇二一年二月二十九日). The rule anchors on
/// each 月: the number right before it is the month, a number and 日 (or 号 used as a date) right
/// after it the day, a four-digit year and 年 before it the year for the leap-day check. A number
/// that is part of a longer run (一二月, 123月), follows 第 or a decimal point, or a day that is only a
/// count (30日内 with no month before it, 24月龄, 满18月) is not a date. Lunar dates (after 农历, 阴历, 闰) are checked
/// for the month only. Dates written with separators (2024-02-30, 2024/04/31, 2024.13.01) are checked by
/// <see cref="NumericDates"/>. Linear: one vectorised search for 月 and a bounded look on either side.
/// </summary>
public sealed class InvalidDateRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "date.invalid", "date", Severity.Warning, "日期错误",
        "日期不存在：“{0}”",
        "不可能存在的日期，如2月30日、4月31日、非闰年的2月29日、13月，多为笔误。",
        "2021年2月29日 → 核实日期");

    private const string ChineseNumberChars = "〇零一二三四五六七八九十廿卅两";

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        foreach (var (start, length, note) in NumericDates.Impossible(text))
            findings.Report(Descriptor, start, length, note: note);
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOf('月');
            if (found < 0) return;
            int yue = from + found;
            from = yue + 1;
            CheckAt(text, yue, findings);
        }
    }

    private static void CheckAt(string text, int yue, BlockFindings findings)
    {
        int monthStart = NumberStartBefore(text, yue, out bool chineseMonth);
        if (monthStart < 0) return;
        int month = ParseNumber(text.AsSpan(monthStart, yue - monthStart), chineseMonth);
        if (month < 0) return;
        if (monthStart > 0 && text[monthStart - 1] is '第' or '.' or '．' or '-' or '/' or '~' or '～' or '—' or '–') return;
        // 1至13月 is a range of counts; 截至13月 is not.
        if (monthStart > 1 && text[monthStart - 1] is '至' or '到'
            && (CharClass.IsDigit(text[monthStart - 2]) || CharClass.IsChineseNumeral(text[monthStart - 2]))) return;
        if (yue + 1 < text.Length && text[yue + 1] is '薪') return; // 13月薪 is a 13th-month salary
        // 24月龄, 满18月, 18月以内: a count of months, not a month of the year.
        if (month is 0 or > 12 && (yue + 1 < text.Length && "龄余以内后前左来之".Contains(text[yue + 1])
            || monthStart > 0 && "满近约每逾超共计足隔历".Contains(text[monthStart - 1]))) return;

        // Year: four digits then 年, right before the month.
        int spanStart = monthStart;
        int year = -1;
        if (monthStart >= 5 && text[monthStart - 1] == '年')
        {
            int yearStart = NumberStartBefore(text, monthStart - 1, out bool chineseYear);
            if (yearStart >= 0 && monthStart - 1 - yearStart == 4)
            {
                year = ParseYear(text.AsSpan(yearStart, 4), chineseYear);
                if (year >= 0) spanStart = yearStart;
            }
        }

        if (month is < 1 or > 12)
        {
            // A Chinese 零月/〇月 is too odd to be a slip for a real month; only Arabic 0月 is reported.
            if (month == 0 && chineseMonth) return;
            findings.Report(Descriptor, spanStart, yue + 1 - spanStart, note: "月份应为1至12");
            return;
        }

        int dayStart = yue + 1;
        int dayEnd = dayStart;
        bool chineseDay = false;
        if (dayEnd < text.Length && CharClass.IsDigit(text[dayEnd]))
            while (dayEnd < text.Length && CharClass.IsDigit(text[dayEnd])) dayEnd++;
        else
        {
            chineseDay = true;
            while (dayEnd < text.Length && ChineseNumberChars.Contains(text[dayEnd])) dayEnd++;
        }
        if (dayEnd == dayStart || dayEnd >= text.Length) return;
        if (!IsDayMark(text, dayEnd)) return;
        int day = ParseNumber(text.AsSpan(dayStart, dayEnd - dayStart), chineseDay);
        if (day < 0) return;
        if (IsLunar(text, spanStart)) return;

        int maxDay = month == 2 ? (year >= 0 && !DateTime.IsLeapYear(Math.Max(1, year)) ? 28 : 29)
            : month is 4 or 6 or 9 or 11 ? 30 : 31;
        if (day >= 1 && day <= maxDay) return;
        string note = day == 0 || day > 31 ? "日期应为1至31"
            : month == 2 && day == 29 ? $"{year}年不是闰年，2月只有28天"
            : $"{month}月只有{maxDay}天";
        findings.Report(Descriptor, spanStart, dayEnd + 1 - spanStart, note: note);
    }

    /// <summary>日, or 号 used as a date (not 号楼, 号线, 号文).</summary>
    private static bool IsDayMark(string text, int at)
    {
        if (text[at] == '日') return true;
        if (text[at] != '号') return false;
        if (at + 1 >= text.Length) return true;
        char next = text[at + 1];
        return !CharClass.IsHan(next) || "前后起至到上下晚早中凌当的之开举召".Contains(next);
    }

    /// <summary>Start of the number that ends right before <paramref name="end"/>, or -1 when there is none or it is part of a longer run.</summary>
    private static int NumberStartBefore(string text, int end, out bool chinese)
    {
        chinese = false;
        int k = end - 1;
        if (k < 0) return -1;
        if (CharClass.IsDigit(text[k]))
        {
            while (k >= 0 && CharClass.IsDigit(text[k])) k--;
            if (k >= 0 && (CharClass.IsLatinLetter(text[k]) || text[k] is ',' or '，' && k > 0 && CharClass.IsDigit(text[k - 1]))) return -1;
            return end - 1 - k <= 4 ? k + 1 : -1;
        }
        chinese = true;
        while (k >= 0 && ChineseNumberChars.Contains(text[k])) k--;
        int length = end - 1 - k;
        return length is >= 1 and <= 4 ? k + 1 : -1;
    }

    /// <summary>Value of a day or month number (1–2 Arabic digits or a Chinese numeral up to 99), or -1.</summary>
    private static int ParseNumber(ReadOnlySpan<char> s, bool chinese)
    {
        if (!chinese)
        {
            if (s.Length > 2) return -1;
            int v = 0;
            foreach (char c in s) v = v * 10 + CharClass.DigitValue(c);
            return v;
        }
        // d, 十, 十d, d十, d十d, 廿, 廿d, 卅, 卅d
        int tens, rest;
        if (s.Length == 0 || s.Length > 3) return -1;
        if (s[0] is '十' or '廿' or '卅')
        {
            tens = s[0] switch { '十' => 1, '廿' => 2, _ => 3 };
            rest = 1;
        }
        else
        {
            int d = Digit(s[0]);
            if (d < 0) return -1;
            if (s.Length == 1) return d;
            if (s[1] != '十' || d == 0) return -1;
            tens = d;
            rest = 2;
        }
        if (rest == s.Length) return tens * 10;
        if (rest + 1 != s.Length) return -1;
        int unit = Digit(s[rest]);
        return unit is >= 1 and <= 9 ? tens * 10 + unit : -1;
    }

    private static int Digit(char c) => c == '两' ? -1 : CharClass.ChineseDigitValue(c);

    /// <summary>A four-digit year in Arabic or Chinese digits (二〇二〇), or -1.</summary>
    private static int ParseYear(ReadOnlySpan<char> s, bool chinese)
    {
        int v = 0;
        foreach (char c in s)
        {
            int d = chinese ? Digit(c) : CharClass.DigitValue(c);
            if (d < 0) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static bool IsLunar(string text, int dateStart)
    {
        var before = text.AsSpan(Math.Max(0, dateStart - 6), Math.Min(6, dateStart));
        return before.Contains("农历", StringComparison.Ordinal) || before.Contains("阴历", StringComparison.Ordinal)
            || before.EndsWith("闰");
    }
}
