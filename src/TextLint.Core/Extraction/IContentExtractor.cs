namespace TextLint.Core.Extraction;

/// <summary>Turns a decoded document into readable text blocks that map back to the source.</summary>
public interface IContentExtractor
{
    /// <summary>Extracts the blocks of <paramref name="source"/>, in source order.</summary>
    IReadOnlyList<TextBlock> Extract(string source);
}
