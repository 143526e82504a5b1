using System.Text;
using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>
/// The README's main command on the bundled samples: every planted error listed in
/// docs/samples.md is reported at its exact source position, and nothing else is.
/// </summary>
public class SamplesTests
{
    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextLint.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    private static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    // file, rule, text as the reader sees it, offset, line, column, first suggestion (null = none)
    public static TheoryData<string, string, string, int, int, int, string?> Planted => new()
    {
        { "gov-news.html", "typo.protected", "营商环镜", 149, 6, 15, "营商环境" },
        { "gov-news.html", "typo.protected", "中华人民共合国", 1310, 36, 25, "中华人民共和国" },
        { "gov-news.html", "typo.protected", "齐齐哈市", 1436, 37, 44, "齐齐哈尔市" },
        { "gov-news.html", "typo.protected", "精准扶贪", 1614, 40, 53, "精准扶贫" },
        { "gov-notice-gb18030.html", "typo.protected", "扫黑险恶", 113, 5, 14, "扫黑除恶" },
        { "gov-notice-gb18030.html", "typo.protected", "攻府", 669, 17, 10, "政府" },
        { "gov-notice-gb18030.html", "typo.protected", "扫黑险恶", 871, 21, 20, "扫黑除恶" },
        { "gov-notice-gb18030.html", "typo.common", "秸杆", 1047, 23, 39, "秸秆" },
        { "wechat-post.md", "adlaw.absolute", "销量第一", 212, 15, 23, null },
        { "wechat-post.md", "typo.common", "再接再励", 349, 21, 86, "再接再厉" },
        { "wechat-post.md", "usage.xinhua", "北朝鲜", 414, 25, 37, "朝鲜" },
    };

    private static readonly Lazy<(int Code, JsonDocument Json)> JsonRun = new(() =>
    {
        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", Path.Combine(RepoRoot, "samples"));
        // Standard error holds only the end-of-run summary line (machine formats print it there): no per-file error.
        Assert.True(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l.StartsWith("汇总：", StringComparison.Ordinal)), stderr);
        return (code, JsonDocument.Parse(stdout));
    });

    private static JsonElement FileResult(string name) =>
        JsonRun.Value.Json.RootElement.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("path").GetString()!.EndsWith(name, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Planted))]
    public void PlantedErrorIsReportedAtItsSourcePosition(string file, string rule, string text, int offset, int line, int column, string? suggestion)
    {
        var finding = FileResult(file).GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("offset").GetInt32() == offset);
        Assert.Equal(rule, finding.GetProperty("ruleId").GetString());
        Assert.Equal(text, finding.GetProperty("text").GetString());
        Assert.Equal((line, column), (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        var suggestions = finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        if (suggestion is null) Assert.Empty(suggestions); else Assert.Equal(suggestion, suggestions[0]);
    }

    [Fact]
    public void NothingElseIsReportedAndTheRunFailsOnErrors()
    {
        Assert.Equal(1, JsonRun.Value.Code);
        foreach (var file in JsonRun.Value.Json.RootElement.GetProperty("files").EnumerateArray())
        {
            string name = Path.GetFileName(file.GetProperty("path").GetString()!);
            var offsets = file.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("offset").GetInt32()).ToList();
            var expected = Planted.Where(row => (string)row[0] == name).Select(row => (int)row[3]).ToList();
            Assert.Equal(expected, offsets);
        }
    }

    [Fact]
    public void SplitNameSpansTheInlineTagsInTheHtmlSource()
    {
        string source = File.ReadAllText(Sample("gov-news.html"));
        var finding = FileResult("gov-news.html").GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("text").GetString() == "中华人民共合国");
        int offset = finding.GetProperty("offset").GetInt32(), length = finding.GetProperty("length").GetInt32();
        Assert.Equal("中华<b>人民</b>共合国", source.Substring(offset, length));
    }

    [Fact]
    public void Gb18030PageIsDecodedAsGb18030()
    {
        Assert.Equal("gb18030", FileResult("gov-notice-gb18030.html").GetProperty("encoding").GetString());
    }

    [Fact]
    public void SarifOnSamplesHasOneBasedRegionsThatPointAtTheText()
    {
        var (code, stdout, _) = CliTests.Run("check", "--format", "sarif", Sample("gov-news.html"));
        Assert.Equal(1, code);
        using var sarif = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        string source = File.ReadAllText(Sample("gov-news.html"));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            Assert.Equal("error", result.GetProperty("level").GetString());
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            int offset = region.GetProperty("charOffset").GetInt32(), length = region.GetProperty("charLength").GetInt32();
            Assert.Equal(source.Substring(offset, length), region.GetProperty("snippet").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void FolderWithBinaryUtf8AndGb18030FilesReportsEachAndGoesOn()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string dir = Directory.CreateTempSubdirectory("textlint-mixed-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "a-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
            File.WriteAllText(Path.Combine(dir, "b-utf8.txt"), "市攻府召开常务会议。", new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(dir, "c-gbk.txt"), Encoding.GetEncoding("GB18030").GetBytes("各级领导干部要再接再励，推进秸杆综合利用工作取得新成效。"));

            var (code, stdout, _) = CliTests.Run("check", "--format", "json", dir);
            Assert.Equal(1, code);
            using var json = JsonDocument.Parse(stdout);
            var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(3, files.Count);
            Assert.Contains("binary", files[0].GetProperty("error").GetString());
            Assert.Equal("攻府", Assert.Single(files[1].GetProperty("findings").EnumerateArray()).GetProperty("text").GetString());
            Assert.Equal("gb18030", files[2].GetProperty("encoding").GetString());
            Assert.Equal(["再接再励", "秸杆"], files[2].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToArray());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
