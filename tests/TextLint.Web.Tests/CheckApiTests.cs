using System.Net;
using System.Text;
using System.Text.Json;
using TextLint.Core.Reporting;

namespace TextLint.Web.Tests;

/// <summary><c>POST /v1/check</c> through the real pipeline (in-process test server): verdicts, findings, offsets.</summary>
public class CheckApiTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await Hosts.InProcess();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> Check(HttpContent content)
    {
        using var response = await _host.Client.PostAsync("v1/check", content);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task ProtectedNameTypoBlocks()
    {
        var result = await Check(Hosts.Json("""{"text":"市攻府召开会议"}"""));

        Assert.Equal("block", result.GetProperty("verdict").GetString());
        Assert.Equal("error", result.GetProperty("failOn").GetString());
        Assert.Equal("text", result.GetProperty("input").GetString());
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal("typo.protected", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(1, finding.GetProperty("offset").GetInt32());
        Assert.Equal(2, finding.GetProperty("length").GetInt32());
        Assert.Equal("攻府", finding.GetProperty("text").GetString());
        Assert.Equal(["政府"], finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        var summary = result.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("bySeverity").GetProperty("error").GetInt32());
        Assert.Equal(7, summary.GetProperty("characters").GetInt32());
    }

    [Fact]
    public async Task AnHtmlPostWithATextlintDisableCommentPassesAndSaysWhatWasTurnedOff()
    {
        var result = await Check(Hosts.Json("""{"html":"<p>通报中的错例：<!-- textlint-disable typo.protected -->“攻府”<!-- textlint-enable typo.protected --></p>"}"""));

        Assert.Equal("pass", result.GetProperty("verdict").GetString());
        Assert.Empty(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(1, result.GetProperty("summary").GetProperty("turnedOffByComments").GetInt32());
    }

    [Fact]
    public async Task APostOfOneBracketRepeatedStopsAtTheRulesLimitAndSaysSo()
    {
        string dump = new('《', 1500);
        var result = await Check(Hosts.Json($$"""{"text":"{{dump}}"}"""));

        Assert.Equal(1000, result.GetProperty("findings").GetArrayLength());
        Assert.Equal(["punct.pair"], result.GetProperty("cappedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(1, result.GetProperty("summary").GetProperty("cappedDocuments").GetInt32());
    }

    [Fact]
    public async Task CommonTypoAsksForReview()
    {
        var result = await Check(Hosts.Json("""{"text":"我们要再接再励。"}"""));

        Assert.Equal("review", result.GetProperty("verdict").GetString());
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(("typo.common", "warning", 3, 4), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString(),
            finding.GetProperty("offset").GetInt32(), finding.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task CleanTextPasses()
    {
        var result = await Check(Hosts.Json("""{"text":"市政府召开常务会议，研究部署安全生产工作。"}"""));

        Assert.Equal("pass", result.GetProperty("verdict").GetString());
        Assert.Empty(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(0, result.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Theory]
    [InlineData("warning", "block")]
    [InlineData("info", "block")]
    [InlineData("error", "review")]
    [InlineData("none", "review")]
    public async Task FailOnMovesTheThreshold(string failOn, string verdict)
    {
        var result = await Check(Hosts.Json($$"""{"text":"我们要再接再励。","failOn":"{{failOn}}"}"""));

        Assert.Equal(verdict, result.GetProperty("verdict").GetString());
        Assert.Equal(failOn, result.GetProperty("failOn").GetString());
    }

    [Fact]
    public async Task FailOnNoneNeverBlocks()
    {
        var result = await Check(Hosts.Json("""{"text":"市攻府召开会议","failOn":"none"}"""));
        Assert.Equal("review", result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task HtmlOffsetsPointIntoTheSubmittedSource()
    {
        const string html = "<html><head><title>通知</title></head><body><p class=\"x\">市<b>攻府</b>召开会议，要再接再励。</p></body></html>";
        var result = await Check(Hosts.Json(JsonSerializer.Serialize(new { html })));

        Assert.Equal("html", result.GetProperty("input").GetString());
        var findings = result.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(html.IndexOf("攻府", StringComparison.Ordinal), findings[0].GetProperty("offset").GetInt32());
        Assert.Equal("攻府", html.Substring(findings[0].GetProperty("offset").GetInt32(), findings[0].GetProperty("length").GetInt32()));
        Assert.Equal("body", findings[0].GetProperty("part").GetString());
        Assert.Equal(html.IndexOf("再接再励", StringComparison.Ordinal), findings[1].GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task RawTextPlainBody()
    {
        var result = await Check(Hosts.Raw(Encoding.UTF8.GetBytes("第一行\r\n市攻府召开会议"), "text/plain; charset=utf-8"));

        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(6, finding.GetProperty("offset").GetInt32());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(2, finding.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task RawHtmlBody()
    {
        const string html = "<p>市<i>攻</i>府召开会议</p>";
        var result = await Check(Hosts.Raw(Encoding.UTF8.GetBytes(html), "text/html"));

        Assert.Equal("html", result.GetProperty("input").GetString());
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(html.IndexOf('攻'), finding.GetProperty("offset").GetInt32());
        Assert.Equal("攻府", finding.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AWordDocumentIsCheckedParagraphByParagraph()
    {
        var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var stream = zip.CreateEntry("word/document.xml").Open())
            stream.Write(Encoding.UTF8.GetBytes("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>通知</w:t></w:r></w:p><w:p><w:r><w:t>市攻府召开会议</w:t></w:r></w:p></w:body></w:document>"""));

        var result = await Check(Hosts.Raw(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        Assert.Equal("docx", result.GetProperty("input").GetString());
        Assert.Equal("block", result.GetProperty("verdict").GetString());
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(("攻府", 2, 2), (finding.GetProperty("text").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task ABodyThatIsNoWordDocumentIsABadRequest()
    {
        using var response = await _host.Client.PostAsync("v1/check", Hosts.Raw(Encoding.UTF8.GetBytes("not a zip"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_docx", body);
    }

    [Fact]
    public async Task RawBodyInGb18030WithOrWithoutCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb18030").GetBytes("关于印发通知的函。市攻府召开常务会议，研究部署秸杆综合利用工作。");
        foreach (var contentType in new[] { "text/plain; charset=gb18030", "text/plain; charset=GBK", "text/plain" })
        {
            var result = await Check(Hosts.Raw(bytes, contentType));
            Assert.Equal(["攻府", "秸杆"], result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public async Task RulesKeepOnlyThosePrefixesLikeOnly()
    {
        const string text = "市攻府召开会议，我们要再接再励。";
        var onlyCommon = await Check(Hosts.Json($$"""{"text":"{{text}}","rules":["typo.common"]}"""));
        // As with --only typo.common: 攻府 is also in the common-typo list, and with typo.protected off that entry reports it.
        Assert.Equal("review", onlyCommon.GetProperty("verdict").GetString());
        Assert.Equal(["typo.common 攻府", "typo.common 再接再励"], onlyCommon.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("text").GetString()));

        var commaList = await Check(Hosts.Json($$"""{"text":"{{text}}","rules":"typo.protected, usage"}"""));
        Assert.Equal(["typo.protected"], commaList.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));

        var allTypos = await Check(Hosts.Json($$"""{"text":"{{text}}","rules":["typo"]}"""));
        Assert.Equal(2, allTypos.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task FindingsAreExactlyThoseOfTheCliJsonReport()
    {
        const string text = "市攻府召开会议。\n我们要再接再励，推进秸杆综合利用，国家级自然保护区，联系电话 13812345678。";
        var served = await Check(Hosts.Json(JsonSerializer.Serialize(new { text })));

        using var report = new StringWriter();
        var writer = new JsonReportWriter(report);
        var document = new DocumentResult { Path = "-", Encoding = "utf-8", Findings = Hosts.Linter.Lint(text), CharacterCount = text.Length };
        var summary = new RunSummary();
        summary.Add(document);
        writer.WriteDocument(document);
        writer.Complete(summary);
        var cli = JsonDocument.Parse(report.ToString()).RootElement;
        var cliFindings = cli.GetProperty("files")[0].GetProperty("findings");

        Assert.Equal(4, cliFindings.GetArrayLength()); // 攻府, 再接再励, 秸杆 and the mobile number
        Assert.True(JsonElement.DeepEquals(cliFindings, served.GetProperty("findings")),
            $"served {served.GetProperty("findings")}\ncli {cliFindings}");
        var servedSummary = served.GetProperty("summary");
        foreach (var name in new[] { "documents", "failedDocuments", "characters", "findings", "bySeverity", "byCategory", "byRule" })
            Assert.True(JsonElement.DeepEquals(cli.GetProperty("summary").GetProperty(name), servedSummary.GetProperty(name)), name);
    }

    [Fact]
    public async Task RulesEndpointListsEveryRuleLikeTheCli()
    {
        using var response = await _host.Client.GetAsync("v1/rules");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var expected = new StringWriter();
        RuleListWriter.WriteJson(expected, Hosts.Linter.Rules);
        Assert.Equal(expected.ToString(), await response.Content.ReadAsStringAsync());
        var ids = JsonDocument.Parse(expected.ToString()).RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        Assert.Contains("typo.protected", ids);
    }

    [Fact]
    public async Task HealthzSaysOk()
    {
        using var response = await _host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(ToolInfo.Version, body.GetProperty("version").GetString());
        Assert.Equal(Hosts.Linter.Rules.Count, body.GetProperty("rules").GetInt32());
        // In process there is no socket to warm up over: warm from the start.
        Assert.True(body.GetProperty("warm").GetBoolean());
    }

    [Fact]
    public async Task EmptyTextPasses()
    {
        var result = await Check(Hosts.Json("""{"text":""}"""));
        Assert.Equal("pass", result.GetProperty("verdict").GetString());
    }
}
