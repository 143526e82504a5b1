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
    /// <summary>The document's title when known (a JSON Lines post's <c>title</c>, a WeChat article's title); null otherwise.</summary>
    public string? Title { get; init; }
    /// <summary>The document's URL when known (a WARC record's target URI, a post's <c>url</c>); null otherwise.</summary>
    public string? Url { get; init; }
    /// <summary>Further facts about the document (e.g. <c>account</c> and <c>publishTime</c> of a WeChat article, <c>published</c> of a post); null when none.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
    /// <summary>
    /// The title text when it was linted apart from <see cref="Source"/> (JSON Lines posts): findings whose
    /// <see cref="Finding.Part"/> is <c>title</c> then have offsets, lines and columns into this string.
    /// </summary>
    public string? TitleSource { get; init; }
    /// <summary>Findings of this document left out because a baseline already recorded them.</summary>
    public int SuppressedFindings { get; init; }
    /// <summary>Findings of this document its own <c>textlint-disable</c> comments turned off (see <see cref="LinterOptions.InlineDirectives"/>).</summary>
    public int TurnedOffByComments { get; init; }
    /// <summary>
    /// Rules that reached <see cref="LinterOptions.MaxFindingsPerRule"/> in this document (ordinal order):
    /// they stopped looking there, so more of their findings may exist than are listed.
    /// </summary>
    public IReadOnlyList<string> CappedRules { get; init; } = [];

    /// <summary>The text a finding's offsets point into: <see cref="TitleSource"/> for a separately linted title, else <see cref="Source"/>.</summary>
    public string? SourceOf(Finding finding) =>
        TitleSource is not null && finding.Part == "title" ? TitleSource : Source;
}
