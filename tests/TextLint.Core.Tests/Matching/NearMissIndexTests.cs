using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Core.Tests.Matching;

/// <summary>The pigeonhole index: every single edit the rules allow is found from one intact anchor, at the right span.</summary>
public class NearMissIndexTests
{
    private static readonly NearMissIndex Index = new(
        [new("中华人民共和国", ProtectedPhraseKind.Name, Severity.Error, "t:1"),
         new("齐齐哈尔市", ProtectedPhraseKind.Division, Severity.Error, "t:2"),
         new("一筹莫展", ProtectedPhraseKind.Idiom, Severity.Warning, "t:3")],
        Normalizer.Default);

    private static readonly TermMatcher Matcher = new([], [], Normalizer.Default, Index);

    private static (List<NearMissHit> Candidates, List<(int Start, int Length, int Phrase)> Correct) Find(string text)
    {
        var anchors = new List<AnchorHit>();
        Matcher.Scan(text, anchors, null);
        var correct = new List<(int, int, int)>();
        var candidates = new List<NearMissHit>();
        Index.Find(text, anchors, correct, candidates);
        return (candidates, correct);
    }

    [Theory]
    [InlineData("在中华人民共合国", "中华人民共合国", NearMissEdit.Substitution, 5)]   // right half broken
    [InlineData("在中化人民共和国", "中化人民共和国", NearMissEdit.Substitution, 1)]   // left half broken
    [InlineData("在中华民人共和国", "中华民人共和国", NearMissEdit.Swap, 2)]           // swap across the split
    [InlineData("在中华人共民和国", "中华人共民和国", NearMissEdit.Swap, 3)]
    [InlineData("在中华人民和共国", "中华人民和共国", NearMissEdit.Swap, 4)]
    [InlineData("在华中人民共和国", "华中人民共和国", NearMissEdit.Swap, 0)]
    [InlineData("在中华人民共国", "中华人民共国", NearMissEdit.Deletion, 5)]
    [InlineData("在中华民共和国", "中华民共和国", NearMissEdit.Deletion, 2)]
    [InlineData("在中华人民共共和国", "中华人民共共和国", NearMissEdit.Insertion, 5)]
    [InlineData("在中华人人民共和国", "中华人人民共和国", NearMissEdit.Insertion, 3)]
    [InlineData("在齐齐哈市", "齐齐哈市", NearMissEdit.Deletion, 3)]
    [InlineData("他一愁莫展", "一愁莫展", NearMissEdit.Substitution, 1)]
    public void EverySingleEditIsFoundAtItsSpan(string text, string written, NearMissEdit edit, int position)
    {
        var (candidates, _) = Find(text);
        var hit = Assert.Single(candidates, c => text.Substring(c.Start, c.Length) == written);
        Assert.Equal((edit, position), (hit.Edit, hit.Position));
    }

    [Fact]
    public void TheCorrectPhraseIsRecordedAndIsNoCandidate()
    {
        var (candidates, correct) = Find("中华人民共和国和一筹莫展");
        Assert.Empty(candidates);
        Assert.Equal(2, correct.Count);
    }

    [Theory]
    [InlineData("齐齐哈尔是")]   // a division's suffix is never edited
    [InlineData("齐齐哈尔")]     // nor deleted
    [InlineData("中华人民共和")] // the last character is never deleted
    [InlineData("一筹莫展展")]   // nor doubled
    [InlineData("一筹大展")]     // an idiom takes only confusable characters
    public void EditsOutsideTheRulesAreNotCandidates(string text)
    {
        Assert.Empty(Find(text).Candidates);
    }

    [Fact]
    public void AnchorsAreHalvesAndTheSwapAnchor()
    {
        Assert.Contains("中华人", Index.AnchorPatterns);
        Assert.Contains("民共和国", Index.AnchorPatterns);
        Assert.Contains("中华民", Index.AnchorPatterns);   // P[..h-1] + P[h]
        Assert.DoesNotContain("中华人民共和国", Index.AnchorPatterns);
    }
}
