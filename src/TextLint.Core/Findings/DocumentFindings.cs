using TextLint.Core.Normalization;

namespace TextLint.Core.Findings;

/// <summary>
/// The findings of one document as its rules report them. Marks what each covers (for rules that
/// stay quiet where a surer rule has spoken), leaves out those the document's own
/// <c>textlint-disable</c> comments turn off, and keeps at most <see cref="MaxPerRule"/> of each
/// rule: a file that is not prose (two million <c>《</c>, a word list) would otherwise make millions
/// of findings and gigabytes of report, and no reader goes past the first thousand of one rule.
/// </summary>
/// <param name="maxPerRule">Most findings kept per rule; 0 keeps all.</param>
/// <param name="directives">The document's inline directives, or null when it has none (or they are ignored).</param>
public sealed class DocumentFindings(int maxPerRule = 0, InlineDirectives? directives = null)
{
    private readonly List<Finding> _kept = [];
    private readonly Dictionary<string, int> _perRule = new(StringComparer.Ordinal);
    private SortedSet<string>? _capped;

    /// <summary>Most findings kept per rule; 0 keeps all.</summary>
    public int MaxPerRule { get; } = Math.Max(maxPerRule, 0);

    /// <summary>What the findings reported so far cover in the source, those turned off by comments included.</summary>
    public FindingCoverage Coverage { get; } = new();

    /// <summary>Findings the document's comments turned off.</summary>
    public int TurnedOffByComments { get; private set; }

    /// <summary>The findings kept, in the order reported.</summary>
    public IReadOnlyList<Finding> Kept => _kept;

    /// <summary>Rules that reached <see cref="MaxPerRule"/> in this document (ordinal order): their later findings were not kept.</summary>
    public IReadOnlyList<string> CappedRules => _capped is null ? [] : [.. _capped];

    /// <summary>
    /// Whether <paramref name="ruleId"/> has reached its limit, so that a rule can skip the work of
    /// finding more (that rule is then listed in <see cref="CappedRules"/>).
    /// </summary>
    public bool IsFull(string ruleId)
    {
        // Asked by every rule on every block: while the document has fewer findings in all than one rule may
        // have, no rule is full, and no rule id needs hashing.
        if (MaxPerRule == 0 || _kept.Count < MaxPerRule || _perRule.GetValueOrDefault(ruleId) < MaxPerRule) return false;
        (_capped ??= new SortedSet<string>(StringComparer.Ordinal)).Add(ruleId);
        return true;
    }

    /// <summary>
    /// Marks folded span [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="normalized"/>, a
    /// block placed by <paramref name="locator"/>, as covered without a finding: text a surer rule judged correct
    /// (a protected phrase written right, a listed term its context clears), which no guessing rule may call a slip.
    /// </summary>
    public void Cover(FindingLocator locator, NormalizedText normalized, int start, int length)
    {
        var (blockStart, blockLength) = normalized.MapSpan(start, length);
        CoverBlockSpan(locator, blockStart, blockLength);
    }

    /// <summary>As <see cref="Cover"/>, for span [<paramref name="blockStart"/>, +<paramref name="blockLength"/>) of the block itself.</summary>
    internal void CoverBlockSpan(FindingLocator locator, int blockStart, int blockLength)
    {
        locator.Recording?.Add(new BlockOutcome(null, default, blockStart, blockLength, [], null, 0));
        var (offset, sourceLength) = locator.Block.MapSpan(blockStart, blockLength);
        Coverage.Mark(offset, sourceLength);
    }

    /// <summary>
    /// Whether <paramref name="findings"/> more findings leave every rule below its limit, whatever rules they
    /// are of: then adding them is all that linting their block again would do (no rule would skip work).
    /// </summary>
    internal bool HasRoomFor(int findings) => MaxPerRule == 0 || _kept.Count + findings < MaxPerRule;

    /// <summary>Whether some rule has reached its limit in this document (see <see cref="IsFull"/>).</summary>
    internal bool AnyRuleFull => _capped is not null;

    /// <summary>
    /// Reports <paramref name="finding"/>: marks its span, then keeps it unless the document's comments
    /// turn it off (when <paramref name="directivesApply"/>) or its rule is full.
    /// </summary>
    public void Add(Finding finding, bool directivesApply = true)
    {
        Coverage.Mark(finding);
        if (directivesApply && directives is not null && directives.TurnsOff(finding))
        {
            TurnedOffByComments++;
            return;
        }
        if (IsFull(finding.RuleId)) return;
        _perRule[finding.RuleId] = _perRule.GetValueOrDefault(finding.RuleId) + 1;
        _kept.Add(finding);
    }

    /// <summary>Sorts the kept findings into source order: by offset, longer first, then by rule id (call when the document is done).</summary>
    public void SortIntoSourceOrder() =>
        _kept.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : string.CompareOrdinal(a.RuleId, b.RuleId));
}
