using TextLint.Core;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class ReportWritersTests
{
    [Theory]
    [InlineData("text", typeof(TextReportWriter))]
    [InlineData("JSON", typeof(JsonReportWriter))]
    [InlineData("sarif", typeof(SarifReportWriter))]
    [InlineData("summary", typeof(SummaryReportWriter))]
    [InlineData("jsonl", typeof(JsonlReportWriter))]
    [InlineData("csv", typeof(CsvReportWriter))]
    [InlineData("html", typeof(HtmlReportWriter))]
    public void Creates_the_writer_for_each_format(string format, Type expected) =>
        Assert.IsType(expected, ReportWriters.Create(format, TextWriter.Null));

    [Fact]
    public void Unknown_format_is_a_textlint_exception_naming_the_choices()
    {
        var e = Assert.Throws<TextLintException>(() => ReportWriters.Create("xml", TextWriter.Null));
        Assert.Equal("unknown report format 'xml' (expected one of: text, json, sarif, summary, jsonl, csv, html)", e.Message);
    }
}
