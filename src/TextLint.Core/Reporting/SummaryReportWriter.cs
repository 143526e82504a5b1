using System.Globalization;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// Counts only, for auditors: tables of findings by severity, by category and by rule, then one
/// row per document (error/warning/info counts, or the reason it could not be linted). Nothing is
/// printed until the run completes; per document only the counts are kept, never the findings.
/// </summary>
public sealed class SummaryReportWriter : IReportWriter
{
    private readonly TextWriter _output;
    private readonly ITableRenderer _renderer;
    private readonly List<(string Path, int Errors, int Warnings, int Infos, string? Error, bool Capped)> _documents = [];

    /// <summary>Creates a writer on <paramref name="output"/>, drawing tables with <see cref="ReportWriterOptions.TableRendererFactory"/> or as plain text.</summary>
    public SummaryReportWriter(TextWriter output, ReportWriterOptions? options = null)
    {
        _output = output;
        _renderer = options?.TableRendererFactory?.Invoke(output) ?? new PlainTableRenderer(output);
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in result.Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }
        _documents.Add((result.Path, errors, warnings, infos, result.Error, result.CappedRules.Count > 0));
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        foreach (var table in BuildTables(summary)) _renderer.Render(table);
        _output.WriteLine(TextReportWriter.FormatSummaryLine(summary)
                          + string.Create(CultureInfo.InvariantCulture, $"，{summary.Characters} 个字符，用时 {summary.Elapsed.TotalSeconds:0.00} 秒"));
        _output.Flush();
    }

    /// <summary>The tables this writer prints, in order: 按严重程度, 按类别, 按规则, 按文件.</summary>
    public IReadOnlyList<ReportTable> BuildTables(RunSummary summary)
    {
        var bySeverity = new ReportTable("按严重程度", new ReportColumn("严重程度"), new ReportColumn("数量", AlignRight: true));
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
            bySeverity.AddRow(severity.ToName(), Count(summary.BySeverity.GetValueOrDefault(severity)));

        var byCategory = new ReportTable("按类别", new ReportColumn("类别"), new ReportColumn("数量", AlignRight: true));
        foreach (var (category, count) in summary.ByCategory) byCategory.AddRow(category, Count(count));

        var byRule = new ReportTable("按规则", new ReportColumn("规则"), new ReportColumn("数量", AlignRight: true));
        foreach (var (rule, count) in summary.ByRule) byRule.AddRow(rule, Count(count));

        var byFile = new ReportTable("按文件", new ReportColumn("文件"), new ReportColumn("error", true),
            new ReportColumn("warning", true), new ReportColumn("info", true), new ReportColumn("状态"));
        foreach (var (path, errors, warnings, infos, error, capped) in _documents)
            byFile.AddRow(path, Count(errors), Count(warnings), Count(infos),
                error is not null ? "无法检查: " + error : capped ? "已检查（部分规则达到结果上限）" : "已检查");

        return [bySeverity, byCategory, byRule, byFile];
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
