using System.Text.Json;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class SarifReportWriterTests
{
    private static JsonElement Run(params DocumentResult[] documents)
    {
        string sarif = Fixtures.Render("sarif", new ReportWriterOptions { Rules = Fixtures.Rules, ToolVersion = "1.2.3", BaseDirectory = "/work/site" }, documents);
        return JsonDocument.Parse(sarif).RootElement;
    }

    [Fact]
    public void Has_schema_version_and_one_run_with_the_tool_and_every_rule()
    {
        var root = Run(Fixtures.TypoDocument());

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("textlint", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules");
        Assert.Equal(3, rules.GetArrayLength());
        var typo = rules[0];
        Assert.Equal("typo.common", typo.GetProperty("id").GetString());
        Assert.Equal("TypoCommon", typo.GetProperty("name").GetString());
        Assert.Equal("常见错别字", typo.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("常见的错别字和误用词。", typo.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("warning", typo.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("typo", typo.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal("error", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules[2].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Result_has_rule_level_message_and_one_based_region()
    {
        var result = Assert.Single(Run(Fixtures.TypoDocument()).GetProperty("runs")[0].GetProperty("results").EnumerateArray());

        Assert.Equal("typo.common", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal("“再接再励”应为“再接再厉”", result.GetProperty("message").GetProperty("text").GetString());

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("news/a.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(4, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(1, region.GetProperty("endLine").GetInt32());
        Assert.Equal(8, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(4, region.GetProperty("charLength").GetInt32());
        Assert.Equal("再接再励", region.GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Info_finding_is_a_note_and_unknown_rule_gets_an_appended_rule_entry()
    {
        var finding = Fixtures.TypoFinding() with { RuleId = "user", Category = "user", Severity = Severity.Info };
        var run = Run(Fixtures.TypoDocument() with { Findings = [finding] }).GetProperty("runs")[0];

        var result = run.GetProperty("results")[0];
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal(3, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("user", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[3].GetProperty("id").GetString());
    }

    [Fact]
    public void Per_file_errors_are_tool_execution_notifications_and_mark_the_run_unsuccessful()
    {
        var invocation = Run(Fixtures.TypoDocument(), Fixtures.FailedDocument()).GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Equal("news/bad.bin: binary file, not text", notification.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("news/bad.bin", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Clean_run_is_successful()
    {
        var invocation = Run(Fixtures.TypoDocument()).GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, invocation.GetProperty("toolExecutionNotifications").GetArrayLength());
    }

    [Theory]
    [InlineData("news/a.txt", "news/a.txt")]
    [InlineData("./news/a b.txt", "news/a%20b.txt")]
    [InlineData("新闻/通知.html", "%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5.html")]
    [InlineData("/work/site/news/a.txt", "news/a.txt")]
    [InlineData("/elsewhere/a.txt", "file:///elsewhere/a.txt")]
    [InlineData("-", "stdin")]
    [InlineData("<stdin>", "stdin")]
    [InlineData("c:odd#name?.txt", "c%3Aodd%23name%3F.txt")]
    public void Artifact_uri_is_relative_with_forward_slashes_and_percent_encoded(string path, string expected) =>
        Assert.Equal(expected, SarifReportWriter.ToArtifactUri(path, "/work/site"));
}
