// Invariant: immutable after construction. For every character c with confusables, row c of the
// left table lists, sorted, each character a for which some confusable r of c has
// pairs.CountOf(a, r) ≥ Floor, with an upper bound of the largest such count; the right table
// likewise for pairs.CountOf(r, b). A character missing from a row has every such count below
// Floor. Bounds are rounded up, never down, so a test against them never rejects a position that
// a replacement would pass.

using System.Runtime.CompilerServices;
using TextLint.Core.Confusion;
using TextLint.Core.LanguageModel;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// For a character between two neighbours, an upper bound of the best pair count any of its
/// sound- or shape-alike replacements reaches with each neighbour, in two lookups instead of one
/// per replacement (about 20). <see cref="SuspectDetector"/> rejects a position with it before
/// trying the replacements: on clean prose most positions have no replacement that forms a
/// frequent pair, and the check is exact (it rejects only positions where every replacement would
/// fail the detector's pair filter).
/// </summary>
internal sealed class ReplacementReach
{
    /// <summary>
    /// Pairs counting less than this are left out of the rows: a missing neighbour has a bound of
    /// Floor − 1. At half of <see cref="SuspectDetector.MinReplacementPair"/>, a position is only
    /// kept when one of its neighbours is listed, and the rows hold about 1.9 M characters a side.
    /// </summary>
    public const int Floor = SuspectDetector.MinReplacementPair / 2;

    // Bounds are stored in one byte each: code q stands for Decodes[q] ≥ the count.
    private static readonly int[] Decodes = BuildDecode();

    private readonly Rows _left, _right;

    private ReplacementReach(Rows left, Rows right)
    {
        _left = left;
        _right = right;
    }

    /// <summary>Upper bound of <c>max over r ≈ c of pairs.CountOf(a, r)</c> (0 &lt; result; Floor − 1 when below Floor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LeftBound(char a, char c) => _left.Bound(c, a);

    /// <summary>Upper bound of <c>max over r ≈ c of pairs.CountOf(r, b)</c> (Floor − 1 when below Floor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RightBound(char c, char b) => _right.Bound(c, b);

    /// <summary>Builds both tables from the pair counts' rows and the confusion sets (about 40 ms).</summary>
    public static ReplacementReach Build(CharPairCounts pairs, ConfusionSets confusion) =>
        new(Rows.Build(confusion, r => pairs.Predecessors(r)), Rows.Build(confusion, r => pairs.Followers(r)));

    /// <summary>Smallest code whose decoded bound is at least <paramref name="count"/>.</summary>
    internal static byte Encode(int count)
    {
        int lo = 0, hi = Decodes.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Decodes[mid] >= count) hi = mid; else lo = mid + 1;
        }
        return (byte)lo;
    }

    /// <summary>The bound that code <paramref name="code"/> stands for.</summary>
    internal static int Decode(int code) => Decodes[code];

    // Codes 0..63 stand for themselves; above, each step is a factor 2^(1/8) (about 9%), which
    // reaches about 10^9 at code 254; code 255 stands for every larger count.
    private static int[] BuildDecode()
    {
        var decode = new int[256];
        for (int q = 0; q < 255; q++)
            decode[q] = q < 64 ? q : (int)Math.Ceiling(64 * Math.Pow(2, (q - 64) / 8.0));
        decode[255] = int.MaxValue;
        return decode;
    }

    private delegate PairRow RowOf(char c);

    /// <summary>One table: per character c, the sorted neighbours with their byte-coded bounds.</summary>
    private sealed class Rows
    {
        private readonly int[] _start;
        private readonly char[] _neighbours;
        private readonly byte[] _codes;

        private Rows(int[] start, char[] neighbours, byte[] codes)
        {
            _start = start;
            _neighbours = neighbours;
            _codes = codes;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Bound(char c, char neighbour)
        {
            int at = _start[c], length = _start[c + 1] - at;
            if (length == 0) return Floor - 1;
            var row = new ReadOnlySpan<char>(_neighbours, at, length);
            // Branch-free lower bound, as in PairRow.CountOf.
            ref char first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            int i = 0;
            while (length > 1)
            {
                int half = length >> 1;
                i = Unsafe.Add(ref first, i + half - 1) < neighbour ? i + half : i;
                length -= half;
            }
            return Unsafe.Add(ref first, i) == neighbour ? Decodes[_codes[at + i]] : Floor - 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over every confusion list
        public static Rows Build(ConfusionSets confusion, RowOf rowOf)
        {
            var start = new int[char.MaxValue + 2];
            var neighbours = new List<char>(1 << 21);
            var codes = new List<byte>(1 << 21);
            var best = new int[char.MaxValue + 1]; // scratch: best count per neighbour for the current c
            var touched = new List<char>(4096);
            for (int c = 0; c <= char.MaxValue; c++)
            {
                start[c] = neighbours.Count;
                if (!confusion.Contains((char)c)) continue;
                var sound = confusion.SoundAlike((char)c);
                var shape = confusion.ShapeAlike((char)c);
                for (int k = 0; k < sound.Length + shape.Length; k++)
                {
                    var row = rowOf(k < sound.Length ? sound[k] : shape[k - sound.Length]);
                    for (int j = 0; j < row.Length; j++)
                    {
                        int count = row.CountAt(j);
                        if (count < Floor) continue;
                        char n = row.OtherAt(j);
                        if (best[n] == 0) touched.Add(n);
                        if (count > best[n]) best[n] = count;
                    }
                }
                touched.Sort();
                foreach (char n in touched)
                {
                    neighbours.Add(n);
                    codes.Add(Encode(best[n]));
                    best[n] = 0;
                }
                touched.Clear();
            }
            start[char.MaxValue + 1] = neighbours.Count;
            return new Rows(start, neighbours.ToArray(), codes.ToArray());
        }
    }
}
