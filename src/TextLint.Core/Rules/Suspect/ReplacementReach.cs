// Invariant: immutable after construction. For every character c with confusables, row c of the
// left table lists, sorted, each character a for which some replacement r of c (sound-alike list,
// then the shape-alike characters not already listed, numbered k = 0, 1, … in that order) has
// pairs.CountOf(a, r) ≥ Floor, with a mask holding bit k for each such r (bit 31 for every k ≥ 31);
// the right table likewise for pairs.CountOf(r, b). A replacement whose bit is clear on both sides
// has both pairs below Floor, so together below SuspectDetector.MinReplacementPair.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextLint.Core.Confusion;
using TextLint.Core.LanguageModel;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// For a character between two neighbours, which of its sound- and shape-alike replacements form a
/// frequent pair with either neighbour, in two lookups instead of two per replacement (about 20
/// replacements). <see cref="SuspectDetector"/> rejects most positions of clean prose with it at
/// once, and tries only the replacements it names: exactly those that can pass its pair filter.
/// </summary>
internal sealed class ReplacementReach
{
    /// <summary>
    /// A replacement's pair is marked when it counts at least this: half of
    /// <see cref="SuspectDetector.MinReplacementPair"/>, so a replacement that passes the filter has
    /// at least one marked pair. The rows then hold about 1.9 M characters a side.
    /// </summary>
    public const int Floor = SuspectDetector.MinReplacementPair / 2;

    /// <summary>Replacements numbered from this on share the last bit of a mask.</summary>
    public const int SharedBit = 31;

    private readonly Rows _left, _right;

    private ReplacementReach(Rows left, Rows right)
    {
        _left = left;
        _right = right;
    }

    /// <summary>Bit k set: replacement k of <paramref name="c"/> follows <paramref name="a"/> in a pair counting at least <see cref="Floor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint LeftMask(char a, char c) => _left.Mask(c, a);

    /// <summary>Bit k set: replacement k of <paramref name="c"/> precedes <paramref name="b"/> in a pair counting at least <see cref="Floor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint RightMask(char c, char b) => _right.Mask(c, b);

    /// <summary>The bit of replacement number <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bit(int k) => 1u << Math.Min(k, SharedBit);

    /// <summary>Builds both tables from the pair counts' rows and the confusion sets.</summary>
    public static ReplacementReach Build(CharPairCounts pairs, ConfusionSets confusion) =>
        new(Rows.Build(confusion, r => pairs.Predecessors(r)), Rows.Build(confusion, r => pairs.Followers(r)));

    private delegate PairRow RowOf(char c);

    /// <summary>One table: per character c, the sorted neighbours with their masks.</summary>
    private sealed class Rows
    {
        private readonly int[] _start;
        private readonly char[] _neighbours;
        private readonly uint[] _masks;

        private Rows(int[] start, char[] neighbours, uint[] masks)
        {
            _start = start;
            _neighbours = neighbours;
            _masks = masks;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public uint Mask(char c, char neighbour)
        {
            int at = _start[c], length = _start[c + 1] - at;
            if (length == 0) return 0;
            // Branch-free lower bound, as in PairRow.CountOf.
            ref char first = ref MemoryMarshal.GetReference(new ReadOnlySpan<char>(_neighbours, at, length));
            int i = 0;
            while (length > 1)
            {
                int half = length >> 1;
                i = Unsafe.Add(ref first, i + half - 1) < neighbour ? i + half : i;
                length -= half;
            }
            return Unsafe.Add(ref first, i) == neighbour ? _masks[at + i] : 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over every confusion list
        public static Rows Build(ConfusionSets confusion, RowOf rowOf)
        {
            var start = new int[char.MaxValue + 2];
            var neighbours = new List<char>(1 << 21);
            var masks = new List<uint>(1 << 21);
            var mask = new uint[char.MaxValue + 1]; // scratch: the mask per neighbour for the current c
            var touched = new List<char>(4096);
            for (int c = 0; c <= char.MaxValue; c++)
            {
                start[c] = neighbours.Count;
                if (!confusion.Contains((char)c)) continue;
                var sound = confusion.SoundAlike((char)c);
                var shape = confusion.ShapeAlike((char)c);
                for (int k = 0; k < sound.Length + shape.Length; k++)
                {
                    char r = k < sound.Length ? sound[k] : shape[k - sound.Length];
                    if (k >= sound.Length && sound.Contains(r)) continue; // numbered as the detector numbers them
                    var row = rowOf(r);
                    uint bit = Bit(k);
                    for (int j = 0; j < row.Length; j++)
                    {
                        if (row.CountAt(j) < Floor) continue;
                        char n = row.OtherAt(j);
                        if (mask[n] == 0) touched.Add(n);
                        mask[n] |= bit;
                    }
                }
                touched.Sort();
                foreach (char n in touched)
                {
                    neighbours.Add(n);
                    masks.Add(mask[n]);
                    mask[n] = 0;
                }
                touched.Clear();
            }
            start[char.MaxValue + 1] = neighbours.Count;
            return new Rows(start, neighbours.ToArray(), masks.ToArray());
        }
    }
}
