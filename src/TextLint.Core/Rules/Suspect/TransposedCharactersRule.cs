using System.Numerics;
using TextLint.Core.Findings;
using TextLint.Core.Rules.Patterns;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// <c>typo.transposed</c>: two adjacent characters typed in the wrong order where the right order is a
/// common word (贯彻实落 → 落实, 全安教育 → 安全, 突出题问 → 问题). Sound- and shape-alike checks cannot see
/// these: every character is right, only the order is not. Precision first, as for <c>repeat.doubled</c>:
/// the pair is reported only when the best segmentation of the clause leaves both characters standing
/// alone, the clause with the two swapped reads better by more than a slip's cost, and the pair is not
/// a place or person's name (before 村, 镇, 路 …; after a surname) or part of a current word that jieba
/// lacks (政民互动, from <c>dictionaries/modern-words.txt</c>). Candidates are found with a small table of
/// the reversed common two-character words behind two bit filters, so ordinary text costs about one
/// cached probe per character pair; the lexicon loads on the first candidate.
/// </summary>
public sealed class TransposedCharactersRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "typo.transposed", "typo", Severity.Warning, "字序颠倒",
        "疑似字序颠倒：“{0}”应为“{1}”",
        "相邻两个字顺序颠倒，对调后构成常用词且语句通顺（如“实落”→“落实”、“全安”→“安全”），多为输入时误敲。依据词频判断，两字本身成词或与上下文成词时不报告。",
        "贯彻实落会议精神 → 贯彻落实会议精神");

    /// <summary>Two-character words at least this frequent in the lexicon are targets (落实, 安全, 职能 …).</summary>
    internal const int MinTargetFrequency = 200;

    /// <summary>The pair as written counts as a word from this frequency on.</summary>
    internal const int MinWrittenFrequency = 20;

    /// <summary>Suffixes that make new words of whatever precedes them (均质性, 可视化): X性 is no slip of 性X.</summary>
    private const string ProductiveSuffixes = "性化者式型率度感";

    /// <summary>Han characters taken on each side of the pair.</summary>
    private const int Reach = 6;

    private readonly ClauseStatistics _statistics;
    private readonly Lazy<ReversedWords> _reversedTargets;

    /// <summary>A rule over <see cref="Lexicon.Default"/>.</summary>
    public TransposedCharactersRule() : this(() => Lexicon.Default) { }

    /// <summary>A rule over a given lexicon (loaded on first use).</summary>
    public TransposedCharactersRule(Func<Lexicon> lexicon)
    {
        _statistics = new ClauseStatistics(lexicon);
        _reversedTargets = new Lazy<ReversedWords>(() => ReversedTargets(_statistics.Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor) || !CharClass.HasHanPair(text)) return;
        var normalized = findings.Fold(text, out var owned);
        using var _ = owned;
        var folded = normalized.Folded;
        var targets = _reversedTargets.Value;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            char a = folded[i], b = folded[i + 1];
            if (a == b || !CharClass.IsHan(a) || !CharClass.IsHan(b) || !targets.Contains(a, b)) continue;
            // Text a surer rule has judged (以人民为中心, a protected formulation written right) is settled before
            // any segmenting: in government text most candidates lie in such phrases.
            var (start, length) = normalized.MapSpan(i, 2);
            if (length != 2 || findings.Overlaps(start, length)) continue;
            if (!IsTransposed(folded, i)) continue;
            findings.Report(Descriptor, start, length, [string.Concat(text[start + 1].ToString(), text[start].ToString())]);
            i++;
        }
    }

    /// <summary>Whether the clause around the pair at <paramref name="i"/> reads as the pair swapped.</summary>
    private bool IsTransposed(ReadOnlySpan<char> folded, int i)
    {
        if (i + 2 < folded.Length && PlaceSuffixes.Contains(folded[i + 2])) return false; // 小庄村, 李集镇
        if (i > 0 && PersonName.IsSurname(folded[i - 1])) return false;                  // 王丽艳
        // The second character starts a word with the next (国家|发展): a misplaced character does not, since what
        // follows belonged after the other one. One probe instead of a segmentation, which most candidates of
        // ordinary text would otherwise need.
        if (i + 2 < folded.Length && _statistics.Lexicon.FrequencyOf(folded.Slice(i + 1, 2)) >= MinWrittenFrequency) return false;
        var (from, to) = ClauseStatistics.Window(folded, i, i + 2, Reach);
        var written = folded.Slice(from, to - from);
        int at = i - from;

        var segmenter = _statistics.Segmenter;
        Span<bool> boundaries = stackalloc bool[written.Length + 1];
        double asWritten = segmenter.BoundariesAndScore(written, boundaries);
        // Both must stand alone, or together as the rare word the pair spells (实落): 国家|安全 has each in a
        // word, 念|观光|学 the second.
        if (!boundaries[at] || !boundaries[at + 2]) return false;
        if (ModernWords.Covers(folded, i, 2)) return false;                               // 政民互动

        Span<char> swapped = stackalloc char[written.Length];
        written.CopyTo(swapped);
        (swapped[at], swapped[at + 1]) = (swapped[at + 1], swapped[at]);
        return _statistics.ReadsBetter(swapped, asWritten);
    }

    /// <summary>What follows a village's, town's or street's own name: the pair before it is a name, not words.</summary>
    private const string PlaceSuffixes = "村镇乡庄屯寨街路巷里湾沟岭峪坪场店集营堡";

    /// <summary>
    /// The common two-character words, each stored reversed (the pair as it appears when mistyped):
    /// <c>a &lt;&lt; 16 | b</c> for the word <c>ba</c>.
    /// </summary>
    private static ReversedWords ReversedTargets(Lexicon lexicon)
    {
        var keys = new List<uint>();
        for (int w = 0; w < lexicon.Count; w++)
        {
            var word = lexicon.WordAt(w);
            if (word.Length != 2 || word[0] == word[1] || lexicon.FrequencyAt(w) < MinTargetFrequency
                || !CharClass.IsHan(word[0]) || !CharClass.IsHan(word[1])) continue;
            // Pairs that are never candidates, settled here once instead of at every occurrence: the pair as
            // written is a word itself (议会 and 会议; a rare entry such as 实落 3 or 作工 13 in jieba is no reason to
            // trust it), or ends in a productive suffix (非均质性, 可塑化) or a place suffix (庄村).
            ReadOnlySpan<char> written = [word[1], word[0]];
            if (lexicon.FrequencyOf(written) >= MinWrittenFrequency || ProductiveSuffixes.Contains(word[0]) || PlaceSuffixes.Contains(word[0])) continue;
            keys.Add((uint)word[1] << 16 | word[0]);
        }
        return new ReversedWords(keys);
    }

    /// <summary>
    /// An open-addressing set of pair keys (0 marks an empty slot) behind two bit filters, a character that
    /// begins some key (8 KB) and the pair hashed (32 KB): nearly every pair of a text is looked up, and the
    /// filters stay in the L1 and L2 caches where the table (hundreds of KB) would miss.
    /// </summary>
    private sealed class ReversedWords
    {
        private const int FilterBits = 18;
        private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
        private readonly ulong[] _firsts = new ulong[65536 / 64]; // characters that begin some key (8 KB)
        private readonly uint[] _table;

        public ReversedWords(List<uint> keys)
        {
            _table = new uint[BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, keys.Count * 2))];
            int mask = _table.Length - 1;
            foreach (uint key in keys)
            {
                int slot = Slot(key, mask);
                while (_table[slot] != 0 && _table[slot] != key) slot = (slot + 1) & mask;
                _table[slot] = key;
                uint bit = FilterBit(key);
                _filter[bit >> 6] |= 1UL << (int)(bit & 63);
                _firsts[key >> 22] |= 1UL << (int)((key >> 16) & 63);
            }
        }

        public bool Contains(char a, char b)
        {
            if ((_firsts[a >> 6] & (1UL << (a & 63))) == 0) return false;
            uint key = (uint)a << 16 | b;
            uint bit = FilterBit(key);
            if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0) return false;
            int mask = _table.Length - 1;
            for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
            {
                uint entry = _table[slot];
                if (entry == key) return true;
                if (entry == 0) return false;
            }
        }

        private static uint FilterBit(uint key) => (key * 0x85EBCA6Bu) >> (32 - FilterBits);
    }

    private static int Slot(uint key, int mask) => (int)((key * 0x9E3779B1u) >> 8) & mask;
}
