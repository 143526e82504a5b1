// Invariant: a list handed out for a thread's slot is used by one call at a time on that thread and
// not kept by the caller once the call returns; the next call on the thread clears it first.

namespace TextLint.Core;

/// <summary>
/// Per-thread scratch lists for the per-block passes (the scan, the near-miss rule, typo.suspect),
/// which are shared and immutable: a page of HTML is dozens of short blocks, and growing fresh lists
/// for each was most of their allocations.
/// </summary>
internal static class ThreadScratch
{
    /// <summary>
    /// Longest text whose scratch is kept for the thread's next call; a longer one (a whole
    /// plain-text file) gets fresh lists, so that a thread does not hold megabytes after one long
    /// document.
    /// </summary>
    public const int MaxTextLength = 16 * 1024;

    /// <summary>
    /// An empty list for a pass over a text of <paramref name="textLength"/> code units: the one in
    /// <paramref name="slot"/> (a <see cref="ThreadStaticAttribute"/> field), cleared, or a fresh one
    /// for a text longer than <see cref="MaxTextLength"/>.
    /// </summary>
    public static List<T> List<T>(ref List<T>? slot, int textLength)
    {
        if (textLength > MaxTextLength) return [];
        var list = slot ??= [];
        list.Clear();
        return list;
    }
}
