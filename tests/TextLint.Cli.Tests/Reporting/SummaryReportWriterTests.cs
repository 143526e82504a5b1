using TextLint.Core.Findings;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class SummaryReportWriterTests
{
    [Fact]
    public void Plain_summary_lists_counts_by_severity_category_rule_and_file()
    {
        var error = Fixtures.TypoFinding() with { RuleId = "sensitive.political", Category = "sensitive", Severity = Severity.Error };
        var document = Fixtures.TypoDocument() with { Findings = [Fixtures.TypoFinding(), error] };

        string text = Fixtures.Render("summary", null, document, Fixtures.FailedDocument());
        string[] lines = text.Split('\n');

        Assert.Equal(
            [
                "按严重程度",
                "严重程度  数量",
                "--------  ----",
                "error        1",
                "warning      1",
                "info         0",
                "",
                "按类别",
                "类别       数量",
                "---------  ----",
                "sensitive     1",
                "typo          1",
                "",
                "按规则",
            ],
            lines[..14]);
        Assert.Contains("news/a.txt        1        1     0  已检查", lines);
        Assert.Contains("news/bad.bin      0        0     0  无法检查: binary file, not text", lines);
        Assert.Equal("2 个文件，1 个错误，1 个警告，0 个提示，1 个文件无法检查，" + Fixtures.TypoSource.Length + " 个字符，用时 0.04 秒", lines[^2]);
    }

    [Fact]
    public void Custom_table_renderer_receives_the_tables()
    {
        var seen = new List<string>();
        var options = new ReportWriterOptions { TableRendererFactory = _ => new RecordingRenderer(seen) };

        Fixtures.Render("summary", options, Fixtures.TypoDocument());

        Assert.Equal(["按严重程度", "按类别", "按规则", "按文件"], seen);
    }

    private sealed class RecordingRenderer(List<string> seen) : ITableRenderer
    {
        public void Render(ReportTable table) => seen.Add(table.Title);
    }
}
