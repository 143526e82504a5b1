// Invariant: an entry holds what linting a block of that text and part produced in a document with no
// inline directives and no rule at or near its limit, in the order it was produced, in block coordinates:
// the outcome is a function of the block's text and part alone under one linter's settings (every rule
// reads only its block, and findings of other blocks lie elsewhere in the source), so replaying it through
// another block's locator gives exactly what linting that block would. Entries are immutable; a slot is
// replaced whole (one reference), so a reader on another thread sees an old entry or a new one, never half.

using System.Numerics;
using System.Runtime.InteropServices;
using TextLint.Core.Extraction;
using TextLint.Core.Rules;

namespace TextLint.Core.Findings;

/// <summary>
/// One thing linting a block produced, in block coordinates: a finding (<see cref="Rule"/> set) or a span
/// judged correct without one (<see cref="Rule"/> null; see <see cref="DocumentFindings.Cover"/>).
/// </summary>
internal readonly record struct BlockOutcome(RuleDescriptor? Rule, Severity Severity, int Start, int Length,
    IReadOnlyList<string> Suggestions, string? Note, double Confidence);

/// <summary>
/// What linting short blocks produced, kept by the block's text, so that a block met again and again — a
/// site's navigation, footer and side bars on every one of its pages — is linted twice, not on every page:
/// its findings are made afresh for each new place from what was kept at its second occurrence. On 2,000
/// generated government pages, 44k of the 90k blocks (29% of the characters) are met a third time or more.
/// Thread-safe; a fixed size (a newer block takes an older one's slot), so a batch that moves from one
/// site to the next keeps the blocks it is meeting now.
/// </summary>
internal sealed class RepeatedBlocks
{
    /// <summary>Longest block text kept: navigation and footers are short, a page's own paragraphs rarely repeat.</summary>
    public const int MaxTextLength = 512;

    // Slots, addressed by the top bits of a block's fingerprint: the blocks met (fingerprints only), and the
    // blocks kept. A block is kept only when met a second time, so that the text of the many blocks that
    // never repeat (a page's own paragraphs) is not kept alive; and a slot is one load, where a hash map's
    // lookup would be several cache misses for every block of every page (they cost as much as linting
    // the short blocks again saved).
    private const int SlotBits = 13;
    private readonly ulong[] _met = new ulong[1 << SlotBits];
    private readonly Entry?[] _kept = new Entry?[1 << SlotBits];

    // The outcome of the block being linted on this thread, while it is recorded.
    [ThreadStatic] private static List<BlockOutcome>? t_recording;

    /// <summary>Whether <paramref name="block"/> is short enough to be kept.</summary>
    public static bool Keeps(TextBlock block) => block.Text.Length <= MaxTextLength;

    /// <summary>
    /// What linting a block with <paramref name="block"/>'s text and part produced, if it is kept; else
    /// whether such a block was met before (then its outcome is worth recording: see <see cref="Add"/>).
    /// </summary>
    public bool TryGet(TextBlock block, out BlockOutcome[] outcome, out bool metBefore)
    {
        ulong print = Fingerprint(block.Text, block.Part);
        int slot = SlotOf(print);
        if (Volatile.Read(ref _kept[slot]) is { } entry && entry.Print == print && entry.Part == block.Part && entry.Text.AsSpan().SequenceEqual(block.Text))
        {
            (outcome, metBefore) = (entry.Outcome, true);
            return true;
        }
        outcome = [];
        ref ulong met = ref _met[slot];
        metBefore = Volatile.Read(ref met) == print;
        if (!metBefore) Volatile.Write(ref met, print);
        return false;
    }

    /// <summary>An empty list to record one block's outcome into (this thread's; valid until the next call).</summary>
    public static List<BlockOutcome> StartRecording()
    {
        var recording = t_recording ??= [];
        recording.Clear();
        return recording;
    }

    /// <summary>Keeps <paramref name="recorded"/> as the outcome of <paramref name="block"/>'s text and part.</summary>
    public void Add(TextBlock block, List<BlockOutcome> recorded)
    {
        ulong print = Fingerprint(block.Text, block.Part);
        Volatile.Write(ref _kept[SlotOf(print)], new Entry(print, block.Part, block.Text, recorded.Count == 0 ? [] : [.. recorded]));
    }

    /// <summary>Forgets every block (benchmarks measure each round as a first sight of its pages).</summary>
    public void Clear()
    {
        Array.Clear(_met);
        Array.Clear(_kept);
    }

    /// <summary>Adds <paramref name="outcome"/> to <paramref name="output"/> as linting the block <paramref name="locator"/> places would.</summary>
    public static void Replay(BlockOutcome[] outcome, FindingLocator locator, DocumentFindings output)
    {
        foreach (var o in outcome)
        {
            if (o.Rule is null) output.CoverBlockSpan(locator, o.Start, o.Length);
            else output.Add(locator.Create(o.Rule, o.Severity, o.Start, o.Length, o.Suggestions, o.Note, o.Confidence));
        }
    }

    /// <summary>
    /// A 64-bit hash of a block's text and part, never 0 (an empty slot). Not string.GetHashCode: this runs
    /// for every block of every page, and a multiply-rotate over four characters at a time costs a fraction
    /// of its per-character rounds. Entries are compared in full, so a collision only costs a lookup.
    /// </summary>
    internal static ulong Fingerprint(string text, BlockPart part)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong h = ((ulong)text.Length << 8 | (uint)part) * Multiplier;
        var words = MemoryMarshal.Cast<char, ulong>(text.AsSpan());
        foreach (ulong word in words) h = BitOperations.RotateLeft((h ^ word) * Multiplier, 29);
        for (int i = words.Length * 4; i < text.Length; i++) h = BitOperations.RotateLeft((h ^ text[i]) * Multiplier, 29);
        h ^= h >> 32;
        h *= Multiplier;
        h ^= h >> 29;
        return h == 0 ? 1 : h;
    }

    private static int SlotOf(ulong print) => (int)(print >> (64 - SlotBits));

    /// <summary>A kept block: its fingerprint, part and text (compared in full on a lookup) and what linting it produced.</summary>
    private sealed record Entry(ulong Print, BlockPart Part, string Text, BlockOutcome[] Outcome);
}
