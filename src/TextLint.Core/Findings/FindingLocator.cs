using TextLint.Core.Extraction;
using TextLint.Core.Rules;

namespace TextLint.Core.Findings;

/// <summary>
/// Places findings of one block in the source: maps a block span to source offset and length,
/// line and column, and cuts the readable context around it. One per block, used by every rule.
/// </summary>
public sealed class FindingLocator(TextBlock block, LineIndex lines)
{
    /// <summary>Readable characters shown on each side of a finding in <see cref="Finding.Context"/>.</summary>
    public const int ContextRadius = 20;

    /// <summary>The block being located.</summary>
    public TextBlock Block { get; } = block;

    /// <summary>Where what is created for the block is also recorded, to be kept for the block's next occurrence (see <see cref="RepeatedBlocks"/>).</summary>
    internal List<BlockOutcome>? Recording { get; init; }

    /// <summary>A finding for block span [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>).</summary>
    public Finding Create(RuleDescriptor rule, Severity severity, int start, int length,
        IReadOnlyList<string> suggestions, string? note = null, double confidence = 1.0)
    {
        Recording?.Add(new BlockOutcome(rule, severity, start, length, suggestions, note, confidence));
        var (offset, sourceLength) = Block.MapSpan(start, length);
        var (line, column) = lines.Locate(offset);
        string text = Block.Text.Substring(start, length);
        return new Finding
        {
            RuleId = rule.Id,
            Category = rule.Category,
            Severity = severity,
            Message = rule.FormatMessage(text, suggestions.Count > 0 ? suggestions[0] : null, note),
            Text = text,
            Suggestions = suggestions,
            Offset = offset,
            Length = sourceLength,
            Line = line,
            Column = column,
            Context = ContextAround(start, length),
            Part = Block.Part.ToString().ToLowerInvariant(),
            Confidence = confidence,
        };
    }

    private string ContextAround(int start, int length)
    {
        int from = Math.Max(0, start - ContextRadius);
        int to = Math.Min(Block.Text.Length, start + length + ContextRadius);
        // Do not cut a surrogate pair in half at either edge.
        if (from > 0 && char.IsLowSurrogate(Block.Text[from])) from--;
        if (to < Block.Text.Length && char.IsLowSurrogate(Block.Text[to])) to++;
        return string.Create(to - from, (Block.Text, from), static (span, state) =>
        {
            state.Text.AsSpan(state.from, span.Length).CopyTo(span);
            for (int i = 0; i < span.Length; i++)
                if (span[i] is '\r' or '\n' or '\t') span[i] = ' ';
        });
    }
}
