// Invariant: a reference is decoded exactly as the HTML tokenizer decodes it (longest named match,
// legacy names without ';', the attribute exception, numeric fix-ups), and the returned end index is
// just past the characters the tokenizer consumed; when the tokenizer would leave '&' literal, so does this.
using AngleSharp.Html;

namespace TextLint.Core.Extraction;

/// <summary>Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#x4E2D;</c>) found in the source.</summary>
internal static class CharacterReferences
{
    /// <summary>Longest entity name in the HTML table ("CounterClockwiseContourIntegral"), without ';'.</summary>
    private const int MaxNameLength = 32;

    // Numeric references to C1 controls name windows-1252 characters instead (HTML "numeric character reference end state").
    private static readonly char[] Windows1252C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// Decodes the reference at <paramref name="amp"/> (which holds '&amp;'), reading no further than <paramref name="limit"/>.
    /// Returns the index just past it and its value, or -1 when the '&amp;' is literal text.
    /// </summary>
    public static int Decode(string s, int amp, int limit, bool inAttribute, out string value)
    {
        value = "";
        int p = amp + 1;
        if (p >= limit) return -1;
        if (s[p] == '#') return DecodeNumeric(s, amp, limit, out value);
        if (!char.IsAsciiLetterOrDigit(s[p])) return -1;

        int runEnd = p;
        while (runEnd < limit && runEnd - p <= MaxNameLength && char.IsAsciiLetterOrDigit(s[runEnd])) runEnd++;
        var resolver = HtmlEntityProvider.Resolver;
        if (runEnd < limit && s[runEnd] == ';' && resolver.GetSymbol(s.Substring(p, runEnd - p + 1)) is { } withSemicolon)
        {
            value = withSemicolon;
            return runEnd + 1;
        }
        // Legacy names (amp, lt, nbsp, copy…) also match without ';', longest first.
        for (int end = runEnd; end > p; end--)
        {
            if (resolver.GetSymbol(s.Substring(p, end - p)) is not { } legacy) continue;
            if (inAttribute && end < limit && (s[end] == '=' || char.IsAsciiLetterOrDigit(s[end]))) return -1;
            value = legacy;
            return end;
        }
        return -1;
    }

    private static int DecodeNumeric(string s, int amp, int limit, out string value)
    {
        value = "";
        int p = amp + 2;
        bool hex = p < limit && (s[p] == 'x' || s[p] == 'X');
        if (hex) p++;
        int digitsStart = p;
        long codePoint = 0;
        while (p < limit && (hex ? char.IsAsciiHexDigit(s[p]) : char.IsAsciiDigit(s[p])))
        {
            int digit = char.IsAsciiDigit(s[p]) ? s[p] - '0' : (s[p] | 0x20) - 'a' + 10;
            codePoint = Math.Min(codePoint * (hex ? 16 : 10) + digit, 0x110000); // saturate: anything larger is invalid anyway
            p++;
        }
        if (p == digitsStart) return -1;
        if (p < limit && s[p] == ';') p++;

        if (codePoint == 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF) value = "\uFFFD";
        else if (codePoint is >= 0x80 and <= 0x9F) value = Windows1252C1[codePoint - 0x80].ToString();
        else value = char.ConvertFromUtf32((int)codePoint);
        return p;
    }
}
