using TextLint.Core.Findings;
using TextLint.Core.Normalization;

namespace TextLint.Core.Rules;

/// <summary>
/// Where a block rule reports: applies the user's rule settings (off, severity), then places the
/// finding in the source through the block's <see cref="FindingLocator"/>.
/// </summary>
/// <param name="locator">Places the block's findings in the source.</param>
/// <param name="settings">The user's rule settings.</param>
/// <param name="output">The document's findings so far; this block's are added.</param>
/// <param name="normalized">The block's folded text, when the caller has it.</param>
public sealed class BlockFindings(FindingLocator locator, RuleSettings settings, DocumentFindings output, NormalizedText? normalized = null)
{
    /// <summary>
    /// The block's text folded by <see cref="Normalizer.Default"/>, as the linter's dictionary pass
    /// scanned it, when the caller has it (valid only during the rule's check); null otherwise, and
    /// then a rule that needs it normalizes the text itself.
    /// </summary>
    public NormalizedText? Normalized { get; } = normalized;

    /// <summary>
    /// The folded view of <paramref name="text"/>, the block this was made for: <see cref="Normalized"/> when the
    /// caller gave it, else folded here and handed over in <paramref name="owned"/>, which the rule disposes.
    /// </summary>
    public NormalizedText Fold(string text, out NormalizedText? owned)
    {
        owned = Normalized is null ? Normalizer.Default.Normalize(text) : null;
        return Normalized ?? owned!;
    }

    /// <summary>
    /// Whether <paramref name="rule"/> reports at all, and has not yet reported as many findings in this
    /// document as are kept (<see cref="DocumentFindings.MaxPerRule"/>), so a rule can skip work that
    /// would report nothing.
    /// </summary>
    public bool IsEnabled(RuleDescriptor rule) => settings.IsEnabled(rule) && !output.IsFull(rule.Id);

    /// <summary>
    /// Whether a finding already reported (by any rule; dictionary rules report first) overlaps
    /// block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>), so a
    /// rule that guesses can stay quiet where a surer rule has spoken.
    /// </summary>
    public bool Overlaps(int start, int length)
    {
        var (offset, sourceLength) = locator.Block.MapSpan(start, length);
        return output.Coverage.Overlaps(offset, sourceLength);
    }

    /// <summary>Reports block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>).</summary>
    public void Report(RuleDescriptor rule, int start, int length, IReadOnlyList<string>? suggestions = null,
        string? note = null, double confidence = 1.0, Severity? severity = null)
    {
        var effective = settings.Resolve(rule.Id, severity ?? rule.DefaultSeverity);
        if (effective is null || output.IsFull(rule.Id)) return;
        output.Add(locator.Create(rule, effective.Value, start, length, suggestions ?? [], note, confidence));
    }
}
