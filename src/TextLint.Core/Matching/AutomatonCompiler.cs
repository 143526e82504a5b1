// Invariant: the compiler turns a list of distinct, non-empty patterns into the tables of an
// AhoCorasickAutomaton without ever allocating a per-node object. The trie is never materialised
// as nodes: a trie node is a range of the ordinally sorted patterns that share a prefix, and it is
// placed straight into the double array in breadth-first order. Breadth-first order is what makes
// failure and output links computable in one forward pass: a node's failure target is shallower,
// so it has been finished before the node is reached. The root is given a child for every
// character class (those no pattern starts with are leaves without output), with base 0, so the
// root's child on class c is slot c; every state with children gets a base of its own, and all
// leaves one shared base no other state has, so that a slot's label alone names its parent.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextLint.Core.Matching;

internal static class AutomatonCompiler
{
    private const int NoPattern = -1;
    /// <summary>Label of a free slot (and of the root): equal to no class.</summary>
    private const int FreeLabel = -1;

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
        var leaves = new List<int>(patterns.Length);
        var queue = new Queue<PendingNode>();
        var labels = new List<int>();
        var childRanges = new List<(int Low, int High)>();

        // The root gets a child for every class, whether or not a pattern starts with it, so that
        // its row is complete: with base 0 the root's child on class c is slot c, and a scan that
        // falls back to the root needs no lookup at all. The extra children have no output and
        // change no match (a state's outputs depend only on which patterns are suffixes of it).
        var rootRanges = new (int Low, int High)[alphabetSize + 1];
        for (int start = 0; start < sorted.Length;)
        {
            char c = sorted[start][0];
            int end = start + 1;
            while (end < sorted.Length && sorted[end][0] == c) end++;
            rootRanges[classOf[c]] = (start, end);
            start = end;
        }
        for (int cls = 1; cls <= alphabetSize; cls++)
            labels.Add(cls);
        if (alphabetSize > 0 && packer.PlaceChildren(0, CollectionsMarshal.AsSpan(labels)) != 0)
            throw new InvalidOperationException("The root's children must sit at their class index.");
        for (int cls = 1; cls <= alphabetSize; cls++)
        {
            order.Add(cls);
            queue.Enqueue(new PendingNode(cls, rootRanges[cls].Low, rootRanges[cls].High, 1));
        }

        while (queue.TryDequeue(out PendingNode node))
        {
            int low = node.Low;
            if (low < node.High && sorted[low].Length == node.Depth)
            {
                packer.SetTerminal(node.Slot, ids[low]);
                low++;
            }
            if (low >= node.High)
            {
                leaves.Add(node.Slot); // gets the shared leaf base in Finish
                continue;
            }

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

        AhoCorasickAutomaton.State[] states = packer.Finish(CollectionsMarshal.AsSpan(leaves), out int[] terminal, out int[] parent);
        int[] nextOutput = LinkFailuresAndOutputs(states, terminal, parent, CollectionsMarshal.AsSpan(order), patterns.Length, out int[] fail);
        ScaleToByteOffsets(states);
        int maxPatternLength = 0;
        foreach (string pattern in patterns) maxPatternLength = Math.Max(maxPatternLength, pattern.Length);
        return new AhoCorasickAutomaton(classOf, states, fail, nextOutput, patterns, order.Count + 1, alphabetSize, maxPatternLength);
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
    /// Sets each state's failure base and first output, returns the output chain (next shorter
    /// suffix pattern for each pattern id) and the failure links. Outputs and chain links are
    /// encoded as the automaton reads them: a pattern id, with
    /// <see cref="AhoCorasickAutomaton.MoreOutputsFlag"/> set when a shorter pattern also ends
    /// there, or <see cref="AhoCorasickAutomaton.NoOutput"/>; a state's output also carries
    /// <see cref="AhoCorasickAutomaton.DeepFailureFlag"/> when its failure state's failure state is
    /// not the root. <paramref name="order"/> lists states breadth-first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] LinkFailuresAndOutputs(AhoCorasickAutomaton.State[] states, int[] terminal, int[] parent, ReadOnlySpan<int> order, int patternCount, out int[] fail)
    {
        const int deep = AhoCorasickAutomaton.DeepFailureFlag;
        var nextOutput = new int[patternCount];
        fail = new int[states.Length];
        states[0].FailBase = states[0].Base;
        states[0].Output = AhoCorasickAutomaton.NoOutput;
        foreach (int state in order)
        {
            int up = parent[state];
            int label = states[state].Label;
            int target = 0;
            if (up != 0)
            {
                int candidate = fail[up];
                while (true)
                {
                    int next = states[candidate].Base + label;
                    if (states[next].Label == label) { target = next; break; }
                    if (candidate == 0) break;
                    candidate = fail[candidate];
                }
            }
            fail[state] = target;
            states[state].FailBase = states[target].Base;

            // The failure state is shallower, so its output is already final; it carries its own
            // "more outputs" flag, which is exactly what the chain link from this state's pattern needs.
            int inherited = states[target].Output & ~deep;
            int own = terminal[state];
            int output;
            if (own != NoPattern)
            {
                nextOutput[own] = inherited;
                output = inherited == AhoCorasickAutomaton.NoOutput ? own : own | AhoCorasickAutomaton.MoreOutputsFlag;
            }
            else
            {
                output = inherited;
            }
            states[state].Output = fail[target] != 0 ? output | deep : output;
        }
        return nextOutput;
    }

    /// <summary>
    /// Turns the slot indices in Base, FailBase and Label into byte offsets (index ×
    /// <see cref="AhoCorasickAutomaton.SlotSize"/>), the unit the scan computes in. Free slots keep
    /// a negative label, which no class offset equals.
    /// </summary>
    private static void ScaleToByteOffsets(AhoCorasickAutomaton.State[] states)
    {
        if (states.Length > int.MaxValue / AhoCorasickAutomaton.SlotSize)
            throw new NotSupportedException($"The automaton needs {states.Length:N0} slots; byte offsets into its table must fit in 31 bits.");
        for (int i = 0; i < states.Length; i++)
        {
            ref AhoCorasickAutomaton.State state = ref states[i];
            state.Base *= AhoCorasickAutomaton.SlotSize;
            state.FailBase *= AhoCorasickAutomaton.SlotSize;
            if (state.Label >= 0) state.Label *= AhoCorasickAutomaton.SlotSize;
        }
    }

    /// <summary>
    /// First-fit double-array placement. Keeps a byte per slot (used or free) so that finding the
    /// next free slot is a vectorised IndexOf rather than a walk, and a byte per base value so
    /// that no two states get the same base (which is what lets a slot's label alone prove whose
    /// child it is).
    /// </summary>
    private sealed class DoubleArrayPacker
    {
        private readonly int _alphabetSize;
        private AhoCorasickAutomaton.State[] _states;
        private byte[] _used;
        private byte[] _baseTaken;
        private int[] _terminal;
        private int[] _parent;
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
            _baseTaken = Array.Empty<byte>();
            _terminal = Array.Empty<int>();
            _parent = Array.Empty<int>();
            Grow(initialCapacity + alphabetSize + 1);
            _used[0] = 1; // the root
        }

        public void SetTerminal(int slot, int patternId) => _terminal[slot] = patternId;

        /// <summary>
        /// Finds a base that no other state has and where every label's slot is free, claims those
        /// slots for <paramref name="parent"/>'s children and returns the base.
        /// </summary>
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
                if (_baseTaken[@base] == 0 && AllFree(@base, labels))
                    break;
                anchor++;
                probes++;
            }

            if (probes > CrowdedProbes)
                _searchFrom[sizeClass] = anchor;
            _states[parent].Base = @base;
            _baseTaken[@base] = 1;
            if (@base > _maxBase) _maxBase = @base;
            foreach (int label in labels)
            {
                int slot = @base + label;
                _used[slot] = 1;
                _states[slot].Label = label;
                _parent[slot] = parent;
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
        /// Gives every leaf one shared base that no state with children has (so no slot's label
        /// ever names a leaf as its parent), then trims (or pads) the array so that Base + class is
        /// in range for every state and class, which lets the scan index without bounds checks.
        /// </summary>
        public AhoCorasickAutomaton.State[] Finish(ReadOnlySpan<int> leaves, out int[] terminal, out int[] parent)
        {
            int leafBase = _baseTaken.AsSpan(1).IndexOf((byte)0) + 1;
            if (leafBase <= 0) leafBase = _baseTaken.Length;
            foreach (int leaf in leaves)
                _states[leaf].Base = leafBase;
            int length = Math.Max(_extent, Math.Max(_maxBase, leafBase) + _alphabetSize + 1);
            EnsureCapacity(length);
            Array.Resize(ref _states, length);
            terminal = _terminal;
            parent = _parent;
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
            Array.Resize(ref _baseTaken, length);
            Array.Resize(ref _terminal, length);
            Array.Resize(ref _parent, length);
            for (int i = old; i < length; i++)
            {
                _states[i] = new AhoCorasickAutomaton.State { Base = 0, FailBase = 0, Output = AhoCorasickAutomaton.NoOutput, Label = FreeLabel };
                _terminal[i] = NoPattern;
            }
        }
    }
}
