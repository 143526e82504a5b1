namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// Dates written with separators — 2024-02-30, 2024/04/31, 2024.13.01 — for <c>date.invalid</c>: a four-digit
/// year from 1900 to 2099, the same separator twice, a month and a day of one or two digits, the whole not
/// part of a longer run of digits and separators (a version number, an address, a path).
/// </summary>
internal static class NumericDates
{
    private const string Separators = "-/.";

    /// <summary>Each impossible date in <paramref name="text"/>: its span and why it cannot exist.</summary>
    public static IEnumerable<(int Start, int Length, string Note)> Impossible(string text)
    {
        for (int i = text.AsSpan().IndexOfAny(Separators); i >= 0 && i < text.Length;)
        {
            if (Read(text, i - 4, out int length, out string? note) && note is not null) yield return (i - 4, length, note);
            int next = text.AsSpan(i + 1).IndexOfAny(Separators);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>Reads a date starting at <paramref name="start"/> (its first separator at start + 4); <paramref name="note"/> is null when it is valid.</summary>
    private static bool Read(string text, int start, out int length, out string? note)
    {
        length = 0;
        note = null;
        if (start < 0 || !Digits(text, start, 4) || start > 0 && IsPartOfRun(text[start - 1])) return false;
        int year = Value(text, start, 4);
        if (year is < 1900 or > 2099) return false;
        char separator = text[start + 4];
        int month = start + 5, monthLength = DigitRun(text, month);
        if (monthLength is < 1 or > 2 || month + monthLength >= text.Length || text[month + monthLength] != separator) return false;
        int day = month + monthLength + 1, dayLength = DigitRun(text, day);
        if (dayLength is < 1 or > 2) return false;
        int end = day + dayLength;
        if (end < text.Length && (IsPartOfRun(text[end]) || CharClass.IsLatinLetter(text[end]))) return false;
        length = end - start;
        int m = Value(text, month, monthLength), d = Value(text, day, dayLength);
        if (m is < 1 or > 12) { note = "月份应为1至12"; return true; }
        int maxDay = m == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : m is 4 or 6 or 9 or 11 ? 30 : 31;
        if (d >= 1 && d <= maxDay) return true;
        note = d == 0 || d > 31 ? "日期应为1至31" : m == 2 && d == 29 ? $"{year}年不是闰年，2月只有28天" : $"{m}月只有{maxDay}天";
        return true;
    }

    private static bool IsPartOfRun(char c) => CharClass.IsDigit(c) || Separators.Contains(c) || c is ':' or '_';

    private static bool Digits(string text, int start, int count) => DigitRun(text, start) == count;

    private static int DigitRun(string text, int start)
    {
        int k = start;
        while (k < text.Length && text[k] is >= '0' and <= '9') k++;
        return k - start;
    }

    private static int Value(string text, int start, int length)
    {
        int v = 0;
        for (int k = start; k < start + length; k++) v = v * 10 + (text[k] - '0');
        return v;
    }
}
