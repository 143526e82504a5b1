// Invariant: after construction nothing in an automaton changes, so any number of threads may
// scan with it at once. The tables obey the double-array rule: state t is the child of state s on
// character class c exactly when States[s].Base + c == t and States[t].Check == s, and every
// index Base + c (for any state and any class) lies inside States, so the scan loop can index
// without bounds checks. RootNext[c] is the root's child on class c, or the root itself, so a
// failure chain that reaches the root ends with one read. States[s].Output is the id of the
// longest pattern that ends in s (itself or through its failure chain), or -1; NextOutput links
// each pattern to the next shorter pattern that is also a suffix of it, so reporting every match
// never walks a state without output.

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
/// </remarks>
public sealed class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;
    private readonly State[] _states;
    private readonly int[] _nextOutput;
    private readonly int[] _rootNext;
    private readonly string[] _patterns;

    internal AhoCorasickAutomaton(ushort[] classOf, State[] states, int[] nextOutput, string[] patterns, int stateCount, int alphabetSize)
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
    }

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
    // Fully optimised from the first call: a CLI run scans a few documents and would otherwise
    // spend them in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IMatchSink
    {
        // Indices below are in range by the class invariant: the class table has 65,536 entries,
        // a class is <= AlphabetSize (the root row's last index) and Base + class < States.Length.
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref State states = ref MemoryMarshal.GetArrayDataReference(_states);
        ref int rootNext = ref MemoryMarshal.GetArrayDataReference(_rootNext);
        ref int nextOutput = ref MemoryMarshal.GetArrayDataReference(_nextOutput);
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // Class 0 (a character in no pattern) finds no child anywhere and its root entry is
            // 0, so it needs no branch of its own: it falls through to the root like any miss.
            int cls = Unsafe.Add(ref classOf, text[i]);
            ref State current = ref Unsafe.Add(ref states, state);
            int next = current.Base + cls;
            if (Unsafe.Add(ref states, next).Check == state)
            {
                state = next;
            }
            else
            {
                // Follow failure links; most chains end at the root at once, whose transitions
                // are one dense row.
                int fail = current.Fail;
                while (true)
                {
                    if (fail == 0)
                    {
                        state = Unsafe.Add(ref rootNext, cls);
                        break;
                    }
                    ref State suffix = ref Unsafe.Add(ref states, fail);
                    next = suffix.Base + cls;
                    if (Unsafe.Add(ref states, next).Check == fail)
                    {
                        state = next;
                        break;
                    }
                    fail = suffix.Fail;
                }
            }

            int patternId = Unsafe.Add(ref states, state).Output;
            while (patternId >= 0)
            {
                sink.OnMatch(patternId, i + 1);
                patternId = Unsafe.Add(ref nextOutput, patternId);
            }
        }
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
        Scan(text, ref sink);
        return sink.Count;
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
        /// <summary>Id of the longest pattern that is a suffix of this state's string, or -1.</summary>
        public int Output;
    }
}
