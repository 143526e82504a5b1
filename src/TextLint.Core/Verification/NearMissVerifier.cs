using TextLint.Core.Dictionaries;
using TextLint.Core.Matching;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Verification;

/// <summary>
/// Decides which near-miss candidates of protected phrases are real slips. A candidate is dropped
/// when the text there is correct after all:
/// <list type="number">
/// <item>it lies inside an allowed phrase, or overlaps a dictionary finding (which already says it);</item>
/// <item>the correct phrase itself overlaps it (中华人民共和国 followed by 国务院), or it lies inside a correct
/// occurrence of another protected phrase; a candidate resting on weak evidence (an unrelated character,
/// <see cref="NearMissIndex.IsWeak"/>) is dropped as soon as another protected phrase overlaps it by two
/// characters (中华人民共和国刑法 is not a slip of 中华人民共和国宪法);</item>
/// <item>its missing character is the phrase's last, and the phrase's own words put a boundary before it or it is an
/// organ's or a system's suffix (市场监督管理 before 部门 is no 市场监督管理局 cut short);</item>
/// <item>its missing character is the phrase's first and nothing written comes before it in the clause (为群众办实事
/// opening a clause is not 我为群众办实事 without 我);</item>
/// <item>it is a missing function character that is a word of its own in the phrase (党全面领导 for 党的全面领导,
/// 发展改革委员会 for 发展和改革委员会: paraphrases, not slips);</item>
/// <item>the text found is itself a protected phrase (陕西省 for 山西省) or a word of the lexicon;</item>
/// <item>the best segmentation of the sentence around it does not put word boundaries at both of its ends
/// (it cuts through a longer word);</item>
/// <item>the span reads as ordinary text at least as well as "the phrase, with one slip" does: a noisy-channel
/// comparison of unigram word log probabilities (心想事情 is 心想 + 事情, not a slip of 心想事成; 和社会 is
/// 和 + 社会, not 和谐社会 with 谐 missing).</item>
/// </list>
/// The lexicon loads on the first candidate that gets that far, never before.
/// </summary>
public sealed class NearMissVerifier
{
    private const int WindowRadius = 12;

    // Function characters: a phrase without one that stands as a word of its own reads as the same phrase.
    private const string FunctionCharacters = "的之和与及地得了对";

    // Last characters that name an organ or a system: a phrase without one is another organ's name or a shorter term.
    private const string OrganSuffixes = "部局厅委办院会处科所站队组团社室署司制法险";

    /// <summary>Frequency a name or formulation counts with when the lexicon has it rarer or not at all.</summary>
    internal const double NameFrequency = 1000;

    /// <summary>Log cost of one slip (a confusable character, a missing, extra or swapped one): about one in a thousand.</summary>
    internal const double EditLogCost = 7.0;

    /// <summary>Log cost of a slip to an unrelated character, allowed in long names only.</summary>
    internal const double WeakEditLogCost = 9.0;

    private readonly NearMissIndex _index;
    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<WindowSegmenter> _segmenter;

    /// <summary>A verifier for candidates of <paramref name="index"/>, segmenting with <paramref name="lexicon"/> (loaded on first use).</summary>
    public NearMissVerifier(NearMissIndex index, Func<Lexicon> lexicon)
    {
        _index = index;
        _lexicon = new Lazy<Lexicon>(lexicon, LazyThreadSafetyMode.ExecutionAndPublication);
        _segmenter = new Lazy<WindowSegmenter>(() => new WindowSegmenter(_lexicon.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The index whose candidates this verifier checks.</summary>
    public NearMissIndex Index => _index;

    /// <summary>Whether <paramref name="hit"/> in folded <paramref name="text"/> is a real near-miss.</summary>
    /// <param name="text">The folded text.</param>
    /// <param name="hit">The candidate.</param>
    /// <param name="correct">Correct occurrences of protected phrases in the text, sorted by start.</param>
    /// <param name="blocked">Spans no near-miss may overlap (allowed phrases, dictionary findings), sorted by start.</param>
    public bool IsReal(ReadOnlySpan<char> text, in NearMissHit hit, List<(int Start, int Length, int Phrase)> correct, List<(int Start, int End)> blocked)
    {
        int start = hit.Start, end = hit.Start + hit.Length;
        // Both lists are sorted by start; only entries starting less than their longest length before the
        // candidate can reach it.
        for (int i = LowerBound(blocked, start - MaxLength(blocked)); i < blocked.Count && blocked[i].Start < end; i++)
            if (start < blocked[i].End) return false;

        bool weak = _index.IsWeak(hit);
        for (int i = LowerBound(correct, start - _index.MaxPhraseLength); i < correct.Count && correct[i].Start < end; i++)
        {
            var (cs, cl, cp) = correct[i];
            int ce = cs + cl;
            int overlap = Math.Min(end, ce) - Math.Max(start, cs);
            if (overlap <= 0) continue;
            if (cp == hit.Phrase) return false;
            if (cs <= start && end <= ce) return false;
            // A common term written right (社会保障, a warning-level phrase) does not vouch against a slip in
            // an error-level name around it (人力资源与社会保障局).
            if (weak && overlap >= 2 && _index.Source(cp).Severity >= _index.Source(hit.Phrase).Severity) return false;
        }

        // Two right names side by side (临沂市莒县: 莒县 is a county of 日照市) are no missing or extra character of a
        // third (临沂市莒南县): whether they belong together is typo.division-parent's question. A confusable
        // character in place of another (湖南省彬州市 for 湖南省郴州市) still reads as the slip.
        if (hit.Edit is NearMissEdit.Deletion or NearMissEdit.Insertion && _index.Source(hit.Phrase).Kind == ProtectedPhraseKind.Division
            && TwoDivisionsSpan(correct, start, end)) return false;

        var segmenter = _segmenter.Value;
        string phrase = _index.Folded(hit.Phrase);
        // 乡村兴振 is no deletion of 振 from 乡村兴: the "missing" character is right there, beside the span,
        // and the swap of the two explains the whole (reporting the deletion would suggest 乡村振兴振).
        if (hit.Edit == NearMissEdit.Deletion
            && ((end < text.Length && text[end] == phrase[hit.Position]) || (start > 0 && text[start - 1] == phrase[hit.Position]))) return false;
        // 为群众办实事 opening a clause is ordinary prose, not 我为群众办实事 (a campaign's name) without its first
        // character: a phrase's tail stands on its own where nothing comes before it. A first character dropped
        // mid-clause, between two others, is still a slip.
        if (hit.Edit == NearMissEdit.Deletion && hit.Position == 0 && (start == 0 || !IsHan(text[start - 1]))) return false;
        if (hit.Edit == NearMissEdit.Deletion && FunctionCharacters.Contains(phrase[hit.Position]))
        {
            // 党的全面领导 without 的 is a paraphrase; 中华人民共和国 without 和 is not (和 is inside a word there).
            var words = segmenter.Boundaries(phrase);
            if (words[hit.Position] && words[hit.Position + 1]) return false;
        }

        // A long name or formulation cut short of its last character (only those get such candidates) is a slip
        // only where the cut falls inside one of the phrase's words (中华人民共和|国 is one word, 伟大复|兴) and not
        // before an organ's or a system's suffix: what is written is otherwise a name of its own or the start of
        // another (人力资源社会保障厅, 市场监督管理部门, 安全生产责任险, 山水林田湖草 of the years before 沙).
        if (hit.Edit == NearMissEdit.Deletion && hit.Position == phrase.Length - 1
            && (OrganSuffixes.Contains(phrase[^1]) || segmenter.Boundaries(phrase)[phrase.Length - 1])) return false;

        var found = text[start..end];
        if (_index.IsPhrase(found)) return false;
        var lexicon = _lexicon.Value;
        if (lexicon.Contains(found)) return false;

        int windowStart = start, windowEnd = end;
        while (windowStart > 0 && start - windowStart < WindowRadius && IsHan(text[windowStart - 1])) windowStart--;
        while (windowEnd < text.Length && windowEnd - end < WindowRadius && IsHan(text[windowEnd])) windowEnd++;
        var boundaries = _segmenter.Value.Boundaries(text[windowStart..windowEnd]);
        if (!boundaries[start - windowStart] || !boundaries[end - windowStart]) return false;

        // Noisy channel: the slip is reported only when "the writer meant the phrase and slipped once"
        // explains the span better than "the writer meant what is written". Both sides are unigram word
        // log probabilities of the best segmentation; names and formulations count as words of at least
        // NameFrequency, however rare in the lexicon (疫情防控 post-dates jieba's corpus).
        double asWritten = segmenter.Score(found);
        var source = _index.Source(hit.Phrase);
        double asPhrase = segmenter.Score(phrase);
        if (source.Kind != ProtectedPhraseKind.Idiom)
            asPhrase = Math.Max(asPhrase, Math.Log(NameFrequency) - Math.Log(lexicon.TotalFrequency));
        double editCost = weak ? WeakEditLogCost : EditLogCost;
        if (asPhrase - editCost <= asWritten) return false;
        return true;
    }

    /// <summary>Whether correct occurrences of two division names, one right after the other, make up exactly [start, end).</summary>
    private bool TwoDivisionsSpan(List<(int Start, int Length, int Phrase)> correct, int start, int end)
    {
        for (int i = LowerBound(correct, start); i < correct.Count && correct[i].Start == start; i++)
        {
            var (_, length, phrase) = correct[i];
            if (_index.Source(phrase).Kind != ProtectedPhraseKind.Division) continue;
            int middle = start + length;
            for (int j = LowerBound(correct, middle); j < correct.Count && correct[j].Start == middle; j++)
                if (middle + correct[j].Length == end && _index.Source(correct[j].Phrase).Kind == ProtectedPhraseKind.Division)
                    return true;
        }
        return false;
    }

    private static int MaxLength(List<(int Start, int End)> spans)
    {
        int max = 0;
        foreach (var (s, e) in spans) max = Math.Max(max, e - s);
        return max;
    }

    private static int LowerBound(List<(int Start, int End)> spans, int start)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (spans[mid].Start < start) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int LowerBound(List<(int Start, int Length, int Phrase)> spans, int start)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (spans[mid].Start < start) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
