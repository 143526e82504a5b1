using System.Globalization;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// Compiler-style text for people: for each finding a <c>path:line:col: severity rule: message</c>
/// line, the source line with the found characters underlined (measured in display columns), and
/// the suggestions; a document that could not be linted gives <c>path: error: message</c>. Ends
/// with a one-line summary such as <c>3 个文件，2 个错误，1 个警告，0 个提示</c>.
/// </summary>
/// <example>
/// <code>
/// news/a.txt:1:4: warning typo.common: “再接再励”应为“再接再厉”
///   1 | 我们要再接再励，争取更大成绩。
///     |       ^~~~~~~~
///   建议: 再接再厉
/// </code>
/// </example>
public sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\u001b[0m", Bold = "\u001b[1m", Red = "\u001b[31m", Yellow = "\u001b[33m",
        Cyan = "\u001b[36m", Green = "\u001b[32m", Blue = "\u001b[34m";

    private readonly TextWriter _output;
    private readonly ReportWriterOptions _options;

    /// <summary>Creates a writer on <paramref name="output"/>; only <see cref="ReportWriterOptions.UseColor"/>, line width, tab size and summary line settings are read.</summary>
    public TextReportWriter(TextWriter output, ReportWriterOptions? options = null)
    {
        _output = output;
        _options = options ?? new ReportWriterOptions();
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        if (result.Error is not null)
        {
            _output.WriteLine($"{Paint(result.Path + ":", Bold)} {Paint("error:", Bold + Red)} {result.Error}");
        }
        foreach (var finding in result.Findings) WriteFinding(result, finding);
        if (result.CappedRules.Count > 0)
            _output.WriteLine($"{Paint(result.Path + ":", Bold)} {Paint("note:", Bold + Blue)} {CappedNote(result)}");
        // Each document shows up as soon as it is done, even when the output is a pipe.
        _output.Flush();
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        if (_options.ShowSummaryLine) _output.WriteLine(FormatSummaryLine(summary));
        _output.Flush();
    }

    /// <summary>
    /// The closing line, e.g. <c>3 个文件，2 个错误，1 个警告，0 个提示</c>, plus <c>，1 个文件无法检查</c> when some
    /// failed and how many findings a baseline or the documents' own comments left out, when any did.
    /// </summary>
    /// <param name="summary">The run's counts.</param>
    /// <param name="breakdown">Text put right after the counts by severity (a batch run's counts by category), if any.</param>
    public static string FormatSummaryLine(RunSummary summary, string? breakdown = null)
    {
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{summary.Documents} 个文件，{summary.BySeverity.GetValueOrDefault(Severity.Error)} 个错误，{summary.BySeverity.GetValueOrDefault(Severity.Warning)} 个警告，{summary.BySeverity.GetValueOrDefault(Severity.Info)} 个提示{breakdown}");
        if (summary.FailedDocuments > 0) line += string.Create(CultureInfo.InvariantCulture, $"，{summary.FailedDocuments} 个文件无法检查");
        if (summary.Suppressed > 0) line += string.Create(CultureInfo.InvariantCulture, $"，基线已记录 {summary.Suppressed} 个未列出");
        if (summary.TurnedOffByComments > 0) line += string.Create(CultureInfo.InvariantCulture, $"，文档内注释关闭 {summary.TurnedOffByComments} 个未列出");
        if (summary.CappedDocuments > 0) line += string.Create(CultureInfo.InvariantCulture, $"，{summary.CappedDocuments} 个文件的部分规则达到结果上限");
        return line;
    }

    /// <summary>
    /// One line saying which rules reached their limit in <paramref name="result"/> and stopped looking, e.g.
    /// <c>规则 punct.pair（列出 1000 处）在此文件达到结果上限，其后未再检查；可用 --max-findings-per-rule 调整</c>.
    /// </summary>
    public static string CappedNote(DocumentResult result)
    {
        var rules = result.CappedRules.Select(rule => string.Create(CultureInfo.InvariantCulture,
            $"{rule}（列出 {result.Findings.Count(f => f.RuleId == rule)} 处）"));
        return $"规则 {string.Join("、", rules)}在此文件达到结果上限，其后未再检查；可用 --max-findings-per-rule 调整";
    }

    private void WriteFinding(DocumentResult result, Finding finding)
    {
        string severityColor = finding.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
        string location = string.Create(CultureInfo.InvariantCulture, $"{result.Path}:{finding.Line}:{finding.Column}:");
        _output.WriteLine($"{Paint(location, Bold)} {Paint(finding.Severity.ToName(), Bold + severityColor)} {Paint(finding.RuleId + ":", Bold)} {finding.Message}");

        var excerpt = result.SourceOf(finding) is not { } source ? null
            : SourceExcerpt.Create(source, finding.Offset, finding.Length, _options.MaxLineWidth, _options.TabSize);
        if (excerpt is { } shown)
        {
            string number = finding.Line > 0 ? finding.Line.ToString(CultureInfo.InvariantCulture) : "";
            string gutter = new(' ', number.Length);
            _output.WriteLine($"  {Paint(number + " |", Blue)} {shown.Line}");
            _output.WriteLine($"  {Paint(gutter + " |", Blue)} {Paint(shown.Underline, Bold + severityColor)}");
        }
        if (finding.Suggestions.Count > 0)
            _output.WriteLine($"  {Paint("建议:", Green)} {string.Join("、", finding.Suggestions)}");
        _output.WriteLine();
    }

    private string Paint(string text, string style) => _options.UseColor ? style + text + Reset : text;
}
