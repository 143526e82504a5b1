// Invariant: the row of a character c, once built, is immutable and lists, sorted, each neighbour
// n for which some replacement r of c (ConfusionSets.Replacements(c), numbered k = 0, 1, … in
// that order, as SuspectDetector numbers them) forms a pair counting at least Floor — n
// before r in the left table, after r in the right one — with a mask holding bit k for each such
// r (bit 31 for every k ≥ 31). A replacement whose bit is clear on both sides has both pairs below
// Floor, so together below SuspectDetector.MinReplacementPair. Rows are built on first use; two
// threads may build the same row at once, and either result is the same.

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
/// A character's rows are built the first time it is looked up (tens of microseconds), so start-up
/// pays nothing and memory grows only with the characters a text uses.
/// </summary>
internal sealed class ReplacementReach
{
    /// <summary>
    /// A replacement's pair is marked when it counts at least this: half of
    /// <see cref="SuspectDetector.MinReplacementPair"/>, so a replacement that passes the filter has
    /// at least one marked pair.
    /// </summary>
    public const int Floor = SuspectDetector.MinReplacementPair / 2;

    /// <summary>Replacements numbered from this on share the last bit of a mask.</summary>
    public const int SharedBit = 31;

    private readonly CharPairCounts _pairs;
    private readonly ConfusionSets _confusion;
    private readonly Row?[] _left = new Row?[char.MaxValue + 1];
    private readonly Row?[] _right = new Row?[char.MaxValue + 1];

    /// <summary>Tables over <paramref name="pairs"/> and <paramref name="confusion"/>; rows are built on first use.</summary>
    public ReplacementReach(CharPairCounts pairs, ConfusionSets confusion)
    {
        _pairs = pairs;
        _confusion = confusion;
    }

    /// <summary>Bit k set: replacement k of <paramref name="c"/> follows <paramref name="a"/> in a pair counting at least <see cref="Floor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint LeftMask(char a, char c) => (_left[c] ?? BuildRow(c, left: true)).Mask(a);

    /// <summary>Bit k set: replacement k of <paramref name="c"/> precedes <paramref name="b"/> in a pair counting at least <see cref="Floor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint RightMask(char c, char b) => (_right[c] ?? BuildRow(c, left: false)).Mask(b);

    /// <summary>The bit of replacement number <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bit(int k) => 1u << Math.Min(k, SharedBit);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Row BuildRow(char c, bool left)
    {
        var replacements = _confusion.Replacements(c);
        var marks = new List<(char Neighbour, uint Bit)>();
        for (int k = 0; k < replacements.Length; k++)
        {
            char r = replacements[k];
            var row = left ? _pairs.Predecessors(r) : _pairs.Followers(r);
            uint bit = Bit(k);
            for (int j = 0; j < row.Length; j++)
                if (row.CountAt(j) >= Floor) marks.Add((row.OtherAt(j), bit));
        }
        marks.Sort((x, y) => x.Neighbour.CompareTo(y.Neighbour));
        var neighbours = new List<char>(marks.Count);
        var masks = new List<uint>(marks.Count);
        foreach (var (n, bit) in marks)
        {
            if (neighbours.Count > 0 && neighbours[^1] == n) masks[^1] |= bit;
            else { neighbours.Add(n); masks.Add(bit); }
        }
        var built = new Row([.. neighbours], [.. masks]);
        // Published with release semantics, so a reader that sees the row sees its arrays filled; a
        // concurrent build of the same row stores an equal one.
        Volatile.Write(ref (left ? _left : _right)[c], built);
        return built;
    }

    /// <summary>One character's neighbours, sorted, with their masks.</summary>
    private sealed class Row(char[] neighbours, uint[] masks)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public uint Mask(char neighbour)
        {
            int length = neighbours.Length;
            if (length == 0) return 0;
            // Branch-free lower bound, as in PairRow.CountOf.
            ref char first = ref MemoryMarshal.GetArrayDataReference(neighbours);
            int i = 0;
            while (length > 1)
            {
                int half = length >> 1;
                i = Unsafe.Add(ref first, i + half - 1) < neighbour ? i + half : i;
                length -= half;
            }
            return Unsafe.Add(ref first, i) == neighbour ? masks[i] : 0;
        }
    }
}
