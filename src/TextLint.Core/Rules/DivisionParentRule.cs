using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Core.Rules;

/// <summary>
/// <c>typo.division-parent</c>: a division written right after a division that does not contain it
/// (湖南省宜昌市: 宜昌市 is in 湖北省; 临沂市莒县: 莒县 is in 日照市). Both names are spelled right, so no
/// near-miss sees it, yet the place is wrong. It reads the correct occurrences the near-miss search
/// already found: two division names that touch, with no listed pair over both, and the second not among
/// the first's children or grandchildren (<see cref="DivisionParents"/>).
/// </summary>
public static class DivisionParentRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "typo.division-parent", "typo", Severity.Warning, "行政区划隶属有误",
        "行政区划隶属有误：“{0}”应为“{1}”",
        "两个行政区划名称连写，但后者不属于前者（如“湖南省宜昌市”，宜昌市属湖北省）。名称本身都写对了，错在隶属关系。",
        "湖南省宜昌市 → 湖北省宜昌市") { MessageWithoutSuggestion = "行政区划隶属有误：“{0}”" };

    // The four municipalities are province-level though they end in 市.
    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    /// <summary>Reports every such pair among <paramref name="correct"/>.</summary>
    /// <param name="correct">Correct occurrences of protected phrases, sorted by start (folded coordinates).</param>
    /// <param name="explained">Folded spans a near-miss finding already covers.</param>
    /// <param name="index">The near-miss index the occurrences refer to.</param>
    /// <param name="normalized">The folded view of the block.</param>
    /// <param name="locator">Places findings in the source.</param>
    /// <param name="output">Where findings go.</param>
    /// <param name="severity">The rule's configured severity.</param>
    internal static void Report(List<(int Start, int Length, int Phrase)> correct, List<(int Start, int End)> explained, NearMissIndex index,
        NormalizedText normalized, FindingLocator locator, DocumentFindings output, Severity severity)
    {
        DivisionParents? divisions = null;
        for (int a = 0; a < correct.Count; a++)
        {
            var (parentStart, parentLength, parentPhrase) = correct[a];
            if (index.Source(parentPhrase).Kind != ProtectedPhraseKind.Division) continue;
            int parentEnd = parentStart + parentLength;
            for (int b = a + 1; b < correct.Count && correct[b].Start <= parentEnd; b++)
            {
                var (childStart, childLength, childPhrase) = correct[b];
                if (childStart != parentEnd || index.Source(childPhrase).Kind != ProtectedPhraseKind.Division) continue;
                int childEnd = childStart + childLength;
                if (CoveredByOne(correct, parentStart, childEnd)) continue; // a listed pair: 湖北省宜昌市
                if (explained.Exists(span => span.Start < childEnd && parentStart < span.End)) continue;
                divisions ??= DivisionParents.Default;
                string parent = index.Folded(parentPhrase), child = index.Folded(childPhrase);
                if (!divisions.IsDivision(parent) || !divisions.IsDivision(child)) continue;
                var parents = divisions.ParentsOf(child);
                if (parents.Count == 0 || parents.Contains(parent)) continue;
                bool provinceLevel = IsProvinceLevel(parent);
                var suggestions = parents.Where(p => IsProvinceLevel(p) == provinceLevel).Take(3).Select(p => p + child).ToList();
                var (start, length) = normalized.MapSpan(parentStart, parentLength + childLength);
                output.Add(locator.Create(Descriptor, severity, start, length, suggestions, $"{child}不属于{parent}"));
            }
        }
    }

    private static bool IsProvinceLevel(string name) =>
        name.EndsWith('省') || name.EndsWith("自治区", StringComparison.Ordinal) || name.EndsWith("特别行政区", StringComparison.Ordinal)
        || Municipalities.Contains(name);

    private static bool CoveredByOne(List<(int Start, int Length, int Phrase)> correct, int start, int end)
    {
        foreach (var (s, l, _) in correct)
            if (s <= start && end <= s + l) return true;
        return false;
    }
}
