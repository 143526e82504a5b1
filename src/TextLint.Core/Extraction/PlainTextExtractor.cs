// Invariant: the block is the source itself, so block offset i is source offset i.
namespace TextLint.Core.Extraction;

/// <summary>Plain text: the whole document is one block at offset 0.</summary>
public sealed class PlainTextExtractor : IContentExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<TextBlock> Extract(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Length == 0 ? [] : [new TextBlock(source, BlockPart.Text, 0)];
    }
}
