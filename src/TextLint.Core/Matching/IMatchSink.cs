// Invariant: a sink only receives matches, it never steers the scan. Every callback reports one
// pattern occurrence by its exclusive end in the scanned text; the start is end - pattern length.
// Callbacks of AhoCorasickAutomaton.Scan arrive in order of increasing end, and at one end from
// the longest pattern to the shortest; those of ScanUnordered arrive in no particular order.

using System.Runtime.CompilerServices;

namespace TextLint.Core.Matching;

/// <summary>
/// Receives the matches of <see cref="AhoCorasickAutomaton.Scan{TSink}"/> and
/// <see cref="AhoCorasickAutomaton.ScanUnordered{TSink}(ReadOnlySpan{char}, ref TSink)"/>. Implement it on a
/// <c>struct</c>: the scan is generic over the sink type, so the JIT specialises the loop for it
/// and inlines <see cref="OnMatch"/>, which an interface call or a delegate would prevent.
/// </summary>
public interface IMatchSink
{
    /// <summary>Called once per occurrence of pattern <paramref name="patternId"/>.</summary>
    /// <param name="patternId">The id <see cref="AhoCorasickBuilder.Add"/> returned for the pattern.</param>
    /// <param name="end">Exclusive end of the occurrence in the scanned text; the start is
    /// <c>end - automaton.GetPatternLength(patternId)</c>.</param>
    void OnMatch(int patternId, int end);
}

/// <summary>One occurrence of a pattern in a text, in UTF-16 code units of that text.</summary>
/// <param name="PatternId">The id <see cref="AhoCorasickBuilder.Add"/> returned for the pattern.</param>
/// <param name="Start">Index of the first code unit of the occurrence.</param>
/// <param name="Length">Length of the occurrence (the pattern's length).</param>
public readonly record struct Match(int PatternId, int Start, int Length)
{
    /// <summary>Exclusive end of the occurrence: <c>Start + Length</c>.</summary>
    public int End => Start + Length;
}

/// <summary>A sink that only counts matches; used by <see cref="AhoCorasickAutomaton.CountMatches"/>.</summary>
public struct CountingSink : IMatchSink
{
    /// <summary>Number of matches reported so far.</summary>
    public int Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnMatch(int patternId, int end) => Count++;
}
