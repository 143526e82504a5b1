// Invariant: the compiler turns a list of distinct, non-empty patterns into the tables of an
// AhoCorasickAutomaton without ever allocating a per-node object. The trie is never materialised
// as nodes: a trie node is a range of the ordinally sorted patterns that share a prefix, and it is
// placed straight into the double array in breadth-first order. Breadth-first order is what makes
// failure and output links computable in one forward pass: a node's failure target is shallower,
// so it has been finished before the node is reached.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextLint.Core.Matching;

internal static class AutomatonCompiler
{
    private const int NoPattern = -1;
    private const int FreeCheck = -1;

    /// <summary>A trie node waiting for its children to be placed: patterns [Low, High) share its Depth-long prefix.</summary>
    private readonly record struct PendingNode(int Slot, int Low, int High, int Depth);

    // The compiler runs once per process (at start-up), so tiered JIT would run it unoptimised;
    // its loops are worth compiling fully up front.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AhoCorasickAutomaton Compile(string[] patterns)
    {
        if (patterns.Length > AhoCorasickAutomaton.MaxPatternCount)
            throw new NotSupportedException($"An automaton holds at most {AhoCorasickAutomaton.MaxPatternCount:N0} patterns; pattern ids share their word with a flag bit.");
        ushort[] classOf = BuildAlphabet(patterns, out int alphabetSize);

        // Sorting puts every trie node's patterns in one contiguous run, with the pattern that
        // ends at the node (a prefix of all the others) first.
        var sorted = (string[])patterns.Clone();
        var ids = new int[patterns.Length];
        for (int i = 0; i < ids.Length; i++) ids[i] = i;
        Array.Sort(sorted, ids, StringComparer.Ordinal);

        var packer = new DoubleArrayPacker(Math.Max(1024, patterns.Length * 3), alphabetSize);
        var order = new List<int>(patterns.Length * 2); // states in breadth-first order, root excluded
        var queue = new Queue<PendingNode>();
        queue.Enqueue(new PendingNode(0, 0, sorted.Length, 0));
        var labels = new List<int>();
        var childRanges = new List<(int Low, int High)>();

        while (queue.TryDequeue(out PendingNode node))
        {
            int low = node.Low;
            if (low < node.High && sorted[low].Length == node.Depth)
            {
                packer.SetTerminal(node.Slot, ids[low]);
                low++;
            }
            if (low == node.High)
                continue; // a leaf: its base stays 0, which finds no child (see DoubleArrayPacker)

            labels.Clear();
            childRanges.Clear();
            int depth = node.Depth;
            for (int start = low; start < node.High;)
            {
                char c = sorted[start][depth];
                int end = start + 1;
                while (end < node.High && sorted[end][depth] == c) end++;
                labels.Add(classOf[c]);
                childRanges.Add((start, end));
                start = end;
            }

            // Children go into the queue most frequent character first, so the states a text
            // visits most are placed early, next to each other, and stay in cache.
            if (labels.Count > 1)
                CollectionsMarshal.AsSpan(labels).Sort(CollectionsMarshal.AsSpan(childRanges));
            int @base = packer.PlaceChildren(node.Slot, CollectionsMarshal.AsSpan(labels));
            for (int k = 0; k < labels.Count; k++)
            {
                int child = @base + labels[k];
                order.Add(child);
                queue.Enqueue(new PendingNode(child, childRanges[k].Low, childRanges[k].High, depth + 1));
            }
        }

        AhoCorasickAutomaton.State[] states = packer.Finish(out int[] terminal);
        int[] nextOutput = LinkFailuresAndOutputs(states, terminal, CollectionsMarshal.AsSpan(order), patterns.Length);
        int maxPatternLength = 0;
        foreach (string pattern in patterns) maxPatternLength = Math.Max(maxPatternLength, pattern.Length);
        return new AhoCorasickAutomaton(classOf, states, nextOutput, patterns, order.Count + 1, alphabetSize, maxPatternLength);
    }

    /// <summary>
    /// Maps every code unit used by a pattern to a class 1..alphabetSize, most frequent first, so
    /// that the labels of a node's children cluster at small values and pack densely.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ushort[] BuildAlphabet(string[] patterns, out int alphabetSize)
    {
        var frequency = new int[char.MaxValue + 1];
        foreach (string pattern in patterns)
            foreach (char c in pattern)
                frequency[c]++;

        var used = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (frequency[c] != 0) used.Add((char)c);
        if (used.Count > ushort.MaxValue)
            throw new NotSupportedException("The patterns use every UTF-16 code unit value; class 0 must stay free for characters in no pattern.");

        char[] chars = used.ToArray();
        var sortKeys = new long[chars.Length];
        for (int i = 0; i < chars.Length; i++)
            sortKeys[i] = -(((long)frequency[chars[i]] << 16) | (ushort)~chars[i]); // frequency desc, then code unit asc
        Array.Sort(sortKeys, chars);

        var classOf = new ushort[char.MaxValue + 1];
        for (int i = 0; i < chars.Length; i++)
            classOf[chars[i]] = (ushort)(i + 1);
        alphabetSize = chars.Length;
        return classOf;
    }

    /// <summary>
    /// Sets each state's failure link and first output, and returns the output chain (next shorter
    /// suffix pattern for each pattern id). Outputs and chain links are encoded as the automaton
    /// reads them: a pattern id, with <see cref="AhoCorasickAutomaton.MoreOutputsFlag"/> set when a
    /// shorter pattern also ends there. <paramref name="order"/> lists states breadth-first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] LinkFailuresAndOutputs(AhoCorasickAutomaton.State[] states, int[] terminal, ReadOnlySpan<int> order, int patternCount)
    {
        var nextOutput = new int[patternCount];
        states[0].Fail = 0;
        states[0].Output = NoPattern;
        foreach (int state in order)
        {
            int parent = states[state].Check;
            int label = state - states[parent].Base;
            int fail = 0;
            if (parent != 0)
            {
                int candidate = states[parent].Fail;
                while (true)
                {
                    int next = states[candidate].Base + label;
                    if (states[next].Check == candidate) { fail = next; break; }
                    if (candidate == 0) break;
                    candidate = states[candidate].Fail;
                }
            }
            states[state].Fail = fail;

            // The failure state is shallower, so its output is already final; it carries its own
            // "more outputs" flag, which is exactly what the chain link from this state's pattern needs.
            int inherited = states[fail].Output;
            int own = terminal[state];
            if (own != NoPattern)
            {
                nextOutput[own] = inherited;
                states[state].Output = inherited == NoPattern ? own : own | AhoCorasickAutomaton.MoreOutputsFlag;
            }
            else
            {
                states[state].Output = inherited;
            }
        }
        return nextOutput;
    }

    /// <summary>
    /// First-fit double-array placement. Keeps a byte per slot (used or free) so that finding the
    /// next free slot is a vectorised IndexOf rather than a walk.
    /// </summary>
    private sealed class DoubleArrayPacker
    {
        private readonly int _alphabetSize;
        private AhoCorasickAutomaton.State[] _states;
        private byte[] _used;
        private int[] _terminal;
        private int _firstFree = 1;
        private int _extent = 1; // one past the highest used slot
        private int _maxBase;
        private const int SizeClasses = 16;
        /// <summary>Failed candidates after which the region before the chosen base counts as full for this size class.</summary>
        private const int CrowdedProbes = 64;
        private readonly int[] _searchFrom = new int[SizeClasses];

        public DoubleArrayPacker(int initialCapacity, int alphabetSize)
        {
            _alphabetSize = alphabetSize;
            _states = Array.Empty<AhoCorasickAutomaton.State>();
            _used = Array.Empty<byte>();
            _terminal = Array.Empty<int>();
            Grow(initialCapacity + alphabetSize + 1);
            _used[0] = 1; // the root
        }

        public void SetTerminal(int slot, int patternId) => _terminal[slot] = patternId;

        /// <summary>Finds a base where every label's slot is free, claims those slots for <paramref name="parent"/>'s children and returns the base.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int PlaceChildren(int parent, ReadOnlySpan<int> labels)
        {
            int minLabel = int.MaxValue, maxLabel = 0;
            foreach (int label in labels)
            {
                if (label < minLabel) minLabel = label;
                if (label > maxLabel) maxLabel = label;
            }

            // Regions only ever fill up, so where a node with about as many children last needed
            // a long search is a good lower bound for this one: searching from there instead of
            // from the first free slot keeps the build near linear for the wide Chinese nodes,
            // while nodes that still fit early keep filling the holes near the front.
            int sizeClass = Math.Min(BitOperations.Log2((uint)labels.Length), SizeClasses - 1);
            int anchor = Math.Max(Math.Max(_firstFree, _searchFrom[sizeClass]), minLabel); // slot of the smallest label; base = anchor - minLabel >= 0
            int @base;
            int probes = 0;
            while (true)
            {
                EnsureCapacity(anchor + 1);
                int free = _used.AsSpan(anchor).IndexOf((byte)0);
                anchor = free < 0 ? _used.Length : anchor + free;
                @base = anchor - minLabel;
                EnsureCapacity(@base + maxLabel + 1);
                if (AllFree(@base, labels))
                    break;
                anchor++;
                probes++;
            }

            if (probes > CrowdedProbes)
                _searchFrom[sizeClass] = anchor;
            _states[parent].Base = @base;
            if (@base > _maxBase) _maxBase = @base;
            foreach (int label in labels)
            {
                int slot = @base + label;
                _used[slot] = 1;
                _states[slot].Check = parent;
                if (slot >= _extent) _extent = slot + 1;
            }
            if (_used[_firstFree] != 0)
            {
                int free = _used.AsSpan(_firstFree).IndexOf((byte)0);
                _firstFree = free < 0 ? _used.Length : _firstFree + free;
            }
            return @base;
        }

        private bool AllFree(int @base, ReadOnlySpan<int> labels)
        {
            foreach (int label in labels)
                if (_used[@base + label] != 0)
                    return false;
            return true;
        }

        /// <summary>
        /// Trims (or pads) the array so that Base + class is in range for every state and class,
        /// which lets the scan index without bounds checks. Leaves have base 0: their lookups land
        /// on the root's children, whose check (0) never equals a leaf's slot.
        /// </summary>
        public AhoCorasickAutomaton.State[] Finish(out int[] terminal)
        {
            int length = Math.Max(_extent, _maxBase + _alphabetSize + 1);
            EnsureCapacity(length);
            Array.Resize(ref _states, length);
            terminal = _terminal;
            return _states;
        }

        private void EnsureCapacity(int length)
        {
            if (length > _states.Length)
                Grow(Math.Max(length, _states.Length * 2));
        }

        private void Grow(int length)
        {
            int old = _states.Length;
            Array.Resize(ref _states, length);
            Array.Resize(ref _used, length);
            Array.Resize(ref _terminal, length);
            for (int i = old; i < length; i++)
            {
                _states[i] = new AhoCorasickAutomaton.State { Base = 0, Check = FreeCheck, Fail = 0, Output = NoPattern };
                _terminal[i] = NoPattern;
            }
        }
    }
}
