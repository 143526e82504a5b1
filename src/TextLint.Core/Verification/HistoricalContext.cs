using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Verification;

/// <summary>
/// Whether the sentence around a hit narrates history: a year before 1950 (1912年, 一九一二年, 民国十年) or an
/// era of that time (辛亥革命, 抗日战争). Names that are wrong for today are right there
/// (1912年1月1日，中华民国临时政府成立) — the usage list marks such entries by saying 历史叙述 in their note.
/// </summary>
public static class HistoricalContext
{
    /// <summary>Most characters looked at on each side of the hit when no sentence end comes first.</summary>
    private const int Reach = 80;

    /// <summary>The words an entry's note uses to say that historical narration may use the term.</summary>
    public const string NoteMarker = "历史叙述";

    private static readonly string[] Eras =
    [
        "辛亥革命", "北洋政府", "北洋军阀", "国民政府", "国民革命", "抗日战争", "抗战时期", "解放战争", "民国时期",
        "新中国成立前", "新中国成立以前", "清朝", "清末",
    ];

    /// <summary>Whether the sentence holding <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) narrates history.</summary>
    public static bool Surrounds(ReadOnlySpan<char> text, int start, int length)
    {
        var (from, to) = Sentence.Around(text, start, length, Reach);
        var sentence = text[from..to];
        if (Sentence.ContainsAny(sentence, Eras)) return true;
        for (int year = sentence.IndexOf('年'); year >= 0; year = NextYear(sentence, year))
            if (IsEarlyYear(sentence[..year])) return true;
        return false;
    }

    private static int NextYear(ReadOnlySpan<char> sentence, int year)
    {
        int next = sentence[(year + 1)..].IndexOf('年');
        return next < 0 ? -1 : year + 1 + next;
    }

    /// <summary>Whether <paramref name="before"/> ends in a year before 1950: four digits, four Chinese digits, or 民国 and a number.</summary>
    private static bool IsEarlyYear(ReadOnlySpan<char> before)
    {
        if (before.Length >= 4 && TryReadYear(before[^4..], out int year) && (before.Length == 4 || !IsAnyDigit(before[^5])))
            return year is >= 1000 and < 1950;
        int numerals = 0;
        while (numerals < before.Length && "〇零一二三四五六七八九十".Contains(before[before.Length - 1 - numerals])) numerals++;
        return numerals > 0 && before[..^numerals].EndsWith("民国", StringComparison.Ordinal);
    }

    private static bool TryReadYear(ReadOnlySpan<char> four, out int year)
    {
        year = 0;
        foreach (char c in four)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : c == '两' ? -1 : CharClass.ChineseDigitValue(c);
            if (digit < 0) return false;
            year = year * 10 + digit;
        }
        return true;
    }

    private static bool IsAnyDigit(char c) => c is >= '0' and <= '9' || c != '两' && CharClass.ChineseDigitValue(c) >= 0;
}
