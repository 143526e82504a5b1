// Invariant: a stdin item has no file path, a file item always has one.
namespace TextLint.Core.Sources;

/// <summary>One document to lint.</summary>
/// <param name="DisplayPath">The name shown to the user: the path as given, joined with the relative path inside a walked directory, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="FilePath">The file to read; null for standard input.</param>
/// <param name="IsStdin">True when the document is read from standard input.</param>
public sealed record SourceItem(string DisplayPath, string? FilePath, bool IsStdin)
{
    /// <summary>The display name of standard input.</summary>
    public const string StdinDisplayName = "<stdin>";

    /// <summary>The item for standard input.</summary>
    public static SourceItem Stdin { get; } = new(StdinDisplayName, null, true);

    /// <summary>An item for a file.</summary>
    public static SourceItem ForFile(string displayPath, string filePath) => new(displayPath, filePath, false);
}
