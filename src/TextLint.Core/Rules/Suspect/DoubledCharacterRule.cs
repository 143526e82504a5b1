using TextLint.Core.Findings;
using TextLint.Core.Normalization;
using TextLint.Core.Rules.Patterns;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// <c>repeat.doubled</c>: a character typed twice where one word ends or begins (会议室室, 推进进, 名单单).
/// <c>repeat.char</c> checks a short list of function characters by hand; any other character doubles
/// legitimately far more often (人民|民主, 小学|学生, 天天, 清清楚楚), so here the word statistics decide: the pair
/// is reported only when the best segmentation of the clause around it leaves one of the two standing
/// alone, and the clause without it reads better by more than the cost of a slip (the same noisy-channel
/// comparison as the protected phrases' near-misses). A pair that is a word (人人, 天天), part of AABB
/// (认认真真) or of a longer run, or a given name after a surname (王芳芳), is left alone. The lexicon loads
/// on the first doubled pair.
/// </summary>
public sealed class DoubledCharacterRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "repeat.doubled", "repeat", Severity.Warning, "词语多字（字重复）",
        "疑似多字：“{0}”应为“{1}”",
        "同一个字连续出现两次，其中一个不与上下文成词，去掉后语句通顺（如“会议室室”“推进进”），多为输入时误敲。依据词频判断，排除叠词、ABB/AABB 式和两个词在同一字上相接（如“小学学生”）。",
        "会议室室 → 会议室");

    /// <summary>Han characters taken on each side of the pair.</summary>
    private const int Reach = 8;

    private readonly ClauseStatistics _statistics;

    /// <summary>A rule over <see cref="Lexicon.Default"/>.</summary>
    public DoubledCharacterRule() : this(() => Lexicon.Default) { }

    /// <summary>A rule over a given lexicon (loaded on first use).</summary>
    public DoubledCharacterRule(Func<Lexicon> lexicon)
    {
        _statistics = new ClauseStatistics(lexicon);
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor) || Recurrence.IndexOf(text, 0, 1, 1) < 0) return;
        var normalized = findings.Fold(text, out var owned);
        using var _ = owned;
        var folded = normalized.Folded;
        for (int i = Recurrence.IndexOf(folded, 0, 1, 1); i >= 0; i = Recurrence.IndexOf(folded, i + 1, 1, 1))
        {
            if (!IsCandidate(folded, i)) continue;
            // A pair in text a surer rule has judged is settled before any segmenting. One copy may end or
            // begin a protected phrase written right and the other lie outside it (人民法院院, 形式主义义): that
            // copy is still for this rule to judge.
            if (Covered(findings, normalized, i) && Covered(findings, normalized, i + 1)) continue;
            if (Doubled(folded, i) is not var (wordStart, wordEnd)) continue;
            var (start, length) = normalized.MapSpan(wordStart, wordEnd - wordStart);
            int lone = wordEnd == i + 2 ? i + 1 : i; // the copy that stands alone (see Doubled)
            if (length != wordEnd - wordStart || Covered(findings, normalized, lone)) continue;
            var found = text.AsSpan(start, length);
            int extraAt = normalized.SourceIndexOf(i + 1) - start;
            string suggestion = string.Concat(found[..extraAt], found[(extraAt + 1)..]);
            findings.Report(Descriptor, start, length, [suggestion]);
        }
    }

    /// <summary>Whether folded character <paramref name="i"/> lies in text a surer rule has covered or reported.</summary>
    private static bool Covered(BlockFindings findings, NormalizedText normalized, int i)
    {
        var (start, length) = normalized.MapSpan(i, 1);
        return findings.Overlaps(start, length);
    }

    /// <summary>A pair of equal Han characters at <paramref name="i"/> that is not a run, AABB, a word or a name.</summary>
    private bool IsCandidate(ReadOnlySpan<char> folded, int i)
    {
        char c = folded[i];
        if (!CharClass.IsHan(c)) return false;
        if (i > 0 && folded[i - 1] == c) return false;                          // a run of three or more
        if (i + 2 < folded.Length && folded[i + 2] == c) return false;
        if (i + 3 < folded.Length && folded[i + 2] == folded[i + 3]) return false; // 认认真真 (opens AABB)
        if (i >= 2 && folded[i - 2] == folded[i - 1]) return false;               // 实实在在 (closes it)
        if (_statistics.Lexicon.Contains(folded.Slice(i, 2))) return false;          // 人人, 天天, 常常
        if (i > 0 && PersonName.StartsAt(folded, i - 1)) return false;           // 王芳芳强调
        if (i > 0 && IsCountWord(folded[i - 1])) return false;                   // 一剂剂良方, 一个个, 一项项
        if (i + 2 < folded.Length && folded[i + 2] == '长' && UnitCharacters.Contains(c)) return false; // 综合股股长, 法庭庭长
        return true;
    }

    /// <summary>
    /// Last characters of organs and units that also open their head's title with 长: 综合股|股长, 人民法庭|庭长,
    /// 某银行|行长 are an organ's name and its head, however rare the lexicon finds the name.
    /// </summary>
    private const string UnitCharacters = "股科处局组队所站院部厅会社团校班庭行馆园台区县市省乡镇村州旗盟连排营师军室";

    /// <summary>A numeral or 每/几 before a doubled measure word: 一个个, 一次次, 每每, 几番番 read "one after another".</summary>
    private static bool IsCountWord(char c) => "一二两三四五六七八九十百千万几每".Contains(c);

    /// <summary>
    /// The word the doubled character belongs to, with the extra copy (a span of the folded text), or
    /// null when the clause reads as well with both copies.
    /// </summary>
    private (int Start, int End)? Doubled(ReadOnlySpan<char> folded, int i)
    {
        var (from, to) = ClauseStatistics.Window(folded, i, i + 2, Reach);
        var written = folded.Slice(from, to - from);
        int at = i - from;

        var segmenter = _statistics.Segmenter;
        Span<bool> boundaries = stackalloc bool[written.Length + 1];
        double asWritten = segmenter.BoundariesAndScore(written, boundaries);
        bool secondAlone = boundaries[at + 1] && boundaries[at + 2];
        bool firstAlone = boundaries[at] && boundaries[at + 1];
        // Exactly one copy may stand alone: 小学|学生 has both in words, and a pair standing alone together
        // is a reduplication of its own (芳芳, 贵贵的, 试试看), however rare the lexicon finds it.
        if (secondAlone == firstAlone) return null;

        Span<char> without = stackalloc char[written.Length - 1];
        written[..(at + 1)].CopyTo(without);
        written[(at + 2)..].CopyTo(without[(at + 1)..]);
        if (!_statistics.ReadsBetter(without, asWritten)) return null;

        // Report the word the lone copy leans on with it: 会议室 + 室, or 室 + 室内.
        int start = at, end = at + 2;
        if (secondAlone) while (start > 0 && !boundaries[start]) start--;
        else while (end < written.Length && !boundaries[end]) end++;
        return (from + start, from + end);
    }
}
