// Invariant: after construction nothing in an automaton changes, so any number of threads may
// scan with it at once. The tables obey the double-array rule: state t is the child of state s on
// character class c exactly when States[s].Base + c == t and States[t].Check == s, and every
// index Base + c (for any state and any class) lies inside States, so the scan loops can index
// without bounds checks. RootNext[c] is the root's child on class c, or the root itself, so a
// failure chain that reaches the root ends with one read. States[s].Output is the id of the
// longest pattern that ends in s (itself or through its failure chain), or -1; NextOutput links
// each pattern to the next shorter pattern that is also a suffix of it. Both carry
// MoreOutputsFlag when another, shorter pattern follows in the chain, so a state with a single
// output (most of them) is reported without reading NextOutput, and no walk ever visits a state
// without output. No state is deeper than MaxPatternLength, which is what lets the interleaved
// scan start a stream MaxPatternLength - 1 characters before its chunk and be in the same state
// as a scan from the start of the text by the time it reaches the chunk.

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// a double array: one 16-byte record per state holds its base, the check of the slot it occupies,
/// its failure link and its first output, so a successful transition touches one cache line, which
/// also holds everything the next step needs from the new state.
/// </para>
/// <para>
/// Speed: each character costs a short chain of dependent loads (class, state record, child
/// record) and a hard-to-predict branch (child or failure), so one scan leaves the core mostly
/// waiting. <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> cuts a long text into
/// <see cref="InterleavedStreams"/> chunks and advances one automaton state per chunk in the same
/// loop, so the chains of independent chunks overlap; it reports the same matches as
/// <see cref="Scan{TSink}"/>, but not in order of end.
/// </para>
/// </remarks>
public sealed class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;
    private readonly State[] _states;
    private readonly int[] _nextOutput;
    private readonly int[] _rootNext;
    private readonly string[] _patterns;

    /// <summary>Set on an encoded output (a state's <see cref="State.Output"/> or a chain link) when another, shorter pattern follows it in the chain.</summary>
    internal const int MoreOutputsFlag = 1 << 30;

    /// <summary>Masks the pattern id out of an encoded output.</summary>
    private const int PatternIdMask = MoreOutputsFlag - 1;

    /// <summary>Most patterns one automaton holds: ids must stay below <see cref="MoreOutputsFlag"/>.</summary>
    internal const int MaxPatternCount = MoreOutputsFlag;

    /// <summary>Number of chunks <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> scans side by side (measured: 3 was faster than 2 and than 4, which runs out of registers).</summary>
    public const int InterleavedStreams = 3;

    /// <summary>
    /// Shortest chunk (in UTF-16 code units) for which <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/> interleaves;
    /// shorter texts are scanned in one stream, where the set-up would cost more than it saves.
    /// </summary>
    public const int MinimumInterleavedChunk = 4096;

    internal AhoCorasickAutomaton(ushort[] classOf, State[] states, int[] nextOutput, string[] patterns, int stateCount, int alphabetSize, int maxPatternLength)
    {
        _classOf = classOf;
        _states = states;
        _nextOutput = nextOutput;
        _rootNext = new int[alphabetSize + 1];
        for (int cls = 1; cls <= alphabetSize; cls++)
        {
            int child = states[0].Base + cls;
            _rootNext[cls] = states[child].Check == 0 ? child : 0;
        }
        _patterns = patterns;
        StateCount = stateCount;
        AlphabetSize = alphabetSize;
        MaxPatternLength = maxPatternLength;
    }

    /// <summary>Length in UTF-16 code units of the longest pattern (0 when there is none).</summary>
    public int MaxPatternLength { get; }

    /// <summary>Number of distinct patterns; ids run from 0 to <c>PatternCount - 1</c>.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>Number of trie states, the root included.</summary>
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
        + (long)_nextOutput.Length * sizeof(int)
        + (long)_rootNext.Length * sizeof(int);

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
        int state = 0;
        ScanStream(text, 0, text.Length, ref state, ref local);
        sink = local;
    }

    /// <summary>
    /// Reports to <paramref name="sink"/> exactly the occurrences <see cref="Scan{TSink}"/> reports,
    /// each once, but in no particular order. A text whose chunks would hold at least
    /// <see cref="MinimumInterleavedChunk"/> code units (and 16 × <see cref="MaxPatternLength"/>) is
    /// cut into <see cref="InterleavedStreams"/> chunks scanned side by side, which is faster on a
    /// long text; a shorter text is scanned as <see cref="Scan{TSink}"/> does (and so happens to
    /// come in order — do not rely on it).
    /// </summary>
    /// <typeparam name="TSink">A struct, so the JIT specialises this loop for it and inlines its callback.</typeparam>
    /// <remarks>
    /// Use it when the caller counts matches or sorts them itself. The scan works on a copy of
    /// <paramref name="sink"/> and writes the copy back when it returns.
    /// </remarks>
    public void ScanUnordered<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IMatchSink
        => ScanUnordered(text, ref sink, Math.Max(MinimumInterleavedChunk, 16 * MaxPatternLength));

    /// <summary>
    /// <see cref="ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/>, interleaving whenever each
    /// chunk would hold at least <paramref name="minimumChunk"/> code units (and at least the
    /// run-in); tests use small values to put many chunk boundaries under test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ScanUnordered<TSink>(ReadOnlySpan<char> text, ref TSink sink, int minimumChunk) where TSink : struct, IMatchSink
    {
        // Chunk k (k > 0) is entered MaxPatternLength - 1 characters early, from the root and
        // without reporting: after that run-in its state is the one a scan from the start of the
        // text would have (no state is deeper than the longest pattern), and every match ending
        // inside the chunk is reported by the chunk's own stream and by no other.
        int runIn = Math.Max(MaxPatternLength - 1, 0);
        int chunk = text.Length / InterleavedStreams;
        if (chunk == 0 || chunk < minimumChunk || chunk < runIn)
        {
            Scan(text, ref sink);
            return;
        }

        TSink local = sink;
        int start1 = chunk, start2 = 2 * chunk;
        int state0 = 0;
        int state1 = RunIn(text.Slice(start1 - runIn, runIn));
        int state2 = RunIn(text.Slice(start2 - runIn, runIn));
        InterleaveThreeStreams(text, chunk, ref state0, ref state1, ref state2, ref local);
        // The last chunk also takes the remainder of the division.
        ScanStream(text, start2 + chunk, text.Length, ref state2, ref local);
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

    /// <summary>Scans text[from..to) starting in <paramref name="state"/>, reporting every match, and leaves the final state there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScanStream<TSink>(ReadOnlySpan<char> text, int from, int to, ref int state, ref TSink sink) where TSink : struct, IMatchSink
    {
        // Indices below are in range by the class invariant: the class table has 65,536 entries,
        // a class is <= AlphabetSize (the root row's last index) and Base + class < States.Length.
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref State states = ref MemoryMarshal.GetArrayDataReference(_states);
        ref int rootNext = ref MemoryMarshal.GetArrayDataReference(_rootNext);
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        ref char chars = ref MemoryMarshal.GetReference(text);
        int current = state;
        for (int i = from; i < to; i++)
        {
            current = Step(ref states, ref rootNext, current, Unsafe.Add(ref classOf, Unsafe.Add(ref chars, i)));
            Report(ref sink, ref states, ref nextOutput, current, i + 1);
        }
        state = current;
    }

    /// <summary>The state after reading <paramref name="text"/> from the root, reporting nothing.</summary>
    private int RunIn(ReadOnlySpan<char> text)
    {
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref State states = ref MemoryMarshal.GetArrayDataReference(_states);
        ref int rootNext = ref MemoryMarshal.GetArrayDataReference(_rootNext);
        int state = 0;
        foreach (char c in text)
            state = Step(ref states, ref rootNext, state, Unsafe.Add(ref classOf, c));
        return state;
    }

    /// <summary>
    /// Advances three streams over text[k·chunk .. k·chunk + chunk) for k = 0, 1, 2 in one loop,
    /// reporting each stream's matches as they end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void InterleaveThreeStreams<TSink>(ReadOnlySpan<char> text, int chunk, ref int state0, ref int state1, ref int state2, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref State states = ref MemoryMarshal.GetArrayDataReference(_states);
        ref int rootNext = ref MemoryMarshal.GetArrayDataReference(_rootNext);
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        ref char chars0 = ref MemoryMarshal.GetReference(text);
        ref char chars1 = ref Unsafe.Add(ref chars0, chunk);
        ref char chars2 = ref Unsafe.Add(ref chars0, 2 * chunk);
        int s0 = state0, s1 = state1, s2 = state2;
        // Locals, not the ref parameters, so the three states live in registers.
        TSink local = sink;
        for (int j = 0; j < chunk; j++)
        {
            // The three steps are independent, so the core overlaps their loads; reporting comes
            // after all three so that a mispredicted output branch does not hold them back.
            s0 = Step(ref states, ref rootNext, s0, Unsafe.Add(ref classOf, Unsafe.Add(ref chars0, j)));
            s1 = Step(ref states, ref rootNext, s1, Unsafe.Add(ref classOf, Unsafe.Add(ref chars1, j)));
            s2 = Step(ref states, ref rootNext, s2, Unsafe.Add(ref classOf, Unsafe.Add(ref chars2, j)));
            Report(ref local, ref states, ref nextOutput, s0, j + 1);
            Report(ref local, ref states, ref nextOutput, s1, chunk + j + 1);
            Report(ref local, ref states, ref nextOutput, s2, 2 * chunk + j + 1);
        }
        sink = local;
        state0 = s0;
        state1 = s1;
        state2 = s2;
    }

    /// <summary>The state after reading class <paramref name="cls"/> in <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref State states, ref int rootNext, int state, int cls)
    {
        // Class 0 (a character in no pattern) finds no child anywhere and its root entry is 0,
        // so it needs no branch of its own: it falls through to the root like any miss.
        ref State current = ref Unsafe.Add(ref states, state);
        int next = current.Base + cls;
        if (Unsafe.Add(ref states, next).Check == state)
            return next;
        // Follow failure links; most chains end at the root at once, whose transitions are one
        // dense row.
        int fail = current.Fail;
        while (true)
        {
            if (fail == 0)
                return Unsafe.Add(ref rootNext, cls);
            ref State suffix = ref Unsafe.Add(ref states, fail);
            next = suffix.Base + cls;
            if (Unsafe.Add(ref states, next).Check == fail)
                return next;
            fail = suffix.Fail;
        }
    }

    /// <summary>Reports every pattern that ends in <paramref name="state"/>, longest first, as ending at <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Report<TSink>(ref TSink sink, ref State states, ref int nextOutput, int state, int end) where TSink : struct, IMatchSink
    {
        int output = Unsafe.Add(ref states, state).Output;
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

    /// <summary>One double-array slot; 16 bytes so that four fit in a cache line and never straddle one.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct State
    {
        /// <summary>Children of this state sit at <c>Base + class</c>.</summary>
        public int Base;
        /// <summary>The parent of the state in this slot, or -1 for a free slot (and the root).</summary>
        public int Check;
        /// <summary>The state for the longest proper suffix of this state's string that is also in the trie.</summary>
        public int Fail;
        /// <summary>
        /// Id of the longest pattern that is a suffix of this state's string, with
        /// <see cref="MoreOutputsFlag"/> set when a shorter one is too; or -1.
        /// </summary>
        public int Output;
    }
}
