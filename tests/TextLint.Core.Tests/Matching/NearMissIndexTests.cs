using TextLint.Core.Confusion;
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
    public void TheScansAnchorFilterLosesNothingFindWouldFind()
    {
        // Every single edit of a sample of the built-in phrases (and the phrases as written), found from the
        // anchor hits the scan keeps, must equal what Find makes of every anchor occurrence in the text.
        var dictionaries = new DictionarySet();
        dictionaries.AddBuiltIn();
        var index = new NearMissIndex(dictionaries.ProtectedPhrases, Normalizer.Default);
        var matcher = new TermMatcher([], [], Normalizer.Default, index);
        var anchorIds = index.AnchorPatterns.Select((pattern, id) => (pattern, id)).ToDictionary(a => a.pattern, a => a.id);
        int longestAnchor = index.AnchorPatterns.Max(a => a.Length);
        int compared = 0, found = 0;
        for (int p = 0; p < index.PhraseCount; p += 5)
        {
            string phrase = index.Folded(p);
            foreach (string variant in SingleEdits(phrase))
            {
                string text = "在" + variant + "的";
                var kept = new List<AnchorHit>();
                matcher.Scan(text, kept, null);
                var all = new List<AnchorHit>();
                for (int end = 1; end <= text.Length; end++)
                    for (int start = Math.Max(0, end - longestAnchor); start < end; start++)
                        if (anchorIds.TryGetValue(text[start..end], out int id)) all.Add(new AnchorHit(id, start));
                var (keptCandidates, keptCorrect) = FindWith(index, text, kept);
                var (allCandidates, allCorrect) = FindWith(index, text, all);
                Assert.True(allCandidates.SequenceEqual(keptCandidates), $"{text}: {allCandidates.Count} candidates from every anchor, {keptCandidates.Count} from the kept ones");
                Assert.Equal(allCorrect.Order(), keptCorrect.Order());
                Assert.True(kept.Count <= all.Count);
                compared++;
                found += allCandidates.Count + allCorrect.Count;
            }
        }
        Assert.True(compared > 60_000 && found > compared / 2, $"{compared} texts, {found} results");
    }

    private static (List<NearMissHit> Candidates, List<(int Start, int Length, int Phrase)> Correct) FindWith(NearMissIndex index, string text, List<AnchorHit> anchors)
    {
        var correct = new List<(int, int, int)>();
        var candidates = new List<NearMissHit>();
        index.Find(text, anchors, correct, candidates);
        return (candidates, correct);
    }

    /// <summary>The phrase, and every substitution (by its first confusable), deletion, doubling and adjacent swap of it.</summary>
    private static IEnumerable<string> SingleEdits(string phrase)
    {
        yield return phrase;
        for (int i = 0; i < phrase.Length; i++)
        {
            var alike = ConfusionSets.Default.Replacements(phrase[i]);
            if (alike.Length > 0) yield return string.Concat(phrase.AsSpan(0, i), [alike[0]], phrase.AsSpan(i + 1));
            yield return phrase.Remove(i, 1);
            yield return phrase.Insert(i, phrase[i].ToString());
            if (i + 1 < phrase.Length) yield return string.Concat(phrase.AsSpan(0, i), [phrase[i + 1], phrase[i]], phrase.AsSpan(i + 2));
        }
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
