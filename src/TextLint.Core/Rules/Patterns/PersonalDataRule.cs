using System.Buffers;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>privacy.idcard</c>, <c>privacy.mobile</c>, <c>privacy.bankcard</c>: personal numbers published
/// in clear. Each candidate is a run of digits (ASCII or full-width) that is not part of a longer
/// number — not touching another digit or a Latin letter, and not joined to one by - / . — or the
/// usual grouped spellings: 138 1234 5678 and 138-1234-5678, 6222 0212 3456 7890 123, 110101 19900307
/// 1234. Then:
/// <list type="bullet">
/// <item>ID card: 18 characters with a province code, a real birth date between 1900 and today, and
/// the GB 11643 check character; or the old 15-digit form (province code, YYMMDD), which has no check
/// character and is therefore reported only after 身份证, 身份号码, 证件号 or 公民身份 nearby.</item>
/// <item>Mobile: 1, then 3–9, then nine digits; +86 and 86- prefixes are allowed.</item>
/// <item>Bank card: 16–19 digits passing Luhn with a card issuer prefix (see
/// <see cref="IdentityNumbers.IsCardPrefix"/>), and not a valid ID number or unified social credit
/// code (an organisation's code is public).</item>
/// </list>
/// Sums and counts (13000000000元, ￥…) are not phone or card numbers.
/// Masked numbers (138****5678), hotlines (12345, 95588, 400-…), landlines (010-12345678) and document
/// numbers never match. The suggestion is the masked number: ID first 6 and last 4 kept, mobile first
/// 3 and last 4, card first 4 and last 4. One vectorised search for digits; every digit is read a
/// bounded number of times.
/// </summary>
public sealed class PersonalDataRule : IBlockRule
{
    /// <summary>Resident identity card numbers.</summary>
    public static readonly RuleDescriptor IdCard = new(
        "privacy.idcard", "privacy", Severity.Error, "身份证号码泄露",
        "疑似公开了居民身份证号码：“{0}”，须去标识化处理，如“{1}”",
        "符合国家标准校验规则的18位（或15位）居民身份证号码。公开发布个人身份证号码违反《个人信息保护法》，须隐去中间部分或删除。",
        "110101199003071234 → 110101********1234");

    /// <summary>Mobile phone numbers.</summary>
    public static readonly RuleDescriptor Mobile = new(
        "privacy.mobile", "privacy", Severity.Error, "手机号码泄露",
        "疑似公开了个人手机号码：“{0}”，须去标识化处理，如“{1}”",
        "11位中国大陆手机号码。公开个人手机号码属于个人信息泄露，须隐去中间四位或改为单位办公电话、服务热线。",
        "13812345678 → 138****5678");

    /// <summary>Bank card numbers.</summary>
    public static readonly RuleDescriptor BankCard = new(
        "privacy.bankcard", "privacy", Severity.Error, "银行卡号泄露",
        "疑似公开了银行卡号：“{0}”，须去标识化处理，如“{1}”",
        "16至19位、通过Luhn校验且具有银行卡发卡机构前缀的号码。公开个人银行卡号属于个人金融信息泄露，须隐去中间部分。",
        "6222021234567890128 → 6222***********0128");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly string[] IdKeywords = ["身份证", "身份号码", "证件号", "公民身份"];
    private const int KeywordWindow = 40;

    private readonly Func<DateTime> _today;

    /// <summary>A rule that takes today's date from the clock (birth dates may not lie in the future).</summary>
    public PersonalDataRule() : this(() => DateTime.Today) { }

    /// <summary>A rule with a fixed notion of today (for tests).</summary>
    public PersonalDataRule(Func<DateTime> today) => _today = today;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [IdCard, Mobile, BankCard];

    private enum Kind { None, IdCard, Mobile, BankCard }

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(IdCard) && !findings.IsEnabled(Mobile) && !findings.IsEnabled(BankCard)) return;
        DateTime today = default;
        bool haveToday = false;
        Span<int> starts = stackalloc int[6];
        Span<int> ends = stackalloc int[6];
        Span<char> digits = stackalloc char[24];
        int i = 0;
        while (i < text.Length)
        {
            int found = text.AsSpan(i).IndexOfAny(Digits);
            if (found < 0) return;
            int start = i + found;
            int end = RunEnd(text, start);
            i = end;
            // Only numbers that could be one of ours: at least 3 digits (a mobile's first group).
            if (end - start < 3) continue;
            if (!haveToday) { today = _today(); haveToday = true; }

            // Grouped spellings first: 138 1234 5678, 6222 0212 3456 7890, 110101 19900307 1234.
            int groups = CollectGroups(text, start, end, starts, ends);
            if (groups > 1 && TryGrouped(text, starts[..groups], ends[..groups], digits, today, out var kind, out int spanEnd))
            {
                Report(text, findings, kind, start, spanEnd);
                i = spanEnd;
                continue;
            }

            int length = end - start;
            if (length is < 11 or > 19) continue;
            bool endsInX = length == 17 && end < text.Length && text[end] is 'X' or 'x' or 'Ｘ' or 'ｘ';
            int candidateEnd = endsInX ? end + 1 : end;
            if (!StandsAlone(text, start, candidateEnd, out bool urlLike, out bool afterCountryCode)) continue;
            var number = Normalize(text.AsSpan(start, candidateEnd - start), digits);

            if (number.Length == 18 && IdentityNumbers.IsResidentId18(number, today))
                Report(text, findings, Kind.IdCard, start, candidateEnd);
            else if (number.Length == 15 && IdentityNumbers.IsResidentId15(number, today) && HasIdKeyword(text, start))
                Report(text, findings, Kind.IdCard, start, candidateEnd);
            else if (IsAmountOrCount(text, start, candidateEnd))
                continue;
            else if (IdentityNumbers.IsMobile(number))
                Report(text, findings, Kind.Mobile, start, candidateEnd);
            else if (number.Length == 13 && number[0] == '8' && number[1] == '6' && start > 0 && text[start - 1] is '+' or '＋'
                     && IdentityNumbers.IsMobile(number[2..]))
                Report(text, findings, Kind.Mobile, start + 2, candidateEnd);
            else if (!urlLike && !afterCountryCode && !endsInX && IsBankCard(number))
                Report(text, findings, Kind.BankCard, start, candidateEnd);
            i = candidateEnd;
        }
    }

    private static bool IsBankCard(ReadOnlySpan<char> number) =>
        IdentityNumbers.IsCardPrefix(number) && IdentityNumbers.PassesLuhn(number)
        && !(number.Length == 18 && IdentityNumbers.IsUnifiedSocialCreditCode(number));

    /// <summary>Tries the grouped spellings of a mobile, card or ID number starting at the first group.</summary>
    private static bool TryGrouped(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<char> buffer,
        DateTime today, out Kind kind, out int spanEnd)
    {
        kind = Kind.None;
        spanEnd = ends[^1];
        int n = starts.Length;
        Span<int> lengths = stackalloc int[n];
        for (int k = 0; k < n; k++) lengths[k] = ends[k] - starts[k];
        bool endsInX = false;
        if (n == 3 && lengths[0] == 6 && lengths[1] == 8 && lengths[2] == 3 && spanEnd < text.Length && text[spanEnd] is 'X' or 'x')
        {
            endsInX = true;
            spanEnd++;
        }
        bool mobile = n == 3 && lengths[0] == 3 && lengths[1] == 4 && lengths[2] == 4;
        bool id = n == 3 && lengths[0] == 6 && lengths[1] == 8 && (lengths[2] == 4 || endsInX);
        bool card = n is 4 or 5 && lengths[0] == 4 && lengths[1] == 4 && lengths[2] == 4 && lengths[3] == 4 && (n == 4 || lengths[4] <= 3);
        if (!(mobile || id || card) || !StandsAlone(text, starts[0], spanEnd, out _, out _)) return false;

        int total = 0;
        for (int k = 0; k < n; k++)
        {
            Normalize(text.AsSpan(starts[k], lengths[k]), buffer[total..]);
            total += lengths[k];
        }
        if (endsInX) buffer[total++] = 'X';
        var number = buffer[..total];

        if (mobile && IdentityNumbers.IsMobile(number)) kind = Kind.Mobile;
        else if (id && IdentityNumbers.IsResidentId18(number, today)) kind = Kind.IdCard;
        else if (card && IsBankCard(number)) kind = Kind.BankCard;
        return kind != Kind.None;
    }

    /// <summary>Groups of digits joined by one and the same separator (space, no-break space or hyphen); returns the count.</summary>
    private static int CollectGroups(string text, int start, int end, Span<int> starts, Span<int> ends)
    {
        starts[0] = start;
        ends[0] = end;
        if (end + 1 >= text.Length || !IsGroupSeparator(text[end]) || !CharClass.IsDigit(text[end + 1])) return 1;
        char separator = text[end];
        int n = 1;
        while (n < starts.Length && end + 1 < text.Length && text[end] == separator && CharClass.IsDigit(text[end + 1]))
        {
            starts[n] = end + 1;
            end = RunEnd(text, end + 1);
            ends[n] = end;
            n++;
        }
        // More groups than any spelling has: not a number of ours.
        return end + 1 < text.Length && text[end] == separator && CharClass.IsDigit(text[end + 1]) ? 0 : n;
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '-' or '－';

    /// <summary>
    /// Whether [start, end) is a number of its own: no Latin letter or digit on either side, and not
    /// joined by - / . to another number (document numbers, ranges, decimals) — except an 86- prefix.
    /// </summary>
    private static bool StandsAlone(string text, int start, int end, out bool urlLike, out bool afterCountryCode)
    {
        urlLike = false;
        afterCountryCode = false;
        if (start > 0)
        {
            char before = text[start - 1];
            if (CharClass.IsLatinLetter(before) || CharClass.IsDigit(before)) return false;
            if (before is '-' or '－' or '/' or '.' or '．' && start > 1 && CharClass.IsDigit(text[start - 2]))
            {
                // 86-13812345678 (a country code, possibly +86-).
                afterCountryCode = before is '-' or '－' && start > 2 && text[start - 2] == '6' && text[start - 3] == '8'
                    && (start == 3 || !CharClass.IsDigit(text[start - 4]));
                if (!afterCountryCode) return false;
            }
            urlLike = before is '/' or '=' or '_' or '#' or '&' or '?' or '%' or '@';
        }
        if (end < text.Length)
        {
            char after = text[end];
            if (CharClass.IsLatinLetter(after) || CharClass.IsDigit(after)) return false;
            if (after is '-' or '－' or '/' or '.' or '．' or '_' && end + 1 < text.Length && CharClass.IsDigit(text[end + 1])) return false;
            urlLike |= after is '/' or '_' or '?' or '&' or '#';
        }
        return true;
    }

    /// <summary>13000000000元, ￥4111111111111111: a sum or a count, not a phone or card number.</summary>
    private static bool IsAmountOrCount(string text, int start, int end) =>
        end < text.Length && "元万亿人户吨斤米个次件家份台辆条项名位篇字头只本套所株亩度%％‰".Contains(text[end])
        || start > 0 && text[start - 1] is '¥' or '￥' or '$' or '＄' or '€' or '£';

    private static bool HasIdKeyword(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - KeywordWindow), Math.Min(KeywordWindow, start));
        foreach (var keyword in IdKeywords)
            if (before.Contains(keyword, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int RunEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && CharClass.IsDigit(text[end])) end++;
        return end;
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="buffer"/> with ASCII digits and an upper-case X.</summary>
    private static Span<char> Normalize(ReadOnlySpan<char> source, Span<char> buffer)
    {
        for (int k = 0; k < source.Length; k++)
        {
            char c = source[k];
            buffer[k] = CharClass.IsDigit(c) ? (char)('0' + CharClass.DigitValue(c)) : c is 'x' or 'Ｘ' or 'ｘ' ? 'X' : c;
        }
        return buffer[..source.Length];
    }

    private void Report(string text, BlockFindings findings, Kind kind, int start, int end)
    {
        var (descriptor, front, back) = kind switch
        {
            Kind.IdCard => (IdCard, 6, 4),
            Kind.Mobile => (Mobile, 3, 4),
            _ => (BankCard, 4, 4),
        };
        if (!findings.IsEnabled(descriptor)) return;
        findings.Report(descriptor, start, end - start, [Mask(text.AsSpan(start, end - start), front, back)]);
    }

    /// <summary>Replaces every digit but the first <paramref name="front"/> and last <paramref name="back"/> with *, keeping separators.</summary>
    internal static string Mask(ReadOnlySpan<char> number, int front, int back)
    {
        int total = 0;
        foreach (char c in number) if (IsDigitOrCheck(c)) total++;
        Span<char> result = stackalloc char[number.Length];
        int index = 0;
        for (int k = 0; k < number.Length; k++)
        {
            char c = number[k];
            if (IsDigitOrCheck(c))
            {
                result[k] = index >= front && index < total - back ? '*' : c;
                index++;
            }
            else result[k] = c;
        }
        return new string(result);
    }

    private static bool IsDigitOrCheck(char c) => CharClass.IsDigit(c) || c is 'X' or 'x' or 'Ｘ' or 'ｘ';
}
