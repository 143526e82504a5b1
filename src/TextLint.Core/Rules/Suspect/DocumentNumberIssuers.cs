using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// The issuer codes of official document numbers (发文字号) in a block: the Chinese characters right before
/// a bracketed year and a number, as in 杭政办发〔2024〕12号 or 国办函[2023]5号. A code is an abbreviation of
/// the issuing office (杭 for Hangzhou, 政办 for the government's general office), not a word, so the
/// character-pair statistics of <c>typo.suspect</c> find it strange (杭政 → 行政) while it is right.
/// </summary>
internal static class DocumentNumberIssuers
{
    /// <summary>Most characters taken as the code before the bracket (杭政办发, 中共浙江省委办公厅发 is nine).</summary>
    private const int MaxCodeLength = 10;

    private const string Openers = "〔[［【(（";
    private const string Closers = "〕]］】)）";

    /// <summary>Spans [Start, End) of <paramref name="text"/> that are issuer codes; null when there is none (the common case, one search).</summary>
    public static List<(int Start, int End)>? Find(string text)
    {
        List<(int Start, int End)>? codes = null;
        for (int open = text.AsSpan().IndexOfAny(Openers); open >= 0;)
        {
            if (open > 0 && CharClass.IsHan(text[open - 1]) && IsYearAndNumber(text, open))
            {
                int start = open - 1;
                while (start > 0 && open - start < MaxCodeLength && CharClass.IsHan(text[start - 1])) start--;
                (codes ??= []).Add((start, open));
            }
            int next = text.AsSpan(open + 1).IndexOfAny(Openers);
            open = next < 0 ? -1 : open + 1 + next;
        }
        return codes;
    }

    /// <summary>〔2024〕12号 at <paramref name="open"/>: a matching bracket around four digits, then digits (after an optional 第) and 号.</summary>
    private static bool IsYearAndNumber(string text, int open)
    {
        int i = open + 1;
        for (int k = 0; k < 4; k++, i++)
            if (i >= text.Length || !CharClass.IsDigit(text[i])) return false;
        if (i >= text.Length || text[i] != Closers[Openers.IndexOf(text[open])]) return false;
        i++;
        if (i < text.Length && text[i] == '第') i++;
        int digits = i;
        while (i < text.Length && CharClass.IsDigit(text[i])) i++;
        return i > digits && i < text.Length && text[i] == '号';
    }
}
