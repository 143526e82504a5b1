using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;
using TextLint.Core.Verification;

namespace TextLint.Core.Rules;

/// <summary>
/// Turns the term hits of one block into findings: applies the user's rule settings, drops hits
/// that cut through longer words (<see cref="BoundaryVerifier"/>), and drops a hit lying inside a
/// longer or equal hit of the same category (法轮 inside 法轮功 is one finding, not two; a term in two
/// lists of one category is reported once, by the more severe entry), and a hit its sentence shows to be
/// legitimate (国家级重点实验室, 依法打击“全能神”, 1912年…中华民国; <see cref="ContextVerifier"/>).
/// </summary>
public sealed class DictionaryRule(RuleSettings settings, BoundaryVerifier verifier)
{
    /// <summary>
    /// Listed corruptions of protected names this long are kept without segmentation, as terms of four
    /// characters are: the list holds no form that lies inside a dictionary word (tools/check_dictionaries.py
    /// checks it), while segmenting around a corrupted name misleads — 内蒙古自冶区 splits as 内蒙古自/冶/区
    /// because jieba lists 内蒙古自, and 宁夏回族自冶区党委 ends in the word 区党委.
    /// </summary>
    private const int SelfEvidentProtectedLength = 3;

    /// <summary>
    /// Findings for <paramref name="hits"/> (folded coordinates of <paramref name="normalized"/>), in block order.
    /// Returns the folded spans it reported, with their category.
    /// </summary>
    public List<(int Start, int End, string Category)> Report(List<TermHit> hits, NormalizedText normalized, FindingLocator locator, DocumentFindings output)
    {
        // Hits come sorted by start, longer first, so a hit lies inside an earlier kept hit of its
        // category exactly when that category's furthest kept end reaches past it: O(1) per hit.
        var furthestKeptEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<(int Start, int End, string Category)>();
        var boundaries = verifier.ForText();
        foreach (var hit in hits)
        {
            bool? standsAlone = null;
            int end = hit.Start + hit.Length;
            foreach (var entry in hit.Entries)
            {
                var severity = settings.Resolve(entry.RuleId, entry.Severity);
                if (severity is null || output.IsFull(entry.RuleId)) continue;
                if (furthestKeptEnd.TryGetValue(entry.Category, out int keptEnd) && keptEnd >= end) continue;
                if (ContextVerifier.Clears(entry, normalized.Folded, hit.Start, hit.Length))
                {
                    output.Cover(locator, normalized, hit.Start, hit.Length);
                    continue;
                }
                standsAlone ??= (entry.RuleId == DictionaryRules.TypoProtected.Id && hit.Length >= SelfEvidentProtectedLength)
                                || boundaries.StandsAlone(normalized.Folded, hit.Start, hit.Length, entry.Category is "typo" or "usage" && entry.Suggestions.Count > 0 ? entry.Suggestions[0] : null);
                if (standsAlone == false) break;
                // 政治协商议会: the "missing" 会 stands right behind the hit, so it was moved; the finding takes it in.
                bool moved = DisplacedCharacter.Follows(normalized.Folded, hit.Start, hit.Length, entry, out char displaced);
                int reportEnd = moved ? end + 1 : end;
                furthestKeptEnd[entry.Category] = Math.Max(keptEnd, reportEnd);
                kept.Add((hit.Start, reportEnd, entry.Category));
                var (blockStart, blockLength) = normalized.MapSpan(hit.Start, reportEnd - hit.Start);
                var descriptor = DictionaryRules.For(entry.RuleId, entry.Category, entry.Severity);
                output.Add(locator.Create(descriptor, severity.Value, blockStart, blockLength, entry.Suggestions, moved ? $"「{displaced}」字位置颠倒" : entry.Note));
            }
        }
        return kept;
    }
}
