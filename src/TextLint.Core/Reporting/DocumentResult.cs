using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>The outcome of linting one document: its findings, or the error that stopped it.</summary>
public sealed record DocumentResult
{
    /// <summary>Path, archive entry or URL naming the document as the user gave it (<c>-</c> for stdin).</summary>
    public required string Path { get; init; }
    /// <summary>Name of the encoding the bytes were decoded with (e.g. <c>utf-8</c>, <c>gb18030</c>), or null when not decoded.</summary>
    public string? Encoding { get; init; }
    /// <summary>Findings in source order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>One-line message when the document could not be linted; null on success.</summary>
    public string? Error { get; init; }
    /// <summary>Number of readable characters linted.</summary>
    public long CharacterCount { get; init; }
    /// <summary>The decoded source, kept so text formatters can show the line of a finding without re-reading the file. Not serialized.</summary>
    public string? Source { get; init; }
}
