namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// Checks of personal and organisational numbers, on spans of ASCII digits (callers normalise
/// full-width digits first). All methods are pure and allocation-free.
/// </summary>
internal static class IdentityNumbers
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckChars = "10X98765432";

    /// <summary>
    /// A PRC resident identity number of 18 characters (GB 11643-1999): a province code, a birth
    /// date YYYYMMDD between 1900 and today at positions 7–14, and the ISO 7064 MOD 11-2 check
    /// character (0–9 or X) last.
    /// </summary>
    public static bool IsResidentId18(ReadOnlySpan<char> s, DateTime today)
    {
        if (s.Length != 18) return false;
        for (int k = 0; k < 17; k++) if (s[k] is < '0' or > '9') return false;
        if (!IsProvinceCode(s[0], s[1])) return false;
        if (!IsBirthDate(Number(s.Slice(6, 4)), Number(s.Slice(10, 2)), Number(s.Slice(12, 2)), today)) return false;
        int sum = 0;
        for (int k = 0; k < 17; k++) sum += (s[k] - '0') * IdWeights[k];
        char check = char.ToUpperInvariant(s[17]);
        return check == IdCheckChars[sum % 11];
    }

    /// <summary>The 15-digit form issued before 1999: province code, then YYMMDD (19YY) at positions 7–12.</summary>
    public static bool IsResidentId15(ReadOnlySpan<char> s, DateTime today)
    {
        if (s.Length != 15) return false;
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return IsProvinceCode(s[0], s[1])
            && IsBirthDate(1900 + Number(s.Slice(6, 2)), Number(s.Slice(8, 2)), Number(s.Slice(10, 2)), today);
    }

    /// <summary>First two digits of an administrative division code (GB/T 2260), 71 Taiwan, 81–83 Hong Kong, Macao, Taiwan residents.</summary>
    public static bool IsProvinceCode(char a, char b)
    {
        int code = (a - '0') * 10 + (b - '0');
        return code is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46
            or >= 50 and <= 54 or >= 61 and <= 65 or 71 or >= 81 and <= 83;
    }

    private static bool IsBirthDate(int year, int month, int day, DateTime today)
    {
        if (year < 1900 || year > today.Year || month is < 1 or > 12 || day < 1) return false;
        if (day > DateTime.DaysInMonth(year, month)) return false;
        return new DateTime(year, month, day) <= today;
    }

    /// <summary>The Luhn (mod 10) check of payment card numbers.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> s)
    {
        int sum = 0;
        bool doubled = false;
        for (int k = s.Length - 1; k >= 0; k--)
        {
            int d = s[k] - '0';
            if (doubled) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /// <summary>
    /// Whether the issuer prefix and length fit a payment card: UnionPay 62 with 16–19 digits; Visa 4,
    /// Mastercard 51–55 and 2221–2720, JCB 3528–3589 with 16 digits only (other lengths starting with
    /// those digits are far more often bank account or order numbers).
    /// </summary>
    public static bool IsCardPrefix(ReadOnlySpan<char> s)
    {
        if (s.Length is < 16 or > 19) return false;
        if (s[0] == '6' && s[1] == '2') return true;
        if (s.Length != 16) return false;
        if (s[0] == '4') return true;
        int two = Number(s[..2]), four = Number(s[..4]);
        return two is >= 51 and <= 55 || four is >= 2221 and <= 2720 || four is >= 3528 and <= 3589;
    }

    private const string CreditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>An 18-character unified social credit code (GB 32100-2015) with a valid check character; organisations, not people.</summary>
    public static bool IsUnifiedSocialCreditCode(ReadOnlySpan<char> s)
    {
        if (s.Length != 18) return false;
        int sum = 0;
        for (int k = 0; k < 17; k++)
        {
            int v = CreditCodeChars.IndexOf(char.ToUpperInvariant(s[k]));
            if (v < 0) return false;
            sum += v * CreditCodeWeights[k];
        }
        int check = (31 - sum % 31) % 31;
        return char.ToUpperInvariant(s[17]) == CreditCodeChars[check];
    }

    /// <summary>A mobile number of mainland China: 11 digits, 1 then 3–9.</summary>
    public static bool IsMobile(ReadOnlySpan<char> s) =>
        s.Length == 11 && s[0] == '1' && s[1] is >= '3' and <= '9';

    private static int Number(ReadOnlySpan<char> s)
    {
        int v = 0;
        foreach (char c in s) v = v * 10 + (c - '0');
        return v;
    }
}
