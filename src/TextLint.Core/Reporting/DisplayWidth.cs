using System.Globalization;
using System.Text;

namespace TextLint.Core.Reporting;

/// <summary>
/// How many terminal columns text takes. East Asian wide and full-width characters (CJK
/// ideographs, kana, hangul, full-width forms and punctuation such as <c>，</c>) take two columns;
/// combining marks and zero-width format characters take none; everything else takes one.
/// </summary>
/// <remarks>
/// Ambiguous-width characters (e.g. <c>…</c>, <c>“</c>) are counted as one column, as most
/// terminals outside legacy CJK locales render them; a CJK-locale terminal may draw them two
/// columns wide, which shifts an underline by one column at worst.
/// </remarks>
public static class DisplayWidth
{
    // Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt, merged and simplified
    // to the blocks published Chinese text actually uses. Sorted, inclusive.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x231A, 0x231B),
        (0x2329, 0x232A),
        (0x23E9, 0x23EC),
        (0x2E80, 0x303E),   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        (0x3041, 0x33FF),   // kana, bopomofo, hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK, compatibility
        (0x3400, 0x4DBF),   // CJK extension A
        (0x4E00, 0x9FFF),   // CJK unified ideographs
        (0xA000, 0xA4CF),   // Yi
        (0xA960, 0xA97F),
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60),   // full-width forms
        (0xFFE0, 0xFFE6),
        (0x1F300, 0x1F64F), // pictographs and emoticons
        (0x1F900, 0x1F9FF),
        (0x20000, 0x2FFFD), // CJK extensions B–F, compatibility supplement
        (0x30000, 0x3FFFD), // CJK extensions G–H
    ];

    /// <summary>Columns taken by one Unicode scalar value (tabs are not expanded here: counted as 1).</summary>
    public static int Of(Rune rune)
    {
        int value = rune.Value;
        if (value < 0x20 || (value >= 0x7F && value < 0xA0)) return 0;
        if (value < 0x300) return 1;
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return 0;
        }
        return IsWide(value) ? 2 : 1;
    }

    /// <summary>Columns taken by <paramref name="text"/>; a lone surrogate counts as one column (it is shown as a replacement character).</summary>
    public static int Of(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    private static bool IsWide(int value)
    {
        int lo = 0, hi = WideRanges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (value < WideRanges[mid].First) hi = mid - 1;
            else if (value > WideRanges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
