// Invariant: the gathered scan reports exactly the matches the scalar scans report, each once (the
// invariant at the top of AhoCorasickAutomaton.cs, which it relies on for unchecked gathers: every
// Base + c and FailBase + c lies inside the state table, and the record's fields sit at byte
// offsets 0, 4, 8 and 12 of a state's offset).

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TextLint.Core.Matching;

public sealed partial class AhoCorasickAutomaton
{
    /// <summary>32-bit lanes in a 256-bit vector.</summary>
    private const int LanesPerVector = 8;

    /// <summary>
    /// Number of chunks the gathered scan advances side by side: two vectors of lanes, so that two
    /// chains of gathers overlap, as each step waits for two gathers in a row (one vector of eight
    /// was slower in the one comparison made, on a loaded machine: 100 against 112 M chars/s with
    /// 10,000 patterns).
    /// </summary>
    internal const int GatheredStreams = 2 * LanesPerVector;

    /// <summary>
    /// For each 8-bit mask of lanes that entered a state with output, the vector permutation that
    /// packs those lanes' outputs and ends into <see cref="PendingMatch"/> pairs, in lane order,
    /// after the unpack that interleaves them (which takes positions 0, 1, 4, 5 into the first
    /// half of the pairs and 2, 3, 6, 7 into the second).
    /// </summary>
    private static readonly int[] PackOrder = BuildPackOrder();

    private static int[] BuildPackOrder()
    {
        ReadOnlySpan<int> positionOfPair = [0, 1, 4, 5, 2, 3, 6, 7];
        var order = new int[256 * LanesPerVector];
        for (int mask = 0; mask < 256; mask++)
        {
            int pair = 0;
            for (int lane = 0; lane < LanesPerVector; lane++)
                if ((mask & (1 << lane)) != 0)
                    order[mask * LanesPerVector + positionOfPair[pair++]] = lane;
        }
        return order;
    }

    /// <summary>
    /// Advances <see cref="GatheredStreams"/> streams over text[k·chunk .. k·chunk + chunk), one per
    /// lane of two AVX2 vectors, with gathers: per character and vector, two 64-bit gathers for the
    /// states' bases and failure bases, one gather each for the labels of the child and of the
    /// failure state's child (the step picks child, failure state's child or root's child with
    /// blends, as <see cref="StepBranchFree"/> does), one for the new states' outputs and a masked
    /// one for the second pattern of the states that have two. The only data-dependent branches
    /// are the rare deep failure and third pattern. Each step packs the (pattern, end) pairs of the
    /// lanes with a match into a buffer, which is handed to the sink every
    /// <see cref="BlockLength"/> characters in a loop without branches of its own.
    /// </summary>
    /// <param name="text">The text; its first <see cref="GatheredStreams"/> × <paramref name="chunk"/> code units are scanned.</param>
    /// <param name="chunk">Length of each stream's chunk.</param>
    /// <param name="states">The streams' states on entry (after their run-ins), and on return.</param>
    /// <param name="sink">Receives every match that ends in the scanned chunks.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    private unsafe void InterleaveStreamsGathered<TSink>(ReadOnlySpan<char> text, int chunk, Span<uint> states, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        Span<int> classOffsets = stackalloc int[GatheredStreams * BlockLength];
        // A step keeps up to two pairs per lane (first and second pattern), and each pack stores a
        // whole vector of pairs past the ones it keeps, so the buffer has a vector's worth of slack.
        Span<PendingMatch> pending = stackalloc PendingMatch[2 * GatheredStreams * BlockLength + LanesPerVector];
        Span<PendingMatch> longChains = stackalloc PendingMatch[GatheredStreams * BlockLength];
        Span<int> deepScratch = stackalloc int[LanesPerVector * 3];
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref char chars = ref MemoryMarshal.GetReference(text);
        ref int classOffset0 = ref MemoryMarshal.GetReference(classOffsets);
        ref int packOrder = ref MemoryMarshal.GetArrayDataReference(PackOrder);
        ref PendingMatch longChain0 = ref MemoryMarshal.GetReference(longChains);
        fixed (State* pinned = _states)
        fixed (int* nextOutputs = _nextOutput)
        fixed (PendingMatch* buffer = pending)
        fixed (int* scratch = deepScratch)
        {
            // A state at byte offset s has its Base at table + s, its FailBase at + 4, its Output
            // at + 8 and its Label at + 12, so gathers with scale 1 take the byte offsets the
            // table holds.
            byte* table = (byte*)pinned;
            long* baseAndFailBase = (long*)table;
            int* outputs = (int*)(table + 8);
            int* labels = (int*)(table + 12);
            Vector256<int> stateA = Vector256.Create(MemoryMarshal.Cast<uint, int>(states));
            Vector256<int> stateB = Vector256.Create(MemoryMarshal.Cast<uint, int>(states[LanesPerVector..]));
            Vector256<int> outputA = Avx2.GatherVector256(outputs, stateA, 1);
            Vector256<int> outputB = Avx2.GatherVector256(outputs, stateB, 1);
            // The end (exclusive) of the text read by each lane after its next step.
            Vector256<int> endsA = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7) * chunk + Vector256<int>.One;
            Vector256<int> endsB = endsA + Vector256.Create(LanesPerVector * chunk);
            Vector256<int> noOutput = Vector256.Create(NoOutput);
            Vector256<int> patternIdMask = Vector256.Create(PatternIdMask);
            for (int blockStart = 0; blockStart < chunk; blockStart += BlockLength)
            {
                int blockLength = Math.Min(BlockLength, chunk - blockStart);
                // Class offsets first, transposed so that a step loads a vector's with one load.
                for (int lane = 0; lane < GatheredStreams; lane++)
                {
                    ref char laneChars = ref Unsafe.Add(ref chars, lane * chunk + blockStart);
                    for (int j = 0; j < blockLength; j++)
                        Unsafe.Add(ref classOffset0, j * GatheredStreams + lane) = (int)ClassOffset(ref classOf, Unsafe.Add(ref laneChars, j));
                }
                int count = 0, longChainCount = 0;
                for (int j = 0; j < blockLength; j++)
                {
                    Vector256<int> classOffsetA = Vector256.LoadUnsafe(ref classOffset0, (nuint)(j * GatheredStreams));
                    Vector256<int> classOffsetB = Vector256.LoadUnsafe(ref classOffset0, (nuint)(j * GatheredStreams + LanesPerVector));
                    (Vector256<int> baseA, Vector256<int> failBaseA) = GatherBases(baseAndFailBase, stateA);
                    (Vector256<int> baseB, Vector256<int> failBaseB) = GatherBases(baseAndFailBase, stateB);
                    Vector256<int> childA = baseA + classOffsetA;
                    Vector256<int> childB = baseB + classOffsetB;
                    Vector256<int> suffixChildA = failBaseA + classOffsetA;
                    Vector256<int> suffixChildB = failBaseB + classOffsetB;
                    Vector256<int> isChildA = Vector256.Equals(Avx2.GatherVector256(labels, childA, 1), classOffsetA);
                    Vector256<int> isChildB = Vector256.Equals(Avx2.GatherVector256(labels, childB, 1), classOffsetB);
                    Vector256<int> isSuffixChildA = Vector256.Equals(Avx2.GatherVector256(labels, suffixChildA, 1), classOffsetA);
                    Vector256<int> isSuffixChildB = Vector256.Equals(Avx2.GatherVector256(labels, suffixChildB, 1), classOffsetB);
                    Vector256<int> nextA = Avx2.BlendVariable(Avx2.BlendVariable(classOffsetA, suffixChildA, isSuffixChildA), childA, isChildA);
                    Vector256<int> nextB = Avx2.BlendVariable(Avx2.BlendVariable(classOffsetB, suffixChildB, isSuffixChildB), childB, isChildB);
                    // DeepFailureFlag (bit 29) shifted into the sign bit, for lanes that missed both.
                    uint deepLanesA = Vector256.AndNot(outputA << 2, isChildA | isSuffixChildA).ExtractMostSignificantBits();
                    uint deepLanesB = Vector256.AndNot(outputB << 2, isChildB | isSuffixChildB).ExtractMostSignificantBits();
                    if ((deepLanesA | deepLanesB) != 0)
                    {
                        if (deepLanesA != 0) nextA = StepDeepLanes(nextA, stateA, classOffsetA, deepLanesA, scratch);
                        if (deepLanesB != 0) nextB = StepDeepLanes(nextB, stateB, classOffsetB, deepLanesB, scratch);
                    }
                    stateA = nextA;
                    stateB = nextB;
                    outputA = Avx2.GatherVector256(outputs, stateA, 1);
                    outputB = Avx2.GatherVector256(outputs, stateB, 1);
                    // The second pattern of each chain that has one (MoreOutputsFlag, bit 30, shifted into the sign bit).
                    Vector256<int> secondA = Avx2.GatherMaskVector256(noOutput, nextOutputs, outputA & patternIdMask, outputA << 1, 4);
                    Vector256<int> secondB = Avx2.GatherMaskVector256(noOutput, nextOutputs, outputB & patternIdMask, outputB << 1, 4);
                    count = Pack(outputA, endsA, buffer, count, ref packOrder);
                    count = Pack(outputB, endsB, buffer, count, ref packOrder);
                    count = Pack(secondA, endsA, buffer, count, ref packOrder);
                    count = Pack(secondB, endsB, buffer, count, ref packOrder);
                    uint longA = (secondA << 1).ExtractMostSignificantBits();
                    uint longB = (secondB << 1).ExtractMostSignificantBits();
                    if ((longA | longB) != 0)
                    {
                        longChainCount = KeepLongChains(secondA, endsA, longA, ref longChain0, longChainCount, scratch);
                        longChainCount = KeepLongChains(secondB, endsB, longB, ref longChain0, longChainCount, scratch);
                    }
                    endsA += Vector256<int>.One;
                    endsB += Vector256<int>.One;
                }
                HandOver(ref sink, pending[..count], longChains[..longChainCount]);
            }
            stateA.AsUInt32().CopyTo(states);
            stateB.AsUInt32().CopyTo(states[LanesPerVector..]);
        }
    }

    /// <summary>
    /// The Base and FailBase of the eight states at byte offsets <paramref name="state"/>, read as
    /// one 64-bit element per state: two gathers of four, which measured 8% faster at 10,000
    /// patterns than two gathers of eight 32-bit elements.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe (Vector256<int> Base, Vector256<int> FailBase) GatherBases(long* table, Vector256<int> state)
    {
        // low = B0 F0 B1 F1 | B2 F2 B3 F3, high = B4 F4 B5 F5 | B6 F6 B7 F7.
        Vector256<float> low = Avx2.GatherVector256(table, state.GetLower(), 1).AsSingle();
        Vector256<float> high = Avx2.GatherVector256(table, state.GetUpper(), 1).AsSingle();
        // Even elements of each 128-bit half: B0 B1 B4 B5 | B2 B3 B6 B7; then the middle 64-bit pairs swap.
        Vector256<int> bases = Avx.Shuffle(low, high, 0b10_00_10_00).AsInt32();
        Vector256<int> failBases = Avx.Shuffle(low, high, 0b11_01_11_01).AsInt32();
        return (Avx2.Permute4x64(bases.AsInt64(), 0b11_01_10_00).AsInt32(), Avx2.Permute4x64(failBases.AsInt64(), 0b11_01_10_00).AsInt32());
    }

    /// <summary>
    /// Appends the (output, end) pairs of the lanes whose output names a pattern (sign bit clear)
    /// to <paramref name="buffer"/> at <paramref name="count"/>, in lane order, and returns the new
    /// count. Writes a whole vector of pairs whatever the count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Pack(Vector256<int> output, Vector256<int> ends, PendingMatch* buffer, int count, ref int packOrder)
    {
        uint matched = ~output.ExtractMostSignificantBits() & 0xFF;
        Vector256<int> order = Vector256.LoadUnsafe(ref packOrder, matched * LanesPerVector);
        Vector256<int> packedOutputs = Avx2.PermuteVar8x32(output, order);
        Vector256<int> packedEnds = Avx2.PermuteVar8x32(ends, order);
        int* pairs = (int*)(buffer + count);
        Avx.Store(pairs, Avx2.UnpackLow(packedOutputs, packedEnds));
        Avx.Store(pairs + LanesPerVector, Avx2.UnpackHigh(packedOutputs, packedEnds));
        return count + BitOperations.PopCount(matched);
    }

    /// <summary>
    /// Appends (second pattern, end) for the lanes in <paramref name="lanes"/>, whose chains go on
    /// past their second pattern, to the long chains at <paramref name="count"/>; returns the new count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int KeepLongChains(Vector256<int> second, Vector256<int> ends, uint lanes, ref PendingMatch longChains, int count, int* scratch)
    {
        Avx.Store(scratch, second);
        Avx.Store(scratch + LanesPerVector, ends);
        while (lanes != 0)
        {
            int lane = BitOperations.TrailingZeroCount(lanes);
            Unsafe.Add(ref longChains, count++) = new PendingMatch(scratch[lane], scratch[LanesPerVector + lane]);
            lanes &= lanes - 1;
        }
        return count;
    }

    /// <summary>
    /// Hands a block's matches to the sink: the packed (pattern, end) pairs, then the rest of each
    /// chain longer than two patterns (whose second pattern is among the pairs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void HandOver<TSink>(ref TSink sink, ReadOnlySpan<PendingMatch> pairs, ReadOnlySpan<PendingMatch> longChains) where TSink : struct, IMatchSink
    {
        // A local copy, so that the sink's fields live in registers rather than behind the reference.
        TSink local = sink;
        foreach (PendingMatch pair in pairs)
            local.OnMatch(pair.Output & PatternIdMask, pair.End);
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        foreach (PendingMatch chain in longChains)
            Report(ref local, ref nextOutput, Unsafe.Add(ref nextOutput, chain.Output & PatternIdMask), chain.End);
        sink = local;
    }

    /// <summary>
    /// The gathered step's answer for the lanes in <paramref name="lanes"/>, which missed both the
    /// state's child and the failure state's child in a state whose failure chain goes on. Goes
    /// through <paramref name="scratch"/> (three vectors' worth) rather than a call, which would
    /// cost the loop its vector registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe Vector256<int> StepDeepLanes(Vector256<int> next, Vector256<int> state, Vector256<int> classOffset, uint lanes, int* scratch)
    {
        Avx.Store(scratch, next);
        Avx.Store(scratch + LanesPerVector, state);
        Avx.Store(scratch + 2 * LanesPerVector, classOffset);
        ref byte table = ref TableStart();
        do
        {
            int lane = BitOperations.TrailingZeroCount(lanes);
            scratch[lane] = (int)StepPastFailureState(ref table, (uint)scratch[LanesPerVector + lane], (uint)scratch[2 * LanesPerVector + lane]);
            lanes &= lanes - 1;
        }
        while (lanes != 0);
        return Avx.LoadVector256(scratch);
    }
}
