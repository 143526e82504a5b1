// Invariant under test: TermMatcher.Scan returns the same hits in the same order (start
// ascending, longer first; nothing inside an allowed phrase) and the same anchor hits (in order
// of end) whether the automaton scanned the text in one stream or in interleaved chunks.

using System.Text;
using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Core.Tests.Matching;

public class TermMatcherTests
{
    private static readonly string[] Terms = ["中华", "中华人民", "人民", "人民共和国", "共和", "和国", "国", "北朝鲜", "朝鲜"];
    private static readonly string[] AllowedPhrases = ["人民共和"];

    private static readonly NearMissIndex NearMisses = new(
        [new ProtectedPhrase("中华人民共和国", ProtectedPhraseKind.Name, Severity.Error, "t:1")], Normalizer.Default);

    private static readonly TermMatcher Matcher = new(
        Terms.Select(t => new DictionaryEntry(t, "test.rule", "test", Severity.Warning, [], null, "t")),
        AllowedPhrases, Normalizer.Default, NearMisses);

    private static List<(int Start, int Length)> Occurrences(string text, string pattern)
    {
        var found = new List<(int, int)>();
        for (int i = text.IndexOf(pattern, StringComparison.Ordinal); i >= 0; i = text.IndexOf(pattern, i + 1, StringComparison.Ordinal))
            found.Add((i, pattern.Length));
        return found;
    }

    /// <summary>The hits Scan promises, by brute force.</summary>
    private static List<(int Start, int Length)> ExpectedHits(string text)
    {
        var allowed = AllowedPhrases.SelectMany(p => Occurrences(text, p)).ToList();
        return Terms.SelectMany(t => Occurrences(text, t))
            .Where(h => !allowed.Any(a => a.Start <= h.Start && h.Start + h.Length <= a.Start + a.Length))
            .OrderBy(h => h.Start).ThenByDescending(h => h.Length).ToList();
    }

    private static List<AnchorHit> ExpectedAnchors(string text) =>
        NearMisses.AnchorPatterns.SelectMany((anchor, index) => Occurrences(text, anchor).Select(o => new AnchorHit(index, o.Start)))
            .OrderBy(h => h.Start + NearMisses.AnchorPatterns[h.Anchor].Length).ThenBy(h => h.Start).ToList();

    [Theory]
    [InlineData(40)]
    [InlineData(50_000)] // long enough for the automaton's interleaved scan
    [InlineData(50_001)]
    [InlineData(50_002)]
    public void HitsAndAnchorsComeInTheirPromisedOrderForShortAndLongTexts(int length)
    {
        var random = new Random(length);
        string[] pieces = ["中华人民共和国", "中华人民", "人民共和", "北朝鲜", "朝鲜", "国", "和", "，", "中"];
        var text = new StringBuilder();
        while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
        string s = text.ToString();

        var anchors = new List<AnchorHit>();
        var allowedSpans = new List<(int Start, int End)>();
        var hits = Matcher.Scan(s, anchors, allowedSpans);

        Assert.Equal(ExpectedHits(s), hits.Select(h => (h.Start, h.Length)).ToList());
        Assert.All(hits, h => Assert.Equal(s.Substring(h.Start, h.Length), h.Entries[0].Term));
        Assert.Equal(ExpectedAnchors(s), anchors);
        Assert.Equal(Occurrences(s, "人民共和").Select(o => (o.Start, o.Start + o.Length)).ToList(), allowedSpans);
    }
}
