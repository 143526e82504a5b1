// Invariant: _keys[slot] is (a << 16 | b) + 1 for a stored pair, 0 for an empty slot; _counts[slot]
// is the summed frequency of every lexicon word in which a is directly followed by b (saturating).
// Built once, immutable after; lookups allocate nothing.

using System.Numerics;
using TextLint.Core.Segmentation;

namespace TextLint.Core.LanguageModel;

/// <summary>
/// How often two characters follow each other inside words of a <see cref="Lexicon"/>, weighted by
/// word frequency: a cheap character-level model of what can be part of a word. 保局 scores from
/// 环保局 and 劳保局, 保句 scores 0. A character whose pairs with both neighbours score 0 is in no
/// word of the lexicon here, the first sign of a typo.
/// </summary>
public sealed class CharPairCounts
{
    private readonly uint[] _keys;
    private readonly int[] _counts;
    private readonly int _mask;

    private CharPairCounts(uint[] keys, int[] counts, int count)
    {
        _keys = keys;
        _counts = counts;
        _mask = keys.Length - 1;
        Count = count;
    }

    /// <summary>Number of distinct pairs.</summary>
    public int Count { get; }

    /// <summary>Summed frequency of the words in which <paramref name="a"/> is followed by <paramref name="b"/>; 0 when none.</summary>
    public int CountOf(char a, char b)
    {
        uint key = ((uint)a << 16 | b) + 1;
        int slot = Slot(key);
        while (true)
        {
            uint k = _keys[slot];
            if (k == key) return _counts[slot];
            if (k == 0) return 0;
            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> 7) & _mask;

    /// <summary>
    /// Counts the pairs of every word of <paramref name="lexicon"/> (words of one character add
    /// nothing), plus those of <paramref name="extraWords"/> at <paramref name="extraFrequency"/> each.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once, over 349k words
    public static CharPairCounts Build(Lexicon lexicon, IReadOnlyList<string>? extraWords = null, int extraFrequency = 1)
    {
        extraWords ??= [];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, (lexicon.Count + extraWords.Count) * 4));
        var keys = new uint[size];
        var counts = new int[size];
        int mask = size - 1, distinct = 0;
        for (int w = 0; w < lexicon.Count + extraWords.Count; w++)
        {
            var word = w < lexicon.Count ? lexicon.WordAt(w) : extraWords[w - lexicon.Count].AsSpan();
            int freq = w < lexicon.Count ? Math.Max(1, lexicon.FrequencyAt(w)) : extraFrequency;
            for (int i = 0; i + 1 < word.Length; i++)
            {
                uint key = ((uint)word[i] << 16 | word[i + 1]) + 1;
                int slot = (int)((key * 0x9E3779B1u) >> 7) & mask;
                while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
                if (keys[slot] == 0)
                {
                    if (distinct * 2 >= size) throw new InvalidOperationException("pair table full");
                    keys[slot] = key;
                    distinct++;
                }
                counts[slot] = (int)Math.Min(int.MaxValue, (long)counts[slot] + freq);
            }
        }
        return new CharPairCounts(keys, counts, distinct);
    }
}
