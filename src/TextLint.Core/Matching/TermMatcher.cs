using System.Runtime.InteropServices;
using TextLint.Core.Dictionaries;
using TextLint.Core.Normalization;

namespace TextLint.Core.Matching;

/// <summary>A dictionary hit in folded coordinates, with every entry whose term folds to the matched pattern.</summary>
public readonly record struct TermHit(int Start, int Length, IReadOnlyList<DictionaryEntry> Entries);

/// <summary>
/// All dictionary terms and allowed phrases compiled into ONE automaton (adding a list never adds a
/// pass). Terms are folded with the same <see cref="Normalizer"/> as the text, so lists are written
/// once in simplified Chinese. Immutable and thread-safe once built.
/// </summary>
public sealed class TermMatcher
{
    private static readonly IReadOnlyList<DictionaryEntry> NoEntries = [];

    private readonly AhoCorasickAutomaton _automaton;
    private readonly IReadOnlyList<DictionaryEntry>[] _entriesByPattern;
    // Read for every match, so kept flat rather than asked of the automaton or the entry list, and in
    // one entry per pattern: a page's matches are mostly near-miss anchors scattered over some
    // hundred thousand patterns, and four arrays cost four cache misses where one entry costs one.
    private readonly PatternInfo[] _patterns;
    private readonly bool _hasAnchors;

    /// <summary>What Scan needs to know of a pattern.</summary>
    /// <param name="Length">The pattern's length.</param>
    /// <param name="AnchorPlusOne">Anchor index + 1 when the pattern is an anchor of <see cref="NearMisses"/>, else 0.</param>
    /// <param name="IsTerm">The pattern has dictionary entries (it may also, or only, be an allowed phrase or an anchor).</param>
    /// <param name="IsAllowedPhrase">The pattern is an allowed phrase.</param>
    /// <param name="Anchor">The anchor's quick test (kept here: the pattern's entry is read anyway, the index's would be one more cache miss).</param>
    private readonly record struct PatternInfo(int Length, int AnchorPlusOne, bool IsTerm, bool IsAllowedPhrase, AnchorFilter Anchor);

    // Scratch space of Scan, reused by every call on a thread (the matcher is shared and immutable;
    // see ThreadScratch).
    // One thread-static object rather than a field each: with the JIT on Linux every thread-static read
    // is a call into the runtime, and Scan runs for every block of every page.
    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public List<(int Id, int End)>? Matches;
        public List<(int Start, int End)>? Allowed;
        public List<long>? AnchorKeys;
        public List<int>? AnchorIds;
        public int[]? StartCounts;
    }

    /// <summary>The protected phrases whose anchors share the automaton, if any.</summary>
    public NearMissIndex? NearMisses { get; }

    /// <summary>The folding shared by terms and text.</summary>
    public Normalizer Normalizer { get; }

    /// <summary>Number of distinct folded patterns in the automaton.</summary>
    public int PatternCount => _automaton.PatternCount;

    /// <summary>Compiles <paramref name="entries"/>, <paramref name="allowedPhrases"/> and the anchors of <paramref name="nearMisses"/> into one automaton.</summary>
    public TermMatcher(IEnumerable<DictionaryEntry> entries, IEnumerable<string> allowedPhrases, Normalizer normalizer, NearMissIndex? nearMisses = null)
    {
        NearMisses = nearMisses;
        Normalizer = normalizer;
        var builder = new AhoCorasickBuilder();
        var entriesById = new List<List<DictionaryEntry>?>();
        var allowedIds = new HashSet<int>();
        foreach (var entry in entries)
        {
            string folded = normalizer.FoldPattern(entry.Term);
            if (folded.Length == 0) continue;
            int id = builder.Add(folded);
            while (entriesById.Count <= id) entriesById.Add(null);
            (entriesById[id] ??= []).Add(entry);
        }
        foreach (var phrase in allowedPhrases)
        {
            string folded = normalizer.FoldPattern(phrase);
            if (folded.Length == 0) continue;
            allowedIds.Add(builder.Add(folded));
        }
        var anchorIds = new List<int>();
        if (nearMisses is not null)
            foreach (var anchor in nearMisses.AnchorPatterns) anchorIds.Add(builder.Add(anchor)); // already folded
        _automaton = builder.Build();
        var anchorOfPattern = new int[_automaton.PatternCount];
        for (int a = 0; a < anchorIds.Count; a++) anchorOfPattern[anchorIds[a]] = a + 1;
        _hasAnchors = anchorIds.Count > 0;
        _entriesByPattern = new IReadOnlyList<DictionaryEntry>[_automaton.PatternCount];
        _patterns = new PatternInfo[_automaton.PatternCount];
        for (int id = 0; id < _automaton.PatternCount; id++)
        {
            _entriesByPattern[id] = id < entriesById.Count && entriesById[id] is { } list
                ? list.OrderByDescending(e => e.Severity).ToArray() // most severe first: it wins a tie
                : NoEntries;
            _patterns[id] = new PatternInfo(_automaton.GetPatternLength(id), anchorOfPattern[id],
                IsTerm: _entriesByPattern[id].Count > 0, IsAllowedPhrase: allowedIds.Contains(id),
                Anchor: anchorOfPattern[id] != 0 ? nearMisses!.Filter(anchorOfPattern[id] - 1) : default);
        }
    }

    /// <summary>
    /// Scans folded text once and returns the term hits that do not lie inside an allowed phrase,
    /// ordered by start, longer first.
    /// </summary>
    public List<TermHit> Scan(ReadOnlySpan<char> folded) => Scan(folded, null, null);

    /// <summary>
    /// Scans folded text once: returns the term hits as <see cref="Scan(ReadOnlySpan{char})"/> does, adds
    /// every anchor occurrence of <see cref="NearMisses"/> that its <see cref="AnchorFilter"/> admits to
    /// <paramref name="anchorHits"/> (in order of end) and
    /// every allowed phrase occurrence to <paramref name="allowedSpans"/>.
    /// </summary>
    public List<TermHit> Scan(ReadOnlySpan<char> folded, List<AnchorHit>? anchorHits, List<(int Start, int End)>? allowedSpans)
    {
        var scratch = t_scratch ??= new Scratch();
        var matches = ThreadScratch.List(ref scratch.Matches, folded.Length);
        // Unordered: everything below sorts what it needs, so a long text can take the
        // automaton's interleaved scan.
        var sink = new CollectingSink(matches);
        _automaton.ScanUnordered(folded, ref sink);
        if (matches.Count == 0) return [];
        ReadOnlySpan<(int Id, int End)> raw = CollectionsMarshal.AsSpan(matches);

        // Allowed phrases as (start, end) sorted by start; a sweep keeps the furthest end of the
        // allowed spans that start at or before each hit, so filtering is linear after sorting.
        var allowed = ThreadScratch.List(ref scratch.Allowed, folded.Length);
        // Anchor hits as (end << 32 | start) keys beside their anchors: one pattern is one anchor, so
        // the key orders them completely, and a span of longs sorts several times faster than tuples
        // through their comparer (that sort was a tenth of Lint on a 2 M-char text, whose long scan
        // delivers matches out of order).
        var anchorKeys = ThreadScratch.List(ref scratch.AnchorKeys, folded.Length);
        var anchorIds = ThreadScratch.List(ref scratch.AnchorIds, folded.Length);
        bool collectAnchors = anchorHits is not null && _hasAnchors;
        var patterns = _patterns;
        foreach (var (id, end) in raw)
        {
            var pattern = patterns[id];
            if (pattern.IsAllowedPhrase) allowed.Add((end - pattern.Length, end));
            if (collectAnchors && pattern.AnchorPlusOne != 0 && pattern.Anchor.Admits(folded, end - pattern.Length, end))
            {
                anchorKeys.Add((long)end << 32 | (uint)(end - pattern.Length));
                anchorIds.Add(pattern.AnchorPlusOne - 1);
            }
        }
        allowed.Sort();
        allowedSpans?.AddRange(allowed);
        if (anchorKeys.Count > 0)
        {
            // In order of end and, at one end, longest (smallest start) first, as promised.
            var keys = CollectionsMarshal.AsSpan(anchorKeys);
            var anchors = CollectionsMarshal.AsSpan(anchorIds);
            if (!IsAscending(keys)) keys.Sort(anchors);
            for (int i = 0; i < keys.Length; i++) anchorHits!.Add(new AnchorHit(anchors[i], (int)(uint)keys[i]));
        }

        // Rules want start order, longest first within a start: a counting sort by start gives
        // start order in linear time. Within one start the raw order decides; walking the raw
        // matches backwards makes it longest first whenever they came in order of end (always for
        // a short text), and an insertion pass repairs the few places where they did not.
        var startCounts = folded.Length <= ThreadScratch.MaxTextLength
            ? (scratch.StartCounts ??= new int[ThreadScratch.MaxTextLength + 1]).AsSpan(0, folded.Length + 1)
            : new int[folded.Length + 1];
        startCounts.Clear();
        int termMatches = 0;
        foreach (var (id, end) in raw)
        {
            var pattern = patterns[id];
            if (!pattern.IsTerm) continue;
            startCounts[end - pattern.Length + 1]++;
            termMatches++;
        }
        for (int i = 1; i < startCounts.Length; i++) startCounts[i] += startCounts[i - 1];
        // Sorted straight into the list that is returned.
        var hits = new List<TermHit>(termMatches);
        CollectionsMarshal.SetCount(hits, termMatches);
        Span<TermHit> sorted = CollectionsMarshal.AsSpan(hits);
        for (int r = raw.Length - 1; r >= 0; r--)
        {
            var (id, end) = raw[r];
            var pattern = patterns[id];
            if (!pattern.IsTerm) continue;
            int length = pattern.Length;
            int start = end - length;
            sorted[startCounts[start]++] = new TermHit(start, length, _entriesByPattern[id]);
        }
        for (int i = 1; i < sorted.Length; i++)
        {
            // Hits with one start and one length are one pattern at one place, which the scan
            // reports once, so (start, longer first) is a total order.
            var hit = sorted[i];
            int j = i - 1;
            if (sorted[j].Start != hit.Start || sorted[j].Length > hit.Length) continue;
            while (j >= 0 && sorted[j].Start == hit.Start && sorted[j].Length < hit.Length)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = hit;
        }
        if (allowed.Count == 0) return hits;

        // Drop the hits inside an allowed phrase, compacting in place.
        int kept = 0, next = 0, furthestAllowedEnd = -1;
        foreach (var hit in sorted)
        {
            while (next < allowed.Count && allowed[next].Start <= hit.Start)
                furthestAllowedEnd = Math.Max(furthestAllowedEnd, allowed[next++].End);
            if (furthestAllowedEnd < hit.Start + hit.Length) sorted[kept++] = hit;
        }
        hits.RemoveRange(kept, hits.Count - kept);
        return hits;
    }

    private static bool IsAscending(ReadOnlySpan<long> keys)
    {
        for (int i = 1; i < keys.Length; i++)
            if (keys[i] < keys[i - 1]) return false;
        return true;
    }

    private readonly struct CollectingSink(List<(int Id, int End)> matches) : IMatchSink
    {
        public readonly List<(int Id, int End)> Matches = matches;
        public readonly void OnMatch(int patternId, int end) => Matches.Add((patternId, end));
    }
}
