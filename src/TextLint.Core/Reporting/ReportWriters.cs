namespace TextLint.Core.Reporting;

/// <summary>Creates a report writer by format name.</summary>
public static class ReportWriters
{
    /// <summary>Format names accepted by <see cref="Create"/>, the default first.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "sarif", "summary", "jsonl", "csv", "html"];

    /// <summary>Formats meant for programs or files rather than a reader of the console: the end-of-run summary goes to standard error with them.</summary>
    public static bool IsMachineFormat(string format) => format.Trim().ToLowerInvariant() is "json" or "sarif" or "jsonl" or "csv" or "html";

    /// <summary>
    /// A writer for <paramref name="format"/> (<c>text</c>, <c>json</c>, <c>sarif</c> or <c>summary</c>,
    /// case-insensitive) that writes to <paramref name="output"/>. Throws <see cref="TextLintException"/>
    /// for an unknown format.
    /// </summary>
    public static IReportWriter Create(string format, TextWriter output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new ReportWriterOptions();
        return format.Trim().ToLowerInvariant() switch
        {
            "text" => new TextReportWriter(output, options),
            "json" => new JsonReportWriter(output, options),
            "sarif" => new SarifReportWriter(output, options),
            "summary" => new SummaryReportWriter(output, options),
            "jsonl" => new JsonlReportWriter(output),
            "csv" => new CsvReportWriter(output),
            "html" => new HtmlReportWriter(output, options),
            _ => throw new TextLintException($"unknown report format '{format}' (expected one of: {string.Join(", ", Formats)})"),
        };
    }
}
