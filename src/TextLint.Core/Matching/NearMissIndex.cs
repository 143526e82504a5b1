// Invariant: every near-miss of a protected phrase P (one substitution, deletion, insertion or
// adjacent swap) leaves at least one of P's anchors intact in the text — its left half P[..h), its
// right half P[h..), or, for the swap of the two characters around the split, the swapped form's
// left half — so scanning for the anchors (in TermMatcher's one automaton) and checking the few
// characters next to each anchor hit finds every near-miss the edit rules allow, and no variant is
// ever enumerated. Immutable after construction; safe to share between threads.

using TextLint.Core.Confusion;
using TextLint.Core.Dictionaries;
using TextLint.Core.Normalization;
using static TextLint.Core.Matching.AnchorFilter;

namespace TextLint.Core.Matching;

/// <summary>The single edit that turns a protected phrase into the text found.</summary>
public enum NearMissEdit
{
    /// <summary>One character replaced (<see cref="NearMissHit.Char"/> is the one written).</summary>
    Substitution,
    /// <summary>Two adjacent characters swapped (at <see cref="NearMissHit.Position"/> and the next).</summary>
    Swap,
    /// <summary>One character missing (the phrase's character at <see cref="NearMissHit.Position"/>).</summary>
    Deletion,
    /// <summary>One character too many (<see cref="NearMissHit.Char"/>, written before the phrase's character at <see cref="NearMissHit.Position"/>).</summary>
    Insertion,
}

/// <summary>
/// What an anchor's phrases need next to it, summarised so that the scan can pass over most anchor hits
/// without reading the phrases: the characters one of them needs in the two after the anchor and in the
/// two before it, each set as a 32-bit Bloom filter. A hit this rejects cannot start a correct phrase
/// or a near-miss; one it admits may still be neither.
/// </summary>
/// <param name="Always">The anchor is also a whole short phrase or a user name's variant: every hit counts.</param>
/// <param name="After">Characters a phrase of this anchor's left half needs right after it.</param>
/// <param name="Before">Characters a phrase of this anchor's right half needs right before it.</param>
public readonly record struct AnchorFilter(bool Always, uint After, uint Before)
{
    /// <summary>Whether the anchor found at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> may belong to one of its phrases.</summary>
    public bool Admits(ReadOnlySpan<char> text, int start, int end) =>
        Always
        || ((Bit(CharAt(text, end)) | Bit(CharAt(text, end + 1))) & After) != 0
        || ((Bit(CharAt(text, start - 1)) | Bit(CharAt(text, start - 2))) & Before) != 0;

    /// <summary>The filter bit of <paramref name="c"/> (a multiplicative hash: CJK code points share their low bits in long runs).</summary>
    internal static uint Bit(char c) => 1u << (int)((c * 2654435761u) >> 27);

    /// <summary>The character at <paramref name="i"/>, or '\0' outside <paramref name="text"/>.</summary>
    internal static char CharAt(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length ? text[i] : '\0';
}

/// <summary>An occurrence of an anchor pattern (folded coordinates), as reported by the scan.</summary>
public readonly record struct AnchorHit(int Anchor, int Start);

/// <summary>A near-miss of protected phrase <paramref name="Phrase"/> at [<paramref name="Start"/>, +<paramref name="Length"/>) of the folded text.</summary>
public readonly record struct NearMissHit(int Start, int Length, int Phrase, NearMissEdit Edit, int Position, char Char);

/// <summary>
/// The pigeonhole index of the protected phrases: which anchor patterns go into the automaton, and
/// how an anchor hit is checked against its phrases with a bounded, confusion-aware edit distance
/// of one. It finds candidates only; <see cref="Verification.NearMissVerifier"/> decides which are real.
/// </summary>
/// <remarks>
/// Edit rules (a near-miss outside them is not looked for):
/// <list type="bullet">
/// <item>Phrases shorter than <see cref="MinLength"/> characters get no near-misses; they are only
/// recognised as correct text.</item>
/// <item>Substitution: the written character is a sound- or shape-alike of the right one
/// (<see cref="ConfusionSets"/>); in names and formulations of <see cref="AnyHanLength"/> or more
/// characters, any Han character at an inner position (中华人民大和国).</item>
/// <item>Deletion: never in idioms; the last character only in names and formulations of
/// <see cref="LastDeletionLength"/> or more characters (in a shorter one the rest is a prefix of the phrase,
/// and ordinary text: 人民政协 is not 人民政府 without 府, 两个确保 not 两个确立, 全面从严治警 not 全面从严治党;
/// 中华人民共和 is no one's prefix);
/// the first only in phrases of five or more characters and not right after another Han character.</item>
/// <item>Swap: any two adjacent characters, except the two around the split of an idiom.</item>
/// <item>Insertion: inside the phrase only; a doubled neighbour, or in long names any Han character but a
/// function word (好, 了, 的, 和 …: 统筹好发展和安全 is a rewording).</item>
/// <item>The generic suffix of a division (市, 自治县 …) is never edited.</item>
/// </list>
/// </remarks>
public sealed class NearMissIndex
{
    /// <summary>Shortest phrase whose near-misses are looked for.</summary>
    public const int MinLength = 4;

    /// <summary>Longest phrase indexed (a user's list line beyond it is no name or formulation).</summary>
    public const int MaxLength = ushort.MaxValue;

    /// <summary>Length of the user's names whose confusable spellings are compiled as patterns (see <see cref="ProtectedPhrase.IsUser"/>).</summary>
    public const int UserNameLength = 3;

    /// <summary>Names and formulations at least this long accept any Han character as an inner substitution or insertion.</summary>
    public const int AnyHanLength = 6;

    /// <summary>Names and formulations at least this long have a near-miss with their last character missing (中华人民共和).</summary>
    public const int LastDeletionLength = 7;

    private static readonly string[] DivisionSuffixes =
        ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "新区", "地区", "矿区", "省", "市", "县", "区", "旗", "盟", "州"];

    private enum Role : byte { Left, Right, Whole, Swap, Variant }

    // Near and Far: the phrase's first two characters beyond the anchor, nearest first; Outer and
    // Inner: the two at the phrase's far end from the anchor, outermost first (its last two for a left
    // half, its first two for a right half). With one edit, Near or Far is found within the two text
    // characters next to the anchor and Outer or Inner within one of where the phrase's end falls
    // (see the quick reject in Find): a shared half such as 中华人民共和 is the left half of every law's
    // name, and the far end rejects the laws whose names are longer or shorter than the text's.
    // Length: the phrase's, kept here so that Find can place and reject a hit without reading the
    // phrase string (a cache miss per target: a page has hundreds of anchor hits). 16 bytes in all.
    private readonly record struct Target(int Phrase, Role Role, char Near, char Far, char Outer, char Inner, ushort Length);

    private readonly string[] _phrases;
    private readonly ProtectedPhrase[] _sources;
    private readonly int[] _editableEnd;
    private readonly string[] _anchorPatterns;
    private readonly int[] _targetStart; // anchor a's targets are _targets[_targetStart[a] .. _targetStart[a+1])
    private readonly Target[] _targets;
    private readonly AnchorFilter[] _filters;
    private readonly Lazy<ConfusionSets> _confusion;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    /// <summary>Builds the index of <paramref name="phrases"/>, folded with <paramref name="normalizer"/>. A phrase listed twice keeps its first, most severe entry.</summary>
    public NearMissIndex(IEnumerable<ProtectedPhrase> phrases, Normalizer normalizer, Func<ConfusionSets>? confusion = null)
    {
        _confusion = new Lazy<ConfusionSets>(confusion ?? (() => ConfusionSets.Default), LazyThreadSafetyMode.ExecutionAndPublication);
        var byFolded = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new List<string>();
        var sources = new List<ProtectedPhrase>();
        foreach (var phrase in phrases)
        {
            string f = FoldsToItself(normalizer, phrase.Phrase) ? phrase.Phrase : normalizer.FoldPattern(phrase.Phrase);
            if (f.Length is 0 or > MaxLength) continue;
            if (byFolded.TryGetValue(f, out int existing))
            {
                // A user's name that is also an idiom, a formulation listed as a name: the stricter entry wins.
                if (phrase.Severity > sources[existing].Severity || (phrase.Kind != ProtectedPhraseKind.Idiom && sources[existing].Kind == ProtectedPhraseKind.Idiom))
                    sources[existing] = phrase;
                continue;
            }
            byFolded.Add(f, folded.Count);
            folded.Add(f);
            sources.Add(phrase);
        }
        _phrases = folded.ToArray();
        _sources = sources.ToArray();
        _phraseLookup = new HashSet<string>(_phrases, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _editableEnd = new int[_phrases.Length];

        var anchorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchorPatterns = new List<string>();
        // (anchor, target) pairs, grouped by anchor below with a counting sort: one list instead of one per anchor.
        var anchorTargets = new List<(int Anchor, Target Target)>();
        int variantPosition = 0;
        void AddAnchor(string anchor, int phrase, Role role)
        {
            // The two phrase characters next to the anchor, on the side where the edit is: with one edit,
            // at least one of them is found within the two text characters there (the quick reject in Find).
            string f = _phrases[phrase];
            int half = f.Length / 2;
            var target = role switch
            {
                Role.Left => new Target(phrase, role, f[half], f[half + 1], f[^1], f[^2], (ushort)f.Length),
                Role.Right => new Target(phrase, role, f[half - 1], f[half - 2], f[0], f[1], (ushort)f.Length),
                _ => new Target(phrase, role, '\0', '\0', '\0', '\0', (ushort)f.Length),
            };
            if (role == Role.Variant) target = target with { Near = anchor[variantPosition], Far = (char)variantPosition };
            if (!anchorIds.TryGetValue(anchor, out int id))
            {
                id = anchorPatterns.Count;
                anchorIds.Add(anchor, id);
                anchorPatterns.Add(anchor);
            }
            anchorTargets.Add((id, target));
        }

        for (int p = 0; p < _phrases.Length; p++)
        {
            string phrase = _phrases[p];
            int n = phrase.Length;
            _editableEnd[p] = _sources[p].Kind == ProtectedPhraseKind.Division ? n - SuffixLength(phrase) : n;
            if (n < MinLength)
            {
                AddAnchor(phrase, p, Role.Whole);
                if (n == UserNameLength && _sources[p].IsUser && _sources[p].Kind == ProtectedPhraseKind.Name)
                {
                    // A user's three-character name: its confusable spellings, one character changed, as patterns.
                    var sets = _confusion.Value;
                    for (variantPosition = 0; variantPosition < n; variantPosition++)
                    {
                        if (!IsHan(phrase[variantPosition])) continue;
                        foreach (var alike in new[] { sets.SoundAlike(phrase[variantPosition]).ToString(), sets.ShapeAlike(phrase[variantPosition]).ToString() })
                            foreach (char c in alike)
                                AddAnchor(string.Create(n, (phrase, variantPosition, c), static (span, st) =>
                                {
                                    st.phrase.AsSpan().CopyTo(span);
                                    span[st.variantPosition] = st.c;
                                }), p, Role.Variant);
                    }
                }
                continue;
            }
            int h = n / 2;
            AddAnchor(phrase[..h], p, Role.Left);
            AddAnchor(phrase[h..], p, Role.Right);
            // The swap of the two characters around the split breaks both halves: its anchor is the
            // left half as the swap writes it, P[..h-1] + P[h], checked like a left half. Not for idioms:
            // a swap there is rare, and the extra anchors would cost a quarter of the start-up time.
            if (_sources[p].Kind != ProtectedPhraseKind.Idiom && phrase[h - 1] != phrase[h] && h < _editableEnd[p] && IsHan(phrase[h - 1]) && IsHan(phrase[h]))
                AddAnchor(string.Concat(phrase.AsSpan(0, h - 1), [phrase[h]]), p, Role.Swap);
        }

        _anchorPatterns = anchorPatterns.ToArray();
        _targetStart = new int[_anchorPatterns.Length + 1];
        foreach (var (anchor, _) in anchorTargets) _targetStart[anchor + 1]++;
        for (int a = 0; a < _anchorPatterns.Length; a++) _targetStart[a + 1] += _targetStart[a];
        _targets = new Target[anchorTargets.Count];
        var fill = _targetStart[..^1];
        foreach (var (anchor, target) in anchorTargets) _targets[fill[anchor]++] = target; // stable: keeps the order targets were added
        _filters = new AnchorFilter[_anchorPatterns.Length];
        for (int a = 0; a < _filters.Length; a++)
        {
            bool always = false;
            uint after = 0, before = 0;
            foreach (var target in _targets.AsSpan(_targetStart[a], _targetStart[a + 1] - _targetStart[a]))
            {
                switch (target.Role)
                {
                    case Role.Left: after |= AnchorFilter.Bit(target.Near) | AnchorFilter.Bit(target.Far); break;
                    case Role.Swap: after |= AnchorFilter.Bit(_phrases[target.Phrase][target.Length / 2 - 1]); break;
                    case Role.Right: before |= AnchorFilter.Bit(target.Near) | AnchorFilter.Bit(target.Far); break;
                    default: always = true; break;
                }
            }
            _filters[a] = new AnchorFilter(always, after, before);
        }
        MaxPhraseLength = _phrases.Length == 0 ? 0 : _phrases.Max(f => f.Length);
    }

    /// <summary>The anchor patterns, folded; anchor <c>i</c> is <c>AnchorPatterns[i]</c>.</summary>
    public IReadOnlyList<string> AnchorPatterns => _anchorPatterns;

    /// <summary>The quick test of anchor <paramref name="anchor"/>'s hits, for the scan to apply before they reach <see cref="Find"/>.</summary>
    public AnchorFilter Filter(int anchor) => _filters[anchor];

    /// <summary>Length of the longest phrase.</summary>
    public int MaxPhraseLength { get; }

    /// <summary>Number of distinct protected phrases.</summary>
    public int PhraseCount => _phrases.Length;

    /// <summary>The folded form of phrase <paramref name="phrase"/>.</summary>
    public string Folded(int phrase) => _phrases[phrase];

    /// <summary>The entry phrase <paramref name="phrase"/> was read from.</summary>
    public ProtectedPhrase Source(int phrase) => _sources[phrase];

    /// <summary>Whether <paramref name="text"/> is one of the protected phrases (folded).</summary>
    public bool IsPhrase(ReadOnlySpan<char> text) => _phraseLookup.Contains(text);

    /// <summary>
    /// Checks every anchor hit against its phrases. Correct occurrences of protected phrases go to
    /// <paramref name="correct"/> (start, length, phrase); near-miss candidates to <paramref name="candidates"/>,
    /// each once, ordered by start.
    /// </summary>
    public void Find(ReadOnlySpan<char> text, List<AnchorHit> anchorHits,
        List<(int Start, int Length, int Phrase)> correct, List<NearMissHit> candidates)
    {
        foreach (var hit in anchorHits)
        {
            for (int t = _targetStart[hit.Anchor]; t < _targetStart[hit.Anchor + 1]; t++)
            {
                var target = _targets[t];
                int p = target.Phrase;
                switch (target.Role)
                {
                    case Role.Whole:
                        correct.Add((hit.Start, target.Length, p));
                        break;
                    case Role.Variant:
                        candidates.Add(new NearMissHit(hit.Start, target.Length, p, NearMissEdit.Substitution, target.Far, target.Near));
                        break;
                    case Role.Swap:
                        string phrase = _phrases[p];
                        int n = phrase.Length, h = n / 2;
                        // text[start..start+h) is P[..h-1] + P[h]; the swap also needs P[h-1] and then P[h+1..].
                        int after = hit.Start + h;
                        if (after + (n - h) <= text.Length && text[after] == phrase[h - 1]
                            && text.Slice(after + 1, n - h - 1).SequenceEqual(phrase.AsSpan(h + 1)))
                            candidates.Add(new NearMissHit(hit.Start, n, p, NearMissEdit.Swap, h - 1, '\0'));
                        break;
                    case Role.Left:
                    {
                        // The edit is in the right half: the phrase ends at s+n-1 (as written, or after a
                        // substitution or a swap short of the end), s+n-2 (a deletion) or s+n (an insertion).
                        int next = hit.Start + target.Length / 2, end = hit.Start + target.Length - 1;
                        char t0 = CharAt(text, next), t1 = CharAt(text, next + 1);
                        if ((t0 == target.Near || t1 == target.Far || t0 == target.Far || t1 == target.Near)
                            && (target.Outer == CharAt(text, end) || target.Outer == CharAt(text, end - 1) || target.Outer == CharAt(text, end + 1) || target.Inner == CharAt(text, end - 1)))
                            FromLeft(text, hit.Start, p, correct, candidates);
                        break;
                    }
                    case Role.Right:
                    {
                        // The edit is in the left half: the phrase starts at b-h, b-h+1 (a deletion) or b-h-1 (an insertion).
                        int before = hit.Start, start = hit.Start - target.Length / 2;
                        char t0 = CharAt(text, before - 1), t1 = CharAt(text, before - 2);
                        if ((t0 == target.Near || t1 == target.Far || t0 == target.Far || t1 == target.Near)
                            && (target.Outer == CharAt(text, start) || target.Outer == CharAt(text, start + 1) || target.Outer == CharAt(text, start - 1)
                                || target.Inner == CharAt(text, start) || target.Inner == CharAt(text, start + 1)))
                            FromRight(text, hit.Start, p, candidates);
                        break;
                    }
                }
            }
        }
        if (candidates.Count > 1)
        {
            candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
                : a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.Phrase.CompareTo(b.Phrase));
            // The insertion at the split is seen from both halves; keep one.
            int w = 1;
            for (int r = 1; r < candidates.Count; r++)
            {
                var c = candidates[r];
                var last = candidates[w - 1];
                if (c.Start == last.Start && c.Length == last.Length && c.Phrase == last.Phrase) continue;
                candidates[w++] = c;
            }
            candidates.RemoveRange(w, candidates.Count - w);
        }
    }

    // The left half is intact at s: the edit lies in the right half, P[h..n), read from text[s+h..].
    private void FromLeft(ReadOnlySpan<char> text, int s, int p, List<(int, int, int)> correct, List<NearMissHit> candidates)
    {
        string phrase = _phrases[p];
        int n = phrase.Length, h = n / 2;
        int pos = s + h;
        var rest = phrase.AsSpan(h);
        int m = rest.Length;
        var after = text[pos..];
        int lcp = after.CommonPrefixLength(rest);
        if (lcp == m)
        {
            correct.Add((s, n, p));
            return;
        }
        int k = h + lcp; // first differing position of the phrase
        if (lcp >= after.Length) return; // text ends inside the phrase: a truncation, not an edit
        char written = after[lcp];
        // Substitution at k.
        bool substituted = after.Length >= m && after.Slice(lcp + 1, m - lcp - 1).SequenceEqual(rest[(lcp + 1)..])
            && SubstitutionAllowed(p, k, written);
        if (substituted)
            candidates.Add(new NearMissHit(s, n, p, NearMissEdit.Substitution, k, written));
        // Swap of k and k+1.
        if (lcp + 1 < m && after.Length >= m && written == rest[lcp + 1] && after[lcp + 1] == rest[lcp]
            && after.Slice(lcp + 2, m - lcp - 2).SequenceEqual(rest[(lcp + 2)..]) && SwapAllowed(p, k))
            candidates.Add(new NearMissHit(s, n, p, NearMissEdit.Swap, k, '\0'));
        // Deletion of k (the rest of the phrase follows at once). The last character written as a confusable one
        // (农业农村现代华) is that substitution, not the phrase cut short before an unrelated character.
        if (after.Length >= m - 1 && after.Slice(lcp, m - 1 - lcp).SequenceEqual(rest[(lcp + 1)..]) && DeletionAllowed(p, k)
            && !(substituted && k == n - 1))
            candidates.Add(new NearMissHit(s, n - 1, p, NearMissEdit.Deletion, k, '\0'));
        // Insertion of `written` before k.
        if (after.Length >= m + 1 && after.Slice(lcp + 1, m - lcp).SequenceEqual(rest[lcp..]) && InsertionAllowed(p, k, written))
            candidates.Add(new NearMissHit(s, n + 1, p, NearMissEdit.Insertion, k, written));
    }

    // The right half is intact at b: the edit lies in the left half, P[..h), read backwards from text[..b].
    private void FromRight(ReadOnlySpan<char> text, int b, int p, List<NearMissHit> candidates)
    {
        string phrase = _phrases[p];
        int n = phrase.Length, h = n / 2;
        var left = phrase.AsSpan(0, h);
        var before = text[..b];
        int lcs = CommonSuffixLength(before, left);
        if (lcs == h) return; // the correct phrase; FromLeft records it
        int k = h - 1 - lcs; // last differing position of the phrase
        int end = b - lcs;   // text[..end] must supply left[..k] plus the edit
        if (end == 0) return;
        char written = before[end - 1];
        // Substitution at k: text[end-1] is written for left[k]; left[..k] precedes it.
        if (end - 1 >= k && before.Slice(end - 1 - k, k).SequenceEqual(left[..k]) && SubstitutionAllowed(p, k, written))
            candidates.Add(new NearMissHit(end - 1 - k, n, p, NearMissEdit.Substitution, k, written));
        // Swap of k-1 and k.
        if (k >= 1 && end - 1 >= k && written == left[k - 1] && before[end - 2] == left[k]
            && before.Slice(end - 1 - k, k - 1).SequenceEqual(left[..(k - 1)]) && SwapAllowed(p, k - 1))
            candidates.Add(new NearMissHit(end - 1 - k, n, p, NearMissEdit.Swap, k - 1, '\0'));
        // Deletion of k: left[..k] ends at `end`. A missing first character right after another Han
        // character is more likely that character written wrong (厂西壮族自治区): not a deletion.
        if (end >= k && before.Slice(end - k, k).SequenceEqual(left[..k]) && DeletionAllowed(p, k)
            && (k > 0 || end == 0 || !IsHan(before[end - 1])))
            candidates.Add(new NearMissHit(end - k, n - 1, p, NearMissEdit.Deletion, k, '\0'));
        // Insertion of `written` after k (before k+1): left[..(k+1)] ends at end-1.
        if (end - 1 >= k + 1 && before.Slice(end - 2 - k, k + 1).SequenceEqual(left[..(k + 1)]) && InsertionAllowed(p, k + 1, written))
            candidates.Add(new NearMissHit(end - 2 - k, n + 1, p, NearMissEdit.Insertion, k + 1, written));
    }

    private bool SubstitutionAllowed(int p, int k, char written)
    {
        string phrase = _phrases[p];
        if (k >= _editableEnd[p] || !IsHan(written) || !IsHan(phrase[k])) return false;
        if (LongName(p) && k > 0 && k < phrase.Length - 1) return true;
        return _confusion.Value.AreConfusable(phrase[k], written);
    }

    private bool SwapAllowed(int p, int k)
    {
        string phrase = _phrases[p];
        return k + 1 < _editableEnd[p] && phrase[k] != phrase[k + 1] && IsHan(phrase[k]) && IsHan(phrase[k + 1]);
    }

    private bool DeletionAllowed(int p, int k)
    {
        string phrase = _phrases[p];
        int n = phrase.Length;
        // Not in idioms: an idiom less one character reads as ordinary words far too often (风吹草动 → 易被风吹动的).
        return _sources[p].Kind != ProtectedPhraseKind.Idiom && k < _editableEnd[p] && (k <= n - 2 || n >= LastDeletionLength) && (k > 0 || n >= 5) && IsHan(phrase[k]);
    }

    // `extra` written before phrase[k], 1 <= k <= n-1.
    private bool InsertionAllowed(int p, int k, char extra)
    {
        string phrase = _phrases[p];
        if (k < 1 || k > _editableEnd[p] || k > phrase.Length - 1 || !IsHan(extra)) return false;
        if (extra == phrase[k - 1] || extra == phrase[k]) return true;
        // An unrelated function word inside a formulation is a rewording, not a slip: 统筹好发展和安全
        // (a verb and its complement), 坚持了…, 发展的和安全的.
        return LongName(p) && !GrammaticalInsertions.Contains(extra);
    }

    /// <summary>Complements, particles, conjunctions and adverbs that a writer adds to a formulation on purpose.</summary>
    private const string GrammaticalInsertions = "好了着过的地得之和与及并或是在也都就还又再所把被将给让对向从";

    /// <summary>Whether the near-miss rests on weak evidence: a substitution by an unrelated character or an unrelated extra character (long names only).</summary>
    public bool IsWeak(in NearMissHit hit)
    {
        string phrase = _phrases[hit.Phrase];
        return hit.Edit switch
        {
            NearMissEdit.Substitution => !_confusion.Value.AreConfusable(phrase[hit.Position], hit.Char),
            NearMissEdit.Insertion => hit.Char != phrase[hit.Position - 1] && hit.Char != phrase[hit.Position],
            _ => false,
        };
    }

    private bool LongName(int p) => _sources[p].Kind != ProtectedPhraseKind.Idiom && _phrases[p].Length >= AnyHanLength;

    private static int SuffixLength(string phrase)
    {
        foreach (var suffix in DivisionSuffixes)
            if (phrase.Length > suffix.Length + 1 && phrase.EndsWith(suffix, StringComparison.Ordinal)) return suffix.Length;
        return 0;
    }

    // Most phrases are plain simplified Han text, which folds to itself: skip the normalizer's buffers for them.
    private static bool FoldsToItself(Normalizer normalizer, string phrase)
    {
        foreach (char c in phrase)
            if (normalizer.Fold(c) != c) return false;
        return phrase.Length > 0;
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[a.Length - 1 - i] == b[b.Length - 1 - i]) i++;
        return i;
    }

    internal static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
