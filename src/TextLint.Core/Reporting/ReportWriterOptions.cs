using TextLint.Core.Rules;

namespace TextLint.Core.Reporting;

/// <summary>Settings shared by the report writers; each writer reads the ones that concern it.</summary>
public sealed class ReportWriterOptions
{
    /// <summary>Tool version written into JSON and SARIF reports (default: the core's version).</summary>
    public string ToolVersion { get; init; } = ToolInfo.Version;

    /// <summary>Every rule the linter knows. SARIF needs it for <c>tool.driver.rules</c>; other formats ignore it.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>Whether the text format may use ANSI colours. Set it only when writing to an interactive terminal and <c>NO_COLOR</c> is unset.</summary>
    public bool UseColor { get; init; }

    /// <summary>Widest source excerpt, in display columns, that the text format prints before windowing around the finding (default 100).</summary>
    public int MaxLineWidth { get; init; } = 100;

    /// <summary>Columns a tab advances to (default 4) when the text format shows a source line.</summary>
    public int TabSize { get; init; } = 4;

    /// <summary>When false the text format leaves out its closing one-line summary (for <c>--quiet</c>).</summary>
    public bool ShowSummaryLine { get; init; } = true;

    /// <summary>Folder SARIF artifact URIs are made relative to (default: the current directory).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Draws the tables of the summary format; null means plain aligned text on the output.</summary>
    public Func<TextWriter, ITableRenderer>? TableRendererFactory { get; init; }
}
