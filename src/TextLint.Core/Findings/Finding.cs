namespace TextLint.Core.Findings;

/// <summary>
/// One problem found in a document. Positions are in UTF-16 code units of the decoded source the
/// user supplied (the HTML source for HTML, not an extracted copy); line and column are 1-based,
/// the column counted in UTF-16 code units from the start of the line.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable dotted rule id, e.g. <c>typo.common</c>.</summary>
    public required string RuleId { get; init; }
    /// <summary>Category of the rule, e.g. <c>typo</c>, <c>usage</c>, <c>sensitive</c>, <c>adlaw</c>, <c>privacy</c>.</summary>
    public required string Category { get; init; }
    /// <summary>Effective severity (after configuration).</summary>
    public required Severity Severity { get; init; }
    /// <summary>Chinese message for the reader.</summary>
    public required string Message { get; init; }
    /// <summary>The text as the reader sees it (entities decoded, tags removed).</summary>
    public required string Text { get; init; }
    /// <summary>Suggested replacements, best first; empty when the fix is to delete or rephrase.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    /// <summary>Offset of the first source code unit of the finding.</summary>
    public required int Offset { get; init; }
    /// <summary>Number of source code units from <see cref="Offset"/> to the end of the last character found (may include markup in between).</summary>
    public required int Length { get; init; }
    /// <summary>1-based line of <see cref="Offset"/>.</summary>
    public int Line { get; init; }
    /// <summary>1-based column of <see cref="Offset"/> in UTF-16 code units.</summary>
    public int Column { get; init; }
    /// <summary>The readable text around the finding (up to about 20 characters either side).</summary>
    public string Context { get; init; } = "";
    /// <summary>Where in the document the text was found: <c>body</c>, <c>title</c>, <c>alt</c>, <c>meta</c>, <c>text</c>.</summary>
    public string Part { get; init; } = "text";
    /// <summary>Confidence in [0,1]; 1 for dictionary and pattern rules.</summary>
    public double Confidence { get; init; } = 1.0;
}
