using System.Text.Json;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class JsonReportWriterTests
{
    [Fact]
    public void Report_is_one_object_with_the_documented_schema()
    {
        string json = Fixtures.Render("json", new ReportWriterOptions { ToolVersion = "9.9.9" }, Fixtures.TypoDocument(), Fixtures.FailedDocument());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("textlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("9.9.9", root.GetProperty("tool").GetProperty("version").GetString());

        var files = root.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        var first = files[0];
        Assert.Equal("news/a.txt", first.GetProperty("path").GetString());
        Assert.Equal("utf-8", first.GetProperty("encoding").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);

        var finding = first.GetProperty("findings")[0];
        Assert.Equal("typo.common", finding.GetProperty("ruleId").GetString());
        Assert.Equal("typo", finding.GetProperty("category").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("“再接再励”应为“再接再厉”", finding.GetProperty("message").GetString());
        Assert.Equal("再接再励", finding.GetProperty("text").GetString());
        Assert.Equal("再接再厉", finding.GetProperty("suggestions")[0].GetString());
        Assert.Equal(3, finding.GetProperty("offset").GetInt32());
        Assert.Equal(4, finding.GetProperty("length").GetInt32());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
        Assert.Equal(4, finding.GetProperty("column").GetInt32());
        Assert.Equal("我们要再接再励，争取更大成绩。", finding.GetProperty("context").GetString());
        Assert.Equal("text", finding.GetProperty("part").GetString());
        Assert.Equal(1.0, finding.GetProperty("confidence").GetDouble());

        var failed = files[1];
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("encoding").ValueKind);
        Assert.Equal("binary file, not text", failed.GetProperty("error").GetString());
        Assert.Equal(0, failed.GetProperty("findings").GetArrayLength());

        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("documents").GetInt32());
        Assert.Equal(1, summary.GetProperty("failedDocuments").GetInt32());
        Assert.Equal(Fixtures.TypoSource.Length, summary.GetProperty("characters").GetInt32());
        Assert.Equal(1, summary.GetProperty("findings").GetInt32());
        Assert.Equal(0, summary.GetProperty("bySeverity").GetProperty("error").GetInt32());
        Assert.Equal(1, summary.GetProperty("bySeverity").GetProperty("warning").GetInt32());
        Assert.Equal(0, summary.GetProperty("bySeverity").GetProperty("info").GetInt32());
        Assert.Equal(1, summary.GetProperty("byCategory").GetProperty("typo").GetInt32());
        Assert.Equal(1, summary.GetProperty("byRule").GetProperty("typo.common").GetInt32());
        Assert.Equal(42, summary.GetProperty("elapsedMs").GetInt64());
    }

    [Fact]
    public void Chinese_is_written_as_is_not_escaped()
    {
        string json = Fixtures.Render("json", null, Fixtures.TypoDocument());

        Assert.Contains("\"text\": \"再接再励\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        Assert.Equal(
            Fixtures.Render("json", null, Fixtures.TypoDocument(), Fixtures.FailedDocument()),
            Fixtures.Render("json", null, Fixtures.TypoDocument(), Fixtures.FailedDocument()));
    }

    [Fact]
    public void Empty_run_is_still_a_complete_object()
    {
        using var document = JsonDocument.Parse(Fixtures.Render("json", null));

        Assert.Equal(0, document.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Lone_surrogate_in_text_does_not_break_the_report()
    {
        var finding = Fixtures.TypoFinding() with { Context = "坏\uD800字" };
        var document = Fixtures.TypoDocument() with { Findings = [finding] };

        using var parsed = JsonDocument.Parse(Fixtures.Render("json", null, document));

        Assert.Equal("坏\uFFFD字", parsed.RootElement.GetProperty("files")[0].GetProperty("findings")[0].GetProperty("context").GetString());
    }
}
