namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Quoted classical text in a block: a quotation whose clauses are all five or all seven Chinese characters
/// (“千磨万击还坚劲，任尔东西南北风。”), or a short one with two or more classical particles (“学而时习之，不亦说乎？”).
/// Speeches and editorials quote poems and the classics all the time; their wording is classical, so modern
/// word statistics find it strange (千磨 → 千万, 自缘 → 自愿, 时习 → 实习) while it is exact.
/// </summary>
internal static class ClassicalVerse
{
    private const string Openers = "“「『";
    private const string Closers = "”」』";
    private const string ClauseEnds = "，。；！？、,;!?";

    /// <summary>Spans [Start, End) of <paramref name="text"/> inside such quotations; null when there is none.</summary>
    public static List<(int Start, int End)>? Find(string text)
    {
        List<(int Start, int End)>? verses = null;
        for (int open = text.AsSpan().IndexOfAny(Openers); open >= 0;)
        {
            char closer = Closers[Openers.IndexOf(text[open])];
            int close = text.IndexOf(closer, open + 1);
            if (close < 0) break;
            var quote = text.AsSpan(open + 1, close - open - 1);
            if (IsVerse(quote) || IsClassicalProse(quote)) (verses ??= []).Add((open + 1, close));
            int next = text.AsSpan(close + 1).IndexOfAny(Openers);
            open = next < 0 ? -1 : close + 1 + next;
        }
        return verses;
    }

    /// <summary>Function characters of classical Chinese that modern prose hardly uses.</summary>
    private const string ClassicalParticles = "之乎者也矣焉哉兮欤";

    /// <summary>A short quotation with at least two classical particles (“学而时习之，不亦说乎？”).</summary>
    private static bool IsClassicalProse(ReadOnlySpan<char> quote)
    {
        if (quote.Length > 60) return false;
        int particles = 0;
        foreach (char c in quote)
            if (ClassicalParticles.Contains(c)) particles++;
        return particles >= 2;
    }

    /// <summary>
    /// Verse: at least two clauses of five or seven Chinese characters, and no clause outside three to
    /// nine (a 词 such as “日出江花红胜火，春来江水绿如蓝。能不忆江南？” mixes lengths). Four-character
    /// slogans (“不忘初心、牢记使命”) are not verse and stay checked.
    /// </summary>
    private static bool IsVerse(ReadOnlySpan<char> quote)
    {
        int lines = 0, current = 0;
        foreach (char c in quote)
        {
            if (ClauseEnds.Contains(c))
            {
                if (current == 0) continue;
                if (!TakeClause(current, ref lines)) return false;
                current = 0;
            }
            else if (SuspectDetector.IsHan(c)) current++;
            else return false;
        }
        if (current > 0 && !TakeClause(current, ref lines)) return false;
        return lines >= 2;
    }

    /// <summary>False for a clause no verse has; counts the five- and seven-character ones.</summary>
    private static bool TakeClause(int length, ref int lines)
    {
        if (length is < 3 or > 9) return false;
        if (length is 5 or 7) lines++;
        return true;
    }
}
