// Invariant: _entries[slot] is 0 for an empty slot, else (count << 32) | ((a << 16 | b) + 1) for a
// stored pair: the summed frequency (saturating) of every lexicon word in which a is directly
// followed by b. Key and count share one 8-byte entry, so a lookup touches one cache line, and the
// table is sized for the distinct pairs (load about 0.6, 4 MB for jieba's 300k pairs): the suspect
// check looks up a pair for nearly every character of the text, and on real text almost every
// lookup is a cache miss, so the table's footprint is its speed. Built once, the counts immutable
// after; lookups allocate nothing. The same pairs are also kept as rows sorted by character (every
// character's followers, every character's predecessors), for the many lookups that share one side.
// _twoCharEntries[slot] is 0 until the pair stored in _entries[slot] is first asked for as a
// two-char string, then what the lexicon holds for it plus 2 (frequency + 2, 2 for a prefix only, 1
// for nothing): filled on demand (a lookup each would cost start-up tens of milliseconds), by any
// thread, each writer storing the same value; a separate array, so that the filter's lookups keep
// touching one cache line.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextLint.Core.Segmentation;

namespace TextLint.Core.LanguageModel;

/// <summary>
/// How often two characters follow each other inside words of a <see cref="Lexicon"/>, weighted by
/// word frequency: a cheap character-level model of what can be part of a word. 保局 scores from
/// 环保局 and 劳保局, 保句 scores 0. A character whose pairs with both neighbours score 0 is in no
/// word of the lexicon here, the first sign of a typo.
/// </summary>
public sealed partial class CharPairCounts
{
    private readonly ulong[] _entries;
    private readonly uint[] _twoCharEntries;
    private readonly int _shift;
    private readonly PairRows _followers, _predecessors;

    private CharPairCounts(Lexicon lexicon, ulong[] entries, int count, PairRows followers, PairRows predecessors)
    {
        Lexicon = lexicon;
        _entries = entries;
        _twoCharEntries = new uint[entries.Length];
        _shift = 64 - BitOperations.Log2((uint)entries.Length);
        Count = count;
        _followers = followers;
        _predecessors = predecessors;
    }

    /// <summary>Number of distinct pairs.</summary>
    public int Count { get; }

    /// <summary>The lexicon whose words were counted.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Summed frequency of the words in which <paramref name="a"/> is followed by <paramref name="b"/>; 0 when none.</summary>
    // Called for nearly every character of a text: compiled optimized at once, so a short-lived
    // process does not spend its run in unoptimized tier-0 code (the method has a loop and is not inlined).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CountOf(char a, char b)
    {
        int slot = SlotOf(a, b);
        return slot < 0 ? 0 : (int)(_entries[slot] >> 32);
    }

    /// <summary>
    /// <see cref="CountOf(char, char)"/>, and in <paramref name="twoCharEntry"/> what
    /// <see cref="Lexicon"/>.<see cref="Lexicon.TryLookup"/> finds for the string of
    /// <paramref name="a"/> and <paramref name="b"/>: its frequency (0 when it only begins longer
    /// words), or -1 when it finds nothing, as always when the count is 0 (a word that is or begins
    /// with those two characters puts the pair in a word). One probe for both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int CountOf(char a, char b, out int twoCharEntry)
    {
        int slot = SlotOf(a, b);
        if (slot < 0)
        {
            twoCharEntry = -1;
            return 0;
        }
        uint known = _twoCharEntries[slot];
        twoCharEntry = known != 0 ? (int)(known - 2) : LookUpTwoChar(slot, a, b);
        return (int)(_entries[slot] >> 32);
    }

    /// <summary>The slot holding the pair <paramref name="a"/>, <paramref name="b"/>, or -1 when no word has it (linear probing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(char a, char b)
    {
        uint key = ((uint)a << 16 | b) + 1;
        var entries = _entries;
        int mask = entries.Length - 1;
        int slot = Slot(key, _shift);
        while (true)
        {
            ulong entry = entries[slot];
            if ((uint)entry == key) return slot;
            if (entry == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The characters that follow <paramref name="a"/> inside some word, sorted, with their counts:
    /// <c>Followers(a).CountOf(b) == CountOf(a, b)</c>. For many lookups with the same first
    /// character (one row, a few cache lines, instead of one random probe each).
    /// </summary>
    public PairRow Followers(char a) => _followers.Row(a);

    /// <summary>The characters that precede <paramref name="b"/> inside some word, sorted, with their counts: <c>Predecessors(b).CountOf(a) == CountOf(a, b)</c>.</summary>
    public PairRow Predecessors(char b) => _predecessors.Row(b);

    /// <summary>Looks the string of <paramref name="a"/> and <paramref name="b"/> up in the lexicon and keeps the answer in <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int LookUpTwoChar(int slot, char a, char b)
    {
        ReadOnlySpan<char> text = [a, b];
        int twoCharEntry = Lexicon.TryLookup(text, out int frequency) ? frequency : -1;
        Volatile.Write(ref _twoCharEntries[slot], unchecked((uint)twoCharEntry + 2));
        return twoCharEntry;
    }

    // Fibonacci hashing: the top bits of the product spread the chars' bits over the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(uint key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>
    /// Counts the pairs of every word of <paramref name="lexicon"/> (words of one character add
    /// nothing), plus those of <paramref name="extraWords"/> at <paramref name="extraFrequency"/> each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over 349k words
    public static CharPairCounts Build(Lexicon lexicon, IReadOnlyList<string>? extraWords = null, int extraFrequency = 1)
    {
        extraWords ??= [];
        // First pass: every pair occurrence into a table big enough for all of them (load ≤ 2/3).
        int occurrences = 0;
        for (int w = 0; w < lexicon.Count + extraWords.Count; w++)
            occurrences += Math.Max(0, (w < lexicon.Count ? lexicon.WordAt(w).Length : extraWords[w - lexicon.Count].Length) - 1);
        var table = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)(1024 + occurrences + occurrences / 2))];
        int distinct = 0;
        for (int w = 0; w < lexicon.Count + extraWords.Count; w++)
        {
            var word = w < lexicon.Count ? lexicon.WordAt(w) : extraWords[w - lexicon.Count].AsSpan();
            int freq = w < lexicon.Count ? Math.Max(1, lexicon.FrequencyAt(w)) : extraFrequency;
            for (int i = 0; i + 1 < word.Length; i++)
                if (Add(table, ((uint)word[i] << 16 | word[i + 1]) + 1, freq)) distinct++;
        }
        // Second pass: the distinct pairs into the compact table the lookups use, and into rows.
        var entries = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, distinct * 5 / 3))];
        var byFirst = new uint[distinct];
        var byFirstCounts = new int[distinct];
        int n = 0;
        foreach (ulong entry in table)
        {
            if (entry == 0) continue;
            Add(entries, (uint)entry, (int)(entry >> 32));
            byFirst[n] = (uint)entry - 1;
            byFirstCounts[n++] = (int)(entry >> 32);
        }
        var bySecond = new uint[distinct];
        for (int i = 0; i < distinct; i++) bySecond[i] = byFirst[i] << 16 | byFirst[i] >> 16;
        var bySecondCounts = (int[])byFirstCounts.Clone();
        RadixSort(byFirst, byFirstCounts);
        RadixSort(bySecond, bySecondCounts);
        return new CharPairCounts(lexicon, entries, distinct, new PairRows(byFirst, byFirstCounts), new PairRows(bySecond, bySecondCounts));
    }

    /// <summary>Sorts <paramref name="keys"/> ascending, <paramref name="counts"/> alongside: two stable counting passes over 16 bits each (linear, no comparisons).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RadixSort(uint[] keys, int[] counts)
    {
        var keysBuffer = new uint[keys.Length];
        var countsBuffer = new int[keys.Length];
        var offsets = new int[(1 << 16) + 1];
        for (int shift = 0; shift < 32; shift += 16)
        {
            Array.Clear(offsets);
            foreach (uint key in keys) offsets[(int)(key >> shift & 0xFFFF) + 1]++;
            for (int b = 1; b < offsets.Length; b++) offsets[b] += offsets[b - 1];
            for (int i = 0; i < keys.Length; i++)
            {
                int to = offsets[(int)(keys[i] >> shift & 0xFFFF)]++;
                keysBuffer[to] = keys[i];
                countsBuffer[to] = counts[i];
            }
            keysBuffer.CopyTo(keys, 0);
            countsBuffer.CopyTo(counts, 0);
        }
    }

    /// <summary>Adds <paramref name="count"/> to <paramref name="key"/>'s entry (saturating); true when the key was new.</summary>
    // Called for every pair of 349k words at start-up: optimized at once (a method with a loop is not inlined).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Add(ulong[] table, uint key, int count)
    {
        // key 0 marks an empty slot; it would be the pair U+FFFF U+FFFF, which no word holds.
        if (key == 0) return false;
        int shift = 64 - BitOperations.Log2((uint)table.Length), mask = table.Length - 1;
        int slot = Slot(key, shift);
        while (table[slot] != 0 && (uint)table[slot] != key) slot = (slot + 1) & mask;
        bool added = table[slot] == 0;
        long sum = Math.Min(int.MaxValue, (long)(table[slot] >> 32) + count);
        table[slot] = (ulong)sum << 32 | key;
        return added;
    }
}

/// <summary>
/// Pairs grouped by one of their characters: row <c>c</c> lists the other characters, sorted, with
/// the pair counts. Built from keys <c>c &lt;&lt; 16 | other</c> sorted ascending.
/// </summary>
internal sealed class PairRows
{
    private readonly int[] _rowStart = new int[char.MaxValue + 2];
    private readonly char[] _others;
    private readonly int[] _counts;

    /// <summary>Rows as <see cref="Write"/> stored them (the start-up cache): every row start checked, so a damaged file cannot index out of range.</summary>
    internal PairRows(Stream stream, int length)
    {
        _others = new char[length];
        _counts = new int[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(_rowStart.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(_others.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(_counts.AsSpan()));
        if (_rowStart[0] != 0 || _rowStart[^1] != length) throw new InvalidDataException("pair rows do not cover the pairs");
        for (int c = 1; c < _rowStart.Length; c++)
            if (_rowStart[c] < _rowStart[c - 1]) throw new InvalidDataException("pair rows out of order");
    }

    /// <summary>Writes the rows for <see cref="PairRows(Stream, int)"/>.</summary>
    internal void Write(Stream stream)
    {
        stream.Write(MemoryMarshal.AsBytes(_rowStart.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(_others.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(_counts.AsSpan()));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PairRows(uint[] sortedKeys, int[] counts)
    {
        _others = new char[sortedKeys.Length];
        _counts = counts;
        int k = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            _rowStart[c] = k;
            while (k < sortedKeys.Length && sortedKeys[k] >> 16 == c) { _others[k] = (char)sortedKeys[k]; k++; }
        }
        _rowStart[char.MaxValue + 1] = k;
    }

    public PairRow Row(char c)
    {
        int start = _rowStart[c], length = _rowStart[c + 1] - start;
        return new PairRow(new ReadOnlySpan<char>(_others, start, length), new ReadOnlySpan<int>(_counts, start, length));
    }
}

/// <summary>One character's partners in <see cref="CharPairCounts"/> (followers or predecessors), sorted, with the pair counts.</summary>
public readonly ref struct PairRow
{
    private readonly ReadOnlySpan<char> _others;
    private readonly ReadOnlySpan<int> _counts;

    internal PairRow(ReadOnlySpan<char> others, ReadOnlySpan<int> counts)
    {
        _others = others;
        _counts = counts;
    }

    /// <summary>Number of partners.</summary>
    public int Length => _others.Length;

    /// <summary>The <paramref name="index"/>-th partner, in ascending order.</summary>
    public char OtherAt(int index) => _others[index];

    /// <summary>The count of the pair with <see cref="OtherAt"/>(<paramref name="index"/>).</summary>
    public int CountAt(int index) => _counts[index];

    /// <summary>The count of the pair with <paramref name="other"/>; 0 when it does not occur.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first call; see CharPairCounts.CountOf
    public int CountOf(char other)
    {
        // Branch-free lower bound: the halving steps compile to conditional moves, so a search
        // through a long row (的, 不 and 大 are followed by thousands of characters) costs no
        // mispredicted branches.
        var others = _others;
        if (others.IsEmpty) return 0;
        ref char first = ref MemoryMarshal.GetReference(others);
        int at = 0, length = others.Length;
        while (length > 1)
        {
            int half = length >> 1;
            at = Unsafe.Add(ref first, at + half - 1) < other ? at + half : at;
            length -= half;
        }
        return Unsafe.Add(ref first, at) == other ? _counts[at] : 0;
    }
}
