using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>privacy.passport</c>: a passport number published in clear, after the word 护照 (护照号码：E48213576).
/// A PRC passport number is a letter (E, G, P, S, D) and eight more characters, at least seven of them
/// digits (E12345678, EA1234567); without 护照 close before it, such a string is more often a model or a
/// serial number, so the word is required. The suggestion masks all but the first and the last four.
/// </summary>
public sealed class PassportRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "privacy.passport", "privacy", Severity.Error, "护照号码泄露",
        "疑似公开了护照号码：“{0}”，须去标识化处理，如“{1}”",
        "“护照”之后的护照号码（字母E、G、P、S、D开头共9位）。公开个人护照号码属于个人信息泄露，须隐去中间部分或删除。",
        "护照号码：E48213576 → E****3576");

    /// <summary>Most characters between 护照 and the number (号码：, 号 , No.).</summary>
    private const int Reach = 8;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        for (int word = text.IndexOf("护照", StringComparison.Ordinal); word >= 0; word = text.IndexOf("护照", word + 2, StringComparison.Ordinal))
        {
            int limit = Math.Min(text.Length - 9, word + 2 + Reach);
            for (int at = word + 2; at <= limit; at++)
            {
                if (!IsNumberAt(text, at)) continue;
                string number = text.Substring(at, 9);
                findings.Report(Descriptor, at, 9, [string.Concat(number.AsSpan(0, 1), "****", number.AsSpan(5))]);
                break;
            }
        }
    }

    /// <summary>A passport number at <paramref name="at"/>, not part of a longer run of letters or digits.</summary>
    private static bool IsNumberAt(string text, int at)
    {
        if ("EGPSD".IndexOf(char.ToUpperInvariant(text[at])) < 0) return false;
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) return false;
        if (at + 9 < text.Length && char.IsAsciiLetterOrDigit(text[at + 9])) return false;
        int digits = 0;
        for (int k = at + 1; k < at + 9; k++)
        {
            if (char.IsAsciiDigit(text[k])) digits++;
            else if (!char.IsAsciiLetterUpper(text[k])) return false;
        }
        return digits >= 7;
    }
}
