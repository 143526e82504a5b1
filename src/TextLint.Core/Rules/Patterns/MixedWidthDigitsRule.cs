using System.Buffers;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>numeral.width</c>: one number typed with both half-width and full-width digits (2０24, １2月) — an input
/// method switched in the middle, which site inspections list as a non-standard form. The finding covers the
/// run of digits and suggests it in half-width digits. A run of only one width (2024, ２０２４) is left alone.
/// One vectorised search for full-width digits.
/// </summary>
public sealed class MixedWidthDigitsRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "numeral.width", "numeral", Severity.Warning, "数字全半角混用",
        "数字中全角、半角混用：“{0}”应为“{1}”",
        "同一个数字中既有半角数字又有全角数字（如“2０24”），多为输入法中途切换所致，应统一为半角。",
        "2０24年 → 2024年");

    private static readonly SearchValues<char> FullWidthDigits = SearchValues.Create("０１２３４５６７８９");

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(FullWidthDigits);
            if (found < 0) return;
            int start = from + found, end = start + 1;
            while (start > 0 && CharClass.IsDigit(text[start - 1])) start--;
            while (end < text.Length && CharClass.IsDigit(text[end])) end++;
            from = end;
            var run = text.AsSpan(start, end - start);
            if (run.IndexOfAnyInRange('0', '9') < 0) continue; // all full-width: one width
            findings.Report(Descriptor, start, end - start, [ToHalfWidth(run)]);
        }
    }

    private static string ToHalfWidth(ReadOnlySpan<char> run)
    {
        var digits = new char[run.Length];
        for (int k = 0; k < run.Length; k++) digits[k] = (char)('0' + CharClass.DigitValue(run[k]));
        return new string(digits);
    }
}
