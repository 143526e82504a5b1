using TextLint.Core.Findings;
using TextLint.Core.Normalization;

namespace TextLint.Core.Rules;

/// <summary>
/// Where a block rule reports: applies the user's rule settings (off, severity), then places the
/// finding in the source through the block's <see cref="FindingLocator"/>.
/// </summary>
public sealed class BlockFindings(FindingLocator locator, RuleSettings settings, List<Finding> output, NormalizedText? normalized = null)
{
    /// <summary>
    /// The block's text folded by <see cref="Normalizer.Default"/>, as the linter's dictionary pass
    /// scanned it, when the caller has it (valid only during the rule's check); null otherwise, and
    /// then a rule that needs it normalizes the text itself.
    /// </summary>
    public NormalizedText? Normalized { get; } = normalized;

    /// <summary>Whether <paramref name="rule"/> reports at all, so a rule can skip work for a rule that is off.</summary>
    public bool IsEnabled(RuleDescriptor rule) => settings.IsEnabled(rule);

    // Source positions of this block covered by a finding so far, one bit each, and how many of the
    // findings in the output are marked in it. Asking every finding in turn made a rule that guesses
    // quadratic on a long block with many findings (random text: 58,000 findings in 640 K chars).
    private ulong[]? _covered;
    private int _marked;
    private int _blockSourceStart, _blockSourceEnd;

    /// <summary>
    /// Whether a finding already reported (by any rule; dictionary rules report first) overlaps
    /// block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>), so a
    /// rule that guesses can stay quiet where a surer rule has spoken.
    /// </summary>
    public bool Overlaps(int start, int length)
    {
        var (offset, sourceLength) = locator.Block.MapSpan(start, length);
        MarkNewFindings();
        int from = Math.Max(offset, _blockSourceStart) - _blockSourceStart;
        int to = Math.Min(offset + sourceLength, _blockSourceEnd) - _blockSourceStart;
        for (int i = from; i < to; i++)
            if ((_covered![i >> 6] & (1UL << i)) != 0) return true;
        return false;
    }

    /// <summary>Marks the source positions of the findings reported since the last call (findings of other blocks mark nothing here).</summary>
    private void MarkNewFindings()
    {
        if (_covered is null)
        {
            var block = locator.Block;
            _blockSourceStart = block.Text.Length == 0 ? 0 : block.SourceStartOf(0);
            _blockSourceEnd = block.Text.Length == 0 ? 0 : block.SourceEndOf(block.Text.Length - 1);
            _covered = new ulong[(_blockSourceEnd - _blockSourceStart + 63) / 64 + 1];
        }
        for (; _marked < output.Count; _marked++)
        {
            var f = output[_marked];
            int from = Math.Max(f.Offset, _blockSourceStart) - _blockSourceStart;
            int to = Math.Min(f.Offset + f.Length, _blockSourceEnd) - _blockSourceStart;
            for (int i = from; i < to; i++) _covered[i >> 6] |= 1UL << i;
        }
    }

    /// <summary>Reports block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>).</summary>
    public void Report(RuleDescriptor rule, int start, int length, IReadOnlyList<string>? suggestions = null,
        string? note = null, double confidence = 1.0, Severity? severity = null)
    {
        var effective = settings.Resolve(rule.Id, severity ?? rule.DefaultSeverity);
        if (effective is null) return;
        output.Add(locator.Create(rule, effective.Value, start, length, suggestions ?? [], note, confidence));
    }
}
