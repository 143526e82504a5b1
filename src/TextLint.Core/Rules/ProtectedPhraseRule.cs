using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;
using TextLint.Core.Verification;

namespace TextLint.Core.Rules;

/// <summary>
/// Turns the anchor hits of one block into near-miss findings of protected phrases: finds the
/// candidates (<see cref="NearMissIndex"/>), keeps the real ones (<see cref="NearMissVerifier"/>),
/// keeps one finding where candidates overlap (names before idioms, strong evidence before weak,
/// longer phrases first) and reports it under <c>typo.protected</c>, <c>missing-char</c> or
/// <c>extra-char</c> with the correct phrase as the suggestion.
/// </summary>
public sealed class ProtectedPhraseRule(RuleSettings settings, NearMissVerifier verifier)
{
    // typo.division-parent's severity under these settings (null: off), resolved once rather than per block.
    private readonly Severity? _divisionParentSeverity = settings.Resolve(DivisionParentRule.Descriptor.Id, DivisionParentRule.Descriptor.DefaultSeverity);

    /// <summary>Whether any of the rules reports at all under the rule settings it was made with.</summary>
    public bool Enabled =>
        settings.Resolve(DictionaryRules.TypoProtected.Id, Severity.Error) is not null
        || settings.Resolve(ProtectedPhraseRules.MissingChar.Id, Severity.Error) is not null
        || settings.Resolve(ProtectedPhraseRules.ExtraChar.Id, Severity.Error) is not null
        || _divisionParentSeverity is not null;

    // Scratch lists reused by every call on a thread (the rule is shared; see ThreadScratch): Report
    // runs for every block with an anchor hit, and most such blocks have no candidate at all.
    // One thread-static object, not two fields: each thread-static read is a runtime call under the JIT.
    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public List<(int Start, int Length, int Phrase)>? Correct;
        public List<NearMissHit>? Candidates;
    }

    /// <summary>Findings for <paramref name="anchorHits"/> (folded coordinates of <paramref name="normalized"/>).</summary>
    /// <param name="anchorHits">Anchor matches of the scan, in folded coordinates.</param>
    /// <param name="normalized">The folded view of the block.</param>
    /// <param name="locator">Places findings in the source.</param>
    /// <param name="output">Where findings go.</param>
    /// <param name="blocked">Folded spans where no near-miss is reported (allowed phrases, dictionary findings).</param>
    public void Report(List<AnchorHit> anchorHits, NormalizedText normalized, FindingLocator locator,
        List<(int Start, int End)> blocked, DocumentFindings output)
    {
        var index = verifier.Index;
        var text = normalized.Folded;
        var scratch = t_scratch ??= new Scratch();
        var correct = ThreadScratch.List(ref scratch.Correct, text.Length);
        var candidates = ThreadScratch.List(ref scratch.Candidates, text.Length);
        index.Find(text, anchorHits, correct, candidates);
        // A protected phrase written correctly is known-good text: no guessing rule may call part of it a slip
        // (以案促治 is not 以案处治, 迎峰度夏 not 迎风度夏).
        int divisions = 0;
        foreach (var (correctStart, correctLength, phrase) in correct)
        {
            output.Cover(locator, normalized, correctStart, correctLength);
            if (index.Source(phrase).Kind == ProtectedPhraseKind.Division) divisions++;
        }
        if (candidates.Count == 0 && divisions < 2) return;
        correct.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var taken = candidates.Count == 0 ? [] : ReportNearMisses(candidates, correct, normalized, locator, blocked, output);
        // Two right names that do not belong together, unless a near-miss already explains the span (湖南省彬州市 is
        // 湖南省郴州市 with one character wrong, not 彬州市 in the wrong province).
        if (divisions >= 2 && _divisionParentSeverity is { } parentSeverity)
            DivisionParentRule.Report(correct, taken, index, normalized, locator, output, parentSeverity);
    }

    /// <summary>Reports the real near-misses among <paramref name="candidates"/>; returns the folded spans reported.</summary>
    private List<(int Start, int End)> ReportNearMisses(List<NearMissHit> candidates, List<(int Start, int Length, int Phrase)> correct,
        NormalizedText normalized, FindingLocator locator, List<(int Start, int End)> blocked, DocumentFindings output)
    {
        var index = verifier.Index;
        var text = normalized.Folded;
        var taken = new List<(int Start, int End)>();
        blocked.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        var real = new List<NearMissHit>();
        foreach (var candidate in candidates)
        {
            var source = index.Source(candidate.Phrase);
            if (settings.Resolve(RuleIdOf(candidate.Edit), source.Severity) is null) continue;
            if (verifier.IsReal(text, candidate, correct, blocked)) real.Add(candidate);
        }
        if (real.Count == 0) return taken;
        if (real.Count > 1)
            real.Sort((a, b) => Rank(index, b).CompareTo(Rank(index, a)));

        foreach (var hit in real)
        {
            int end = hit.Start + hit.Length;
            if (taken.Exists(t => t.Start < end && hit.Start < t.End)) continue;
            taken.Add((hit.Start, end));
            var source = index.Source(hit.Phrase);
            var severity = settings.Resolve(RuleIdOf(hit.Edit), source.Severity)!.Value;
            var descriptor = hit.Edit switch
            {
                NearMissEdit.Deletion => ProtectedPhraseRules.MissingChar,
                NearMissEdit.Insertion => ProtectedPhraseRules.ExtraChar,
                _ when source.Kind == ProtectedPhraseKind.Idiom => ProtectedPhraseRules.IdiomTypo,
                _ => DictionaryRules.TypoProtected,
            };
            var (blockStart, blockLength) = normalized.MapSpan(hit.Start, hit.Length);
            output.Add(locator.Create(descriptor, severity, blockStart, blockLength, [source.Phrase], Note(index.Folded(hit.Phrase), hit)));
        }
        return taken;
    }

    /// <summary>The rule id a near-miss of kind <paramref name="edit"/> is reported under.</summary>
    public static string RuleIdOf(NearMissEdit edit) => edit switch
    {
        NearMissEdit.Deletion => ProtectedPhraseRules.MissingChar.Id,
        NearMissEdit.Insertion => ProtectedPhraseRules.ExtraChar.Id,
        _ => DictionaryRules.TypoProtected.Id,
    };

    private static long Rank(NearMissIndex index, NearMissHit hit)
    {
        var source = index.Source(hit.Phrase);
        long rank = (long)source.Severity << 40;
        if (source.Kind != ProtectedPhraseKind.Idiom) rank |= 1L << 39;
        if (!index.IsWeak(hit)) rank |= 1L << 38;
        rank |= (long)index.Folded(hit.Phrase).Length << 20;
        rank |= (uint)(0xFFFFF - Math.Min(hit.Start, 0xFFFFF)); // earlier first among equals
        return rank;
    }

    private static string Note(string phrase, NearMissHit hit) => hit.Edit switch
    {
        NearMissEdit.Substitution => $"「{phrase[hit.Position]}」误作「{hit.Char}」",
        NearMissEdit.Swap => $"「{phrase.Substring(hit.Position, 2)}」颠倒",
        NearMissEdit.Deletion => $"漏「{phrase[hit.Position]}」字",
        NearMissEdit.Insertion => hit.Char == phrase[hit.Position - 1] || hit.Char == phrase[hit.Position]
            ? $"「{hit.Char}」字重复" : $"多「{hit.Char}」字",
        _ => "",
    };
}
