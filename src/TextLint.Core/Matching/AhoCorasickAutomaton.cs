// Invariant: after construction nothing in an automaton changes, so any number of threads may
// scan with it at once. The tables obey the double-array rule: state t is the child of state s on
// character class c exactly when States[s].Base + c == t and States[t].Label == c. That a label
// alone proves parenthood rests on bases being unique: no two states with children share a base,
// and all leaves share one base that no state with children has. Every index Base + c and
// FailBase + c (for any state and any class) lies inside States, so the scan loops can index
// without bounds checks; Base, FailBase and Label are stored as byte offsets (slot × SlotSize),
// the unit the loops compute in. The record's field order (Base, FailBase, Output, Label, four
// ints) is part of the contract: the gathered scan reads Base and FailBase as one 64-bit element
// and the other fields at fixed byte offsets from a state's offset. The root sits in slot 0 with
// base 0 and has a child on every class, so the root's child on class c is slot c (class 0, for
// characters in no pattern, is the root itself): a failure chain that reaches the root ends
// without a lookup. States[s].FailBase is
// the base of s's failure state, so the child of the failure state is one load away from s.
// States[s].Output is the id of the longest pattern that ends in s (itself or through its failure
// chain), or NoOutput (negative); NextOutput links each pattern to the next shorter pattern that
// is also a suffix of it. Both carry MoreOutputsFlag when another, shorter pattern follows in the
// chain, so a state with a single output (most of them) is reported without reading NextOutput.
// A state's output also carries DeepFailureFlag when its failure state's failure state is not the
// root: only then can a miss on both the child and the failure state's child need more than the
// root's row. No state is deeper than MaxPatternLength, which is what lets the interleaved scan
// start a stream MaxPatternLength - 1 characters before its chunk and be in the same state as a
// scan from the start of the text by the time it reaches the chunk.

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace TextLint.Core.Matching;

/// <summary>
/// A compiled Aho-Corasick automaton over UTF-16 code units. Immutable and thread-safe: build it
/// once with <see cref="AhoCorasickBuilder"/> and share it.
/// </summary>
/// <remarks>
/// <para>
/// Every occurrence of every pattern is reported, overlapping ones included, in one left-to-right
/// pass whose cost is linear in the text length plus the number of matches.
/// </para>
/// <para>
/// Layout: characters are first mapped to dense classes through a 64K table (characters in no
/// pattern map to class 0 and send the scan straight back to the root). Transitions are stored as
/// a double array: one 16-byte record per state holds its base, its failure state's base, its
/// first output and the label of the slot it occupies, so a successful transition touches one
/// cache line, which also holds everything the next step needs from the new state. The root has a
/// child for every class, so its row needs no lookup of its own.
/// </para>
/// <para>
/// Speed: each character costs a short chain of dependent loads (class, state record, child
/// record). A step tries the state's child first and branches on the result (predicted branches
/// let the core run ahead into the next characters' loads, which matters once the table outgrows
/// the cache); on a miss it tries the failure state's child (no lookup when the failure state is the
/// root) and else takes the root's child. (A miss path without branches, choosing by masks, measured
/// 0.8× this one.) Ahead of its step, the scan prefetches the slot of the text's character pair
/// <see cref="PrefetchDistance"/> characters on (<see cref="PrefetchPair"/>): that slot depends on
/// the text alone, and it is the one most lookups need, so the cache misses of a table larger than
/// the cache overlap instead of stalling each step in turn.
/// <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> reports the same matches as
/// <see cref="Scan{TSink}"/>, but not in order of end: while the state table is small enough
/// (<see cref="GatheredTableLimit"/> with AVX2, else <see cref="BranchFreeTableLimit"/>) and the
/// start of the text shows matches to be dense (<see cref="DensitySampleLength"/>), it cuts a
/// long text into chunks and advances one automaton state per chunk in the same loop, with no
/// data-dependent branch, matches buffered per block and handed over afterwards, which removes the
/// mispredicted "child or not" and "match or not" branches; with AVX2 it runs
/// <see cref="GatheredStreams"/> chunks in the lanes of two vectors and steps them with gathers.
/// On a larger table one prefetching stream with predicted branches is faster (measured).
/// </para>
/// </remarks>
public sealed partial class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;
    private readonly State[] _states;
    private readonly int[] _fail;
    private readonly int[] _nextOutput;
    private readonly string[] _patterns;

    /// <summary>Set on an encoded output (a state's <see cref="State.Output"/> or a chain link) when another, shorter pattern follows it in the chain.</summary>
    internal const int MoreOutputsFlag = 1 << MoreOutputsShift;

    private const int MoreOutputsShift = 30;

    /// <summary>Set on a state's <see cref="State.Output"/> when its failure state's failure state is not the root, so that a miss on both of the two candidates the scan tries needs the slow path.</summary>
    internal const int DeepFailureFlag = 1 << 29;

    /// <summary>A state's <see cref="State.Output"/> (and a chain's end) when no pattern ends there: negative, so "has output" is the sign bit.</summary>
    internal const int NoOutput = int.MinValue;

    /// <summary>Masks the pattern id out of an encoded output.</summary>
    private const int PatternIdMask = DeepFailureFlag - 1;

    /// <summary>Most patterns one automaton holds: ids must stay below the flag bits.</summary>
    internal const int MaxPatternCount = DeepFailureFlag;

    /// <summary>Number of chunks the scalar branch-free kernel scans side by side (measured: 3 was faster than 2 and than 4, which runs out of registers).</summary>
    public const int InterleavedStreams = 3;

    /// <summary>
    /// Shortest chunk (in UTF-16 code units) for which <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> interleaves;
    /// shorter texts are scanned in one stream, where the set-up would cost more than it saves.
    /// </summary>
    public const int MinimumInterleavedChunk = 4096;

    /// <summary>Bytes per slot of the state table: the scan addresses states by byte offset, index × SlotSize.</summary>
    internal const int SlotSize = 16;

    private const int SlotShift = 4;

    /// <summary>
    /// Characters each stream of the branch-free and gathered scans steps between two hand-overs of
    /// its buffered matches (gathered, measured in one process: 64 was 4–15% slower, 256 no faster).
    /// </summary>
    internal const int BlockLength = 128;

    /// <summary>
    /// Largest state table (bytes) for which <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/>
    /// interleaves three scalar streams with branch-free steps, on a machine without AVX2: they win
    /// while the table stays in the core's L2 cache (512 KB on the machine measured) and lose beyond.
    /// </summary>
    internal const int BranchFreeTableLimit = 512 * 1024;

    /// <summary>
    /// Largest state table (bytes) for which <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/>
    /// uses the gathered kernel where the machine has AVX2. Measured against one prefetching
    /// stream (`kernels`, rounds alternated, M chars/s best of 11): gathered 92 against 82 with
    /// 20,000 patterns (500 KB), 89 against 80 with 40,000 (1.2 MB), then 55 against 74 with 60,000
    /// (2.0 MB), 37 against 52 with 80,000 and 47 against 71 with 100,000 (3.6 MB).
    /// </summary>
    internal const int GatheredTableLimit = 1536 * 1024;

    /// <summary>
    /// How far ahead of its step the ordered scan prefetches the slot of the character pair there
    /// (<see cref="PrefetchPair"/>). Measured with 100,000 patterns (`kernels`, rounds alternated):
    /// one stream with the prefetch at 8–32 characters 1.25–1.7× one stream without, and 1.1–1.3×
    /// three interleaved streams (with or without it); no different at 16 and 32.
    /// </summary>
    internal const int PrefetchDistance = 16;

    /// <summary>The ways <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink, int, ScanKernel, uint)"/> can run.</summary>
    internal enum ScanKernel
    {
        /// <summary>No interleaving: <see cref="Scan{TSink}"/>'s single stream with predicted branches and pair prefetches, reporting as matches end.</summary>
        OneStream,
        /// <summary><see cref="InterleavedStreams"/> scalar streams with branch-free steps and buffered reports.</summary>
        BranchFree,
        /// <summary>
        /// <see cref="GatheredStreams"/> streams in the lanes of two AVX2 vectors, stepped with
        /// gathers, with buffered reports; where the machine has no AVX2 or the text is too short
        /// for that many chunks, <see cref="BranchFree"/> within <see cref="BranchFreeTableLimit"/>
        /// and <see cref="OneStream"/> beyond.
        /// </summary>
        Gathered,
    }

    /// <summary>The kernel the public <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> uses for this automaton's table where matches are dense (else one stream).</summary>
    internal ScanKernel DefaultKernel { get; }

    internal AhoCorasickAutomaton(ushort[] classOf, State[] states, int[] fail, int[] nextOutput, string[] patterns, int stateCount, int alphabetSize, int maxPatternLength)
    {
        _classOf = classOf;
        _states = states;
        _fail = fail;
        _nextOutput = nextOutput;
        _patterns = patterns;
        StateCount = stateCount;
        AlphabetSize = alphabetSize;
        MaxPatternLength = maxPatternLength;
        long tableBytes = (long)states.Length * SlotSize;
        DefaultKernel = Avx2.IsSupported && tableBytes <= GatheredTableLimit ? ScanKernel.Gathered
            : tableBytes <= BranchFreeTableLimit ? ScanKernel.BranchFree
            : ScanKernel.OneStream;
    }

    /// <summary>Length in UTF-16 code units of the longest pattern (0 when there is none).</summary>
    public int MaxPatternLength { get; }

    /// <summary>Number of distinct patterns; ids run from 0 to <c>PatternCount - 1</c>.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>Number of states: the trie's (the root included), plus a child of the root for every character no pattern starts with.</summary>
    public int StateCount { get; }

    /// <summary>Number of distinct UTF-16 code units used by the patterns.</summary>
    public int AlphabetSize { get; }

    /// <summary>Slots in the double array (states plus the holes the packing left).</summary>
    public int SlotCount => _states.Length;

    /// <summary>The pattern with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not in [0, PatternCount).</exception>
    public string GetPattern(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, _patterns.Length);
        return _patterns[id];
    }

    /// <summary>Length in UTF-16 code units of the pattern with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not in [0, PatternCount).</exception>
    public int GetPatternLength(int id) => GetPattern(id).Length;

    /// <summary>
    /// Bytes held by the compiled matching tables (character class map, state records, output
    /// links). The pattern strings themselves, kept for <see cref="GetPattern"/>, are not counted.
    /// </summary>
    public long MemoryBytes =>
        (long)_classOf.Length * sizeof(ushort)
        + (long)_states.Length * Unsafe.SizeOf<State>()
        + (long)_fail.Length * sizeof(int)
        + (long)_nextOutput.Length * sizeof(int);

    /// <summary>
    /// Reports every occurrence of every pattern in <paramref name="text"/> to
    /// <paramref name="sink"/>, overlapping occurrences included: in order of increasing end,
    /// and at the same end from the longest pattern to the shortest.
    /// </summary>
    /// <typeparam name="TSink">A struct, so the JIT specialises this loop for it and inlines its callback.</typeparam>
    /// <remarks>The scan works on a copy of <paramref name="sink"/> (so its fields can live in
    /// registers) and writes the copy back when it returns.</remarks>
    // Fully optimised from the first call: a CLI run scans a few documents and would otherwise
    // spend them in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IMatchSink
    {
        TSink local = sink;
        uint state = 0;
        ScanStream(text, 0, text.Length, ref state, ref local);
        sink = local;
    }

    /// <summary>
    /// Reports to <paramref name="sink"/> exactly the occurrences <see cref="Scan{TSink}"/> reports,
    /// each once, but in no particular order. Where the state table is small enough for the cache
    /// and matches are dense, a text whose chunks would hold at least
    /// <see cref="MinimumInterleavedChunk"/> code units (and 16 × <see cref="MaxPatternLength"/>) is
    /// cut into chunks scanned side by side (<see cref="GatheredStreams"/> with AVX2 where the text is
    /// long enough, else <see cref="InterleavedStreams"/>), which is faster on such a text; a shorter
    /// text, a text where matches are sparse (judged on its first <see cref="DensitySampleLength"/>
    /// code units) or any text with a larger table is scanned as <see cref="Scan{TSink}"/> does (and
    /// so may come in order — do not rely on it).
    /// </summary>
    /// <typeparam name="TSink">A struct, so the JIT specialises this loop for it and inlines its callback.</typeparam>
    /// <remarks>
    /// Use it when the caller counts matches or sorts them itself. The scan works on a copy of
    /// <paramref name="sink"/> and writes the copy back when it returns.
    /// </remarks>
    public void ScanUnordered<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IMatchSink
    {
        int minimumChunk = Math.Max(MinimumInterleavedChunk, 16 * MaxPatternLength);
        if (DefaultKernel == ScanKernel.OneStream || text.Length < InterleavedStreams * minimumChunk + DensitySampleLength)
        {
            Scan(text, ref sink);
            return;
        }
        // The interleaved kernels step every character alike; one stream with predicted branches is
        // faster where most characters lead nowhere (a list of rare terms over ordinary text: the
        // linter's own 25,000 patterns over government text, 0.24 matches per character, 316 against
        // 177 M chars/s gathered) and slower where nearly every character is inside a match (jieba's
        // words over text made of them, 1.0 per character: 120 against 150). The start of the text
        // says which it is.
        var sample = new CountingForwarder<TSink>(sink);
        uint state = 0;
        ScanStream(text, 0, DensitySampleLength, ref state, ref sample);
        if (sample.Count < DensitySampleLength * DenseMatchesPerCharacter)
        {
            TSink rest = sample.Inner;
            ScanStream(text, DensitySampleLength, text.Length, ref state, ref rest);
            sink = rest;
            return;
        }
        var shifted = new ShiftingForwarder<TSink>(sample.Inner, DensitySampleLength);
        ScanUnordered(text[DensitySampleLength..], ref shifted, minimumChunk, DefaultKernel, state);
        sink = shifted.Inner;
    }

    /// <summary>Code units at the start of a long text that <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> scans in one stream to judge how dense its matches are.</summary>
    internal const int DensitySampleLength = 8192;

    /// <summary>Matches per character from which the interleaved kernels take over (between the 0.24 and 1.0 measured).</summary>
    internal const double DenseMatchesPerCharacter = 0.5;

    /// <summary>Forwards every match to <see cref="Inner"/>, counting them.</summary>
    private struct CountingForwarder<TSink>(TSink inner) : IMatchSink where TSink : struct, IMatchSink
    {
        public TSink Inner = inner;
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void OnMatch(int patternId, int end)
        {
            Count++;
            Inner.OnMatch(patternId, end);
        }
    }

    /// <summary>Forwards every match to <see cref="Inner"/> with its end moved by the offset of the scanned slice.</summary>
    private struct ShiftingForwarder<TSink>(TSink inner, int offset) : IMatchSink where TSink : struct, IMatchSink
    {
        public TSink Inner = inner;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void OnMatch(int patternId, int end) => Inner.OnMatch(patternId, end + offset);
    }

    /// <summary>
    /// <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> with kernel <paramref name="kernel"/>,
    /// interleaving whenever each chunk would hold at least <paramref name="minimumChunk"/> code units
    /// (and at least the run-in), and starting in <paramref name="firstState"/> (the root, unless the
    /// caller scanned the text before this slice); tests use small chunks to put many chunk
    /// boundaries under test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ScanUnordered<TSink>(ReadOnlySpan<char> text, ref TSink sink, int minimumChunk, ScanKernel kernel, uint firstState = 0) where TSink : struct, IMatchSink
    {
        // Chunk k (k > 0) is entered MaxPatternLength - 1 characters early, from the root and
        // without reporting: after that run-in its state is the one a scan from the start of the
        // text would have (no state is deeper than the longest pattern), and every match ending
        // inside the chunk is reported by the chunk's own stream and by no other.
        int runIn = Math.Max(MaxPatternLength - 1, 0);
        bool Fits(int chunk) => chunk > 0 && chunk >= minimumChunk && chunk >= runIn;
        if (kernel == ScanKernel.Gathered && !(Avx2.IsSupported && Fits(text.Length / GatheredStreams)))
            kernel = (long)_states.Length * SlotSize <= BranchFreeTableLimit ? ScanKernel.BranchFree : ScanKernel.OneStream;
        int streams = kernel == ScanKernel.Gathered ? GatheredStreams : InterleavedStreams;
        int chunk = text.Length / streams;
        if (kernel == ScanKernel.OneStream || !Fits(chunk))
        {
            TSink alone = sink;
            ScanStream(text, 0, text.Length, ref firstState, ref alone);
            sink = alone;
            return;
        }

        TSink local = sink;
        Span<uint> states = stackalloc uint[streams];
        states[0] = firstState; // the first chunk starts at the text's start, in the state the caller was in there
        for (int k = 1; k < streams; k++)
            states[k] = RunIn(text.Slice(k * chunk - runIn, runIn));
        if (kernel == ScanKernel.Gathered)
            InterleaveStreamsGathered(text, chunk, states, ref local);
        else
            InterleaveThreeStreamsBranchFree(text, chunk, ref states[0], ref states[1], ref states[2], ref local);
        // The last chunk also takes the remainder of the division.
        ScanStream(text, streams * chunk, text.Length, ref states[streams - 1], ref local);
        sink = local;
    }

    /// <summary>
    /// Every occurrence of every pattern, overlapping ones included, ordered by end (ascending)
    /// and, at the same end, longest first — which for matches ending together is also by start
    /// ascending.
    /// </summary>
    public List<Match> FindAll(ReadOnlySpan<char> text)
    {
        var sink = new ListSink(new List<Match>(), _patterns);
        Scan(text, ref sink);
        return sink.Matches;
    }

    /// <summary>Number of occurrences of all patterns in <paramref name="text"/>, overlapping ones included.</summary>
    public int CountMatches(ReadOnlySpan<char> text)
    {
        var sink = new CountingSink();
        ScanUnordered(text, ref sink);
        return sink.Count;
    }

    /// <summary>Scans text[from..to) starting in <paramref name="state"/>, reporting every match in order of end, and leaves the final state there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void ScanStream<TSink>(ReadOnlySpan<char> text, int from, int to, ref uint state, ref TSink sink) where TSink : struct, IMatchSink
    {
        // Offsets below are in range by the class invariant: the class table has 65,536 entries
        // and Base + class, FailBase + class < States.Length for every state.
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref byte table = ref TableStart();
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        ref char chars = ref MemoryMarshal.GetReference(text);
        uint current = state;
        // A local copy, so that the sink's fields live in registers rather than behind the reference.
        TSink local = sink;
        int i = from;
        if (Sse.IsSupported)
        {
            // Up to where the pair ahead still lies inside text[..to].
            int prefetchEnd = to - PrefetchDistance - 1;
            fixed (State* pinned = _states)
            {
                for (; i < prefetchEnd; i++)
                {
                    PrefetchPair((byte*)pinned, ref classOf, ref chars, i + PrefetchDistance);
                    current = Step(ref table, current, ClassOffset(ref classOf, Unsafe.Add(ref chars, i)));
                    Report(ref local, ref nextOutput, SlotAt(ref table, current).Output, i + 1);
                }
            }
        }
        for (; i < to; i++)
        {
            current = Step(ref table, current, ClassOffset(ref classOf, Unsafe.Add(ref chars, i)));
            Report(ref local, ref nextOutput, SlotAt(ref table, current).Output, i + 1);
        }
        sink = local;
        state = current;
    }

    /// <summary>
    /// Asks the cache for the slot of the character pair chars[p], chars[p + 1]: the root's child on
    /// chars[p] (slot = its class offset) has its children at its Base, and the pair's slot is
    /// Base + the class offset of chars[p + 1] — whether or not a state sits there. The slot a
    /// step looks up depends on the state, which a scan cannot know ahead; this one depends on the
    /// text alone, and it is the slot looked up whenever the scan stands in a state whose string,
    /// or whose failure state's string, is the one character text[p]: 58% of all lookups with
    /// 100,000 patterns. (Prefetching the slot of the triple as well, a dependent load ahead,
    /// gained nothing.) A prefetch never faults, and the address is inside the table anyway (the
    /// class invariant).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchPair(byte* table, ref ushort classOf, ref char chars, int p)
    {
        int rootChildBase = *(int*)(table + ClassOffset(ref classOf, Unsafe.Add(ref chars, p)));
        Sse.Prefetch0(table + rootChildBase + ClassOffset(ref classOf, Unsafe.Add(ref chars, p + 1)));
    }

    /// <summary>The state after reading <paramref name="text"/> from the root, reporting nothing.</summary>
    private uint RunIn(ReadOnlySpan<char> text)
    {
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref byte table = ref TableStart();
        uint state = 0;
        foreach (char c in text)
            state = Step(ref table, state, ClassOffset(ref classOf, c));
        return state;
    }

    /// <summary>
    /// Advances three streams over text[k·chunk .. k·chunk + chunk) for k = 0, 1, 2 in one loop,
    /// with branch-free steps and reporting: a block of
    /// <see cref="BlockLength"/> characters per stream is stepped with no data-dependent branch,
    /// each step's output buffered whether or not it is a match (only a match advances the write
    /// index), and the block's matches are then handed to the sink.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    private void InterleaveThreeStreamsBranchFree<TSink>(ReadOnlySpan<char> text, int chunk, ref uint state0, ref uint state1, ref uint state2, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        Span<PendingMatch> pending = stackalloc PendingMatch[InterleavedStreams * BlockLength];
        Span<PendingMatch> expanded = stackalloc PendingMatch[2 * InterleavedStreams * BlockLength];
        ref char chars = ref MemoryMarshal.GetReference(text);
        ref PendingMatch buffer = ref MemoryMarshal.GetReference(pending);
        for (int blockStart = 0; blockStart < chunk; blockStart += BlockLength)
        {
            int count = FillBlockThreeStreams(ref chars, chunk, blockStart, Math.Min(chunk, blockStart + BlockLength), ref state0, ref state1, ref state2, ref buffer);
            Deliver(ref sink, pending[..count], expanded);
        }
    }

    /// <summary>
    /// Steps three streams over chars[k·chunk + from .. k·chunk + to), k = 0, 1, 2, and buffers the
    /// output of every state entered; returns how many buffered entries are matches. No call and
    /// no data-dependent branch inside (but the rare deep failure loop).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FillBlockThreeStreams(ref char chars, int chunk, int from, int to, ref uint state0, ref uint state1, ref uint state2, ref PendingMatch buffer)
    {
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref byte table = ref TableStart();
        ref char chars1 = ref Unsafe.Add(ref chars, chunk);
        ref char chars2 = ref Unsafe.Add(ref chars, 2 * chunk);
        uint s0 = state0, s1 = state1, s2 = state2;
        int count = 0;
        for (int j = from; j < to; j++)
        {
            s0 = StepBranchFree(ref table, s0, ClassOffset(ref classOf, Unsafe.Add(ref chars, j)));
            s1 = StepBranchFree(ref table, s1, ClassOffset(ref classOf, Unsafe.Add(ref chars1, j)));
            s2 = StepBranchFree(ref table, s2, ClassOffset(ref classOf, Unsafe.Add(ref chars2, j)));
            int output0 = SlotAt(ref table, s0).Output;
            Unsafe.Add(ref buffer, count) = new PendingMatch(output0, j + 1);
            count += HasOutput(output0);
            int output1 = SlotAt(ref table, s1).Output;
            Unsafe.Add(ref buffer, count) = new PendingMatch(output1, chunk + j + 1);
            count += HasOutput(output1);
            int output2 = SlotAt(ref table, s2).Output;
            Unsafe.Add(ref buffer, count) = new PendingMatch(output2, 2 * chunk + j + 1);
            count += HasOutput(output2);
        }
        state0 = s0;
        state1 = s1;
        state2 = s2;
        return count;
    }

    /// <summary>
    /// Hands buffered matches to the sink in buffer order, each state's patterns longest first.
    /// Chains of one or two patterns (nearly all) are expanded into <paramref name="expanded"/>
    /// without a branch, so the sink is then called from a loop whose trip count is known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Deliver<TSink>(ref TSink sink, ReadOnlySpan<PendingMatch> pending, Span<PendingMatch> expanded) where TSink : struct, IMatchSink
    {
        ref PendingMatch first = ref MemoryMarshal.GetReference(expanded);
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        // A local copy, so that the sink's fields live in registers rather than behind the reference.
        TSink local = sink;
        int count = 0;
        foreach (PendingMatch match in pending)
        {
            // The second pattern is written whether or not there is one and kept only if there is.
            int output = match.Output;
            int second = Unsafe.Add(ref nextOutput, output & PatternIdMask);
            Unsafe.Add(ref first, count) = new PendingMatch(output & PatternIdMask, match.End);
            Unsafe.Add(ref first, count + 1) = new PendingMatch(second & PatternIdMask, match.End);
            count += 1 + ((output & MoreOutputsFlag) >> MoreOutputsShift);
            if ((output & second & MoreOutputsFlag) != 0)
            {
                // A third pattern: hand over what is expanded so far, then the rest of the chain.
                HandOver(ref local, expanded[..count]);
                count = 0;
                Report(ref local, ref nextOutput, Unsafe.Add(ref nextOutput, second & PatternIdMask), match.End);
            }
        }
        HandOver(ref local, expanded[..count]);
        sink = local;
    }

    /// <summary>Calls the sink for each expanded match (pattern id and end), in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void HandOver<TSink>(ref TSink sink, ReadOnlySpan<PendingMatch> matches) where TSink : struct, IMatchSink
    {
        foreach (PendingMatch match in matches)
            sink.OnMatch(match.Output, match.End);
    }

    /// <summary>1 when <paramref name="output"/> names a pattern, 0 for <see cref="NoOutput"/> (the sign bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HasOutput(int output) => (int)((uint)~output >> 31);

    /// <summary>
    /// <see cref="Step"/> without a data-dependent branch (but the rare deep failure loop): the
    /// state's child, the failure state's child and the root's child are looked up side by side
    /// and the first that exists is chosen with masks. Faster while the table is in the core's
    /// cache; on a larger table it serialises the cache misses that predicted branches overlap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint StepBranchFree(ref byte table, uint state, uint classOffset)
    {
        ref State current = ref SlotAt(ref table, state);
        uint child = (uint)current.Base + classOffset;
        uint suffixChild = (uint)current.FailBase + classOffset;
        uint isSuffixChild = MaskOf(SlotAt(ref table, suffixChild).Label == (int)classOffset);
        uint isChild = MaskOf(SlotAt(ref table, child).Label == (int)classOffset);
        uint next = classOffset ^ ((suffixChild ^ classOffset) & isSuffixChild);
        next ^= (child ^ next) & isChild;
        if ((~(isChild | isSuffixChild) & (uint)current.Output & DeepFailureFlag) != 0)
            next = StepPastFailureState(ref table, state, classOffset);
        return next;
    }

    /// <summary>All ones when <paramref name="condition"/> holds, else 0, without a branch (the JIT does not turn a conditional inside a loop into a conditional move).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint MaskOf(bool condition) => (uint)-Unsafe.BitCast<bool, byte>(condition);

    /// <summary>A state's encoded output and the end of the text read when the scan entered it, buffered until the block is delivered.</summary>
    private readonly record struct PendingMatch(int Output, int End);

    /// <summary>The class of <paramref name="c"/> as a byte offset (class × <see cref="SlotSize"/>), which is also the root's child on it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ClassOffset(ref ushort classOf, char c) => (uint)Unsafe.Add(ref classOf, c) << SlotShift;

    /// <summary>
    /// The state after reading a character of class offset <paramref name="classOffset"/> in
    /// <paramref name="state"/>; both are byte offsets into the state table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Step(ref byte table, uint state, uint classOffset)
    {
        ref State current = ref SlotAt(ref table, state);
        uint child = (uint)current.Base + classOffset;
        if (SlotAt(ref table, child).Label == (int)classOffset)
            return child;
        // A state that fails to the root has FailBase 0: its answer is the root's child, slot
        // classOffset, with no lookup.
        if (current.FailBase == 0)
            return classOffset;
        uint suffixChild = (uint)current.FailBase + classOffset;
        if (SlotAt(ref table, suffixChild).Label == (int)classOffset)
            return suffixChild;
        if ((current.Output & DeepFailureFlag) != 0)
            return StepPastFailureState(ref table, state, classOffset);
        return classOffset;
    }

    /// <summary>The first byte of the state table, the origin of the byte offsets the scan loops compute in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte TableStart() => ref Unsafe.As<State, byte>(ref MemoryMarshal.GetArrayDataReference(_states));

    /// <summary>The slot at byte offset <paramref name="offset"/> of the state table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref State SlotAt(ref byte table, uint offset) => ref Unsafe.As<byte, State>(ref Unsafe.AddByteOffset(ref table, offset));

    /// <summary>
    /// <see cref="Step"/> when neither the state nor its failure state has a child on the class:
    /// continues down the failure chain from the failure state's failure state. Rare (under 2% of
    /// characters with 100,000 patterns); inlined as a loop, since a call would cost the scan
    /// loops their registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint StepPastFailureState(ref byte table, uint state, uint classOffset)
    {
        ref int fail = ref MemoryMarshal.GetArrayDataReference(_fail);
        for (int suffix = Unsafe.Add(ref fail, Unsafe.Add(ref fail, (int)(state >> SlotShift))); suffix != 0; suffix = Unsafe.Add(ref fail, suffix))
        {
            uint candidate = (uint)SlotAt(ref table, (uint)suffix << SlotShift).Base + classOffset;
            if (SlotAt(ref table, candidate).Label == (int)classOffset)
                return candidate;
        }
        return classOffset;
    }

    /// <summary>Reports every pattern in the chain that starts at <paramref name="output"/>, longest first, as ending at <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Report<TSink>(ref TSink sink, ref int nextOutput, int output, int end) where TSink : struct, IMatchSink
    {
        if (output < 0)
            return;
        while (true)
        {
            sink.OnMatch(output & PatternIdMask, end);
            if ((output & MoreOutputsFlag) == 0)
                return;
            output = Unsafe.Add(ref nextOutput, output & PatternIdMask);
        }
    }

    private struct ListSink(List<Match> matches, string[] patterns) : IMatchSink
    {
        public readonly List<Match> Matches = matches;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void OnMatch(int patternId, int end)
        {
            int length = patterns[patternId].Length;
            Matches.Add(new Match(patternId, end - length, length));
        }
    }

    /// <summary>
    /// One double-array slot; 16 bytes, so that four fit in a cache line. The runtime aligns array
    /// data to 8 bytes only, so in some processes every fourth record straddles two lines; copying
    /// the table to a 64-byte boundary was measured and made no difference (10k: 130–133 M chars/s
    /// either way), so it is not done.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct State
    {
        /// <summary>Children of this state sit at <c>Base + class</c>. No two states with children share a base; all leaves share one that none of them has.</summary>
        public int Base;
        /// <summary><see cref="Base"/> of this state's failure state (the state for the longest proper suffix of its string that is also in the trie).</summary>
        public int FailBase;
        /// <summary>
        /// Id of the longest pattern that is a suffix of this state's string, with
        /// <see cref="MoreOutputsFlag"/> set when a shorter one is too, or <see cref="NoOutput"/>;
        /// either way with <see cref="DeepFailureFlag"/> when the failure chain is more than two links long.
        /// </summary>
        public int Output;
        /// <summary>The class on which this state's parent reaches it: slot t is the child of s on class c exactly when <c>s.Base + c == t</c> and <c>Label == c</c>. -1 for free slots and the root.</summary>
        public int Label;
    }
}
