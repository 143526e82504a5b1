using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// Finds where a code unit recurs a fixed few places later (的的, 工作工作), the first thing the repeat
/// rules look for. Eight positions are compared at a time: in ordinary prose fewer than one position
/// in fifty has a recurrence within four characters, so most of a block is passed over in vector steps
/// instead of a character-by-character loop.
/// </summary>
internal static class Recurrence
{
    /// <summary>
    /// The first index <c>i ≥ <paramref name="from"/></c> with <c>text[i] == text[i + d]</c> for some
    /// <c>d</c> from <paramref name="minDistance"/> to <paramref name="maxDistance"/> (with
    /// <c>i + d</c> inside the text), or -1 when there is none.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, int from, int minDistance, int maxDistance)
    {
        int i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            // The last vector start whose farthest comparison still lies inside the text.
            int lastVector = text.Length - maxDistance - Vector128<ushort>.Count;
            for (; i <= lastVector; i += Vector128<ushort>.Count)
            {
                var here = Vector128.LoadUnsafe(ref first, (nuint)i);
                var equal = Vector128<ushort>.Zero;
                for (int d = minDistance; d <= maxDistance; d++)
                    equal |= Vector128.Equals(here, Vector128.LoadUnsafe(ref first, (nuint)(i + d)));
                if (equal != Vector128<ushort>.Zero)
                    return i + BitOperations.TrailingZeroCount(equal.ExtractMostSignificantBits());
            }
        }
        for (; i + minDistance < text.Length; i++)
            for (int d = minDistance; d <= maxDistance && i + d < text.Length; d++)
                if (text[i] == text[i + d]) return i;
        return -1;
    }
}
