using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>Auditors' runs end to end: archives and exports in, ordered parallel results, batch formats, baselines, fixes, interruption.</summary>
public sealed class AuditTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePages();
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-audit-").FullName;

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static string Page(int i, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>第{i}号通知</title></head><body><div class=\"content\"><p>{body}</p></div></body></html>";

    /// <summary>A site archive: 30 pages (some with typos), a binary entry and a GB18030 entry.</summary>
    /// <summary>A site of <paramref name="pages"/> pages plus a binary entry and a GB18030 text (<paramref name="pages"/> + 2 documents).</summary>
    private string SiteArchive(int pages = 30)
    {
        string path = PathOf("site.tar.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        void Add(string name, byte[] data) => tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });
        for (int i = 0; i < pages; i++)
        {
            string body = i % 3 == 0 ? $"第{i}段：我们要再接再励，推进秸杆综合利用。" : $"第{i}段：各项工作有序推进。";
            Add($"www.example.gov.cn/news/{i:00}.html", Encoding.UTF8.GetBytes(Page(i, body)));
            if (i == 10) Add("www.example.gov.cn/news/logo.html", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0]);
            if (i == 20) Add("www.example.gov.cn/old/gb.txt", Gb18030.GetBytes("市攻府召开常务会议。"));
        }
        return path;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void A_tar_gz_site_is_reported_in_archive_order_with_its_bad_entries_as_their_own_errors()
    {
        string archive = SiteArchive();

        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", "--fail-on", "warning", "--jobs", "2", archive);

        Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
        var files = Json(stdout).GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(32, files.Count);
        var names = files.Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal($"{archive}!/www.example.gov.cn/news/00.html", names[0]);
        Assert.Equal($"{archive}!/www.example.gov.cn/news/logo.html", names[11]);
        Assert.Equal($"{archive}!/www.example.gov.cn/old/gb.txt", names[22]);
        Assert.Equal("binary file, not text", files[11].GetProperty("error").GetString());
        Assert.Equal("gb18030", files[22].GetProperty("encoding").GetString());
        Assert.Equal("攻府", files[22].GetProperty("findings")[0].GetProperty("text").GetString());
        Assert.Contains($"textlint: {archive}!/www.example.gov.cn/news/logo.html: binary file, not text", stderr);
        Assert.Contains("汇总：32 个文件", stderr);
    }

    [Fact]
    public void Jobs_2_gives_the_same_report_as_jobs_1()
    {
        string archive = SiteArchive();

        string Files(string jobs)
        {
            var (_, stdout, _) = CliTests.Run("check", "--format", "jsonl", "--jobs", jobs, archive);
            return string.Join("\n", stdout.Split('\n').Where(l => !l.Contains("\"type\":\"summary\"")));
        }

        string one = Files("1");
        Assert.Equal(one, Files("2"));
        Assert.Equal(one, Files("2"));
    }

    [Fact]
    public void A_truncated_archive_and_a_zip_bomb_each_give_their_own_error_and_the_rest_is_reported()
    {
        string archive = SiteArchive();
        byte[] whole = File.ReadAllBytes(archive);
        string truncated = PathOf("cut.tar.gz");
        File.WriteAllBytes(truncated, whole[..(whole.Length * 2 / 3)]);
        string bomb = PathOf("bomb.zip");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            using (var s = zip.CreateEntry("bomb.txt").Open()) s.Write(Encoding.ASCII.GetBytes(new string('0', 4 << 20)));
            using (var s = zip.CreateEntry("fine.txt").Open()) s.Write(Encoding.UTF8.GetBytes("我们要再接再励。"));
        }

        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", "--fail-on", "warning", "--max-entry-bytes", "1MB", truncated, bomb);

        Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
        var files = Json(stdout).GetProperty("files").EnumerateArray().ToList();
        var truncation = Assert.Single(files, f => f.GetProperty("path").GetString() == truncated);
        Assert.StartsWith("truncated archive", truncation.GetProperty("error").GetString());
        Assert.Contains(files, f => f.GetProperty("path").GetString()!.StartsWith(truncated + "!/", StringComparison.Ordinal) && f.GetProperty("error").ValueKind == JsonValueKind.Null);
        var bombEntry = Assert.Single(files, f => f.GetProperty("path").GetString() == bomb + "!/bomb.txt");
        Assert.Equal("larger than the 1 MB limit for one document (--max-entry-bytes); skipped", bombEntry.GetProperty("error").GetString());
        var fine = Assert.Single(files, f => f.GetProperty("path").GetString() == bomb + "!/fine.txt");
        Assert.Equal("再接再励", fine.GetProperty("findings")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Csv_goes_to_a_file_with_a_bom_and_one_row_per_finding()
    {
        string archive = SiteArchive();
        string report = PathOf("report.csv");

        var (code, _, stderr) = CliTests.Run("check", "--format", "csv", "-o", report, "--include", "**/news/**", archive);

        Assert.True(code == 0, stderr); // typos are warnings
        byte[] bytes = File.ReadAllBytes(report);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path,url,title,line,column,severity,category,rule,text,suggestion", rows[0]);
        // 10 pages × 2 typos, plus the binary entry's error row; the GB18030 file is outside news/.
        Assert.Equal(1 + 10 * 2 + 1, rows.Length);
        Assert.DoesNotContain(rows, r => r.Contains("gb.txt"));
    }

    [Fact]
    public void Jsonl_posts_and_warc_responses_are_inputs_too()
    {
        string posts = PathOf("posts.jsonl");
        File.WriteAllText(posts,
            "{\"id\":\"a1\",\"title\":\"秸杆综合利用\",\"content\":\"<p>我们要再接再励。</p>\",\"url\":\"https://mp.example.cn/s/a1\",\"published\":\"2024-05-01\"}\n");
        string warc = PathOf("crawl.warc");
        string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + Page(1, "市攻府召开会议。");
        int length = Encoding.UTF8.GetByteCount(http);
        File.WriteAllText(warc, $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://www.example.gov.cn/a.html\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n{http}\r\n\r\n");

        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", posts, warc);

        Assert.True(code == 1, stderr);
        var files = Json(stdout).GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([posts + "#a1", "http://www.example.gov.cn/a.html"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal("秸杆综合利用", files[0].GetProperty("title").GetString());
        Assert.Equal("2024-05-01", files[0].GetProperty("metadata").GetProperty("published").GetString());
        Assert.Equal(["title", "body"], files[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("part").GetString()));
        Assert.Equal("http://www.example.gov.cn/a.html", files[1].GetProperty("url").GetString());
    }

    [Fact]
    public void A_baseline_hides_known_findings_and_the_summary_counts_them()
    {
        string doc = PathOf("a.txt");
        File.WriteAllText(doc, "我们要再接再励。\n");
        string baseline = PathOf("baseline.json");
        Assert.Equal(1, CliTests.Run("check", "--format", "json", "-o", baseline, "--fail-on", "warning", doc).Code);

        File.WriteAllText(doc, "新加的一行。\n我们要再接再励。\n推进秸杆综合利用。\n");
        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", "--baseline", baseline, "--fail-on", "warning", doc);

        Assert.True(code == 1, stderr);
        var root = Json(stdout);
        var finding = Assert.Single(root.GetProperty("files")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("秸杆", finding.GetProperty("text").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Contains("基线已记录 1 个未列出", stderr);

        // With everything old, the run is clean.
        File.WriteAllText(doc, "我们要再接再励。\n");
        Assert.Equal(0, CliTests.Run("check", "--format", "sarif", "--baseline", baseline, "--fail-on", "warning", doc).Code);
    }

    [Fact]
    public void Fix_rewrites_text_files_but_never_html_and_dry_run_prints_a_diff()
    {
        string text = PathOf("a.txt"), html = PathOf("b.html");
        File.WriteAllText(text, "我们要再接再励。\n");
        File.WriteAllText(html, "<p>我们要再接再励。</p>");

        var (dryCode, diff, dryErr) = CliTests.Run("check", "--fix", "--dry-run", _folder);

        Assert.True(dryCode == 0, dryErr); // typos are warnings; the default --fail-on is error
        Assert.Equal($"--- a/{text}\n+++ b/{text}\n@@ -1 +1 @@\n-我们要再接再励。\n+我们要再接再厉。\n", diff);
        Assert.Equal("我们要再接再励。\n", File.ReadAllText(text));
        Assert.Contains("可自动修正 1 处，涉及 1 个文件", dryErr);

        var (_, _, stderr) = CliTests.Run("check", "--fix", "-q", _folder);

        Assert.Equal("我们要再接再厉。\n", File.ReadAllText(text));
        Assert.Equal("<p>我们要再接再励。</p>", File.ReadAllText(html));
        Assert.Equal("", stderr);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public void Dry_run_without_fix_is_a_usage_error()
    {
        var (code, _, stderr) = CliTests.Run("check", "--dry-run", _folder);
        Assert.Equal(2, code);
        Assert.Equal("textlint: --dry-run only works with --fix\n", stderr);
    }

    [Theory]
    [InlineData("--max-entry-bytes", "lots")]
    [InlineData("--max-total-bytes", "-5")]
    [InlineData("--jobs", "0")]
    public void Bad_limits_are_usage_errors(string option, string value)
    {
        File.WriteAllText(PathOf("a.txt"), "好");
        var (code, _, stderr) = CliTests.Run("check", option, value, PathOf("a.txt"));
        Assert.Equal(2, code);
        Assert.StartsWith("textlint: ", stderr);
    }

    [Fact]
    public void An_interrupted_run_writes_a_valid_partial_report_and_exits_130()
    {
        // Enough pages that the two workers cannot have linted them all (in batches of up to 16) by the
        // time the fifth result is reported and the run is cancelled.
        const int pages = 300;
        string archive = SiteArchive(pages);
        CheckCommand.CancelAfterDocumentsForTests = 5;
        try
        {
            var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", "--jobs", "2", archive);

            Assert.Equal(130, code);
            var root = Json(stdout);
            Assert.True(root.GetProperty("summary").GetProperty("cancelled").GetBoolean());
            int documents = root.GetProperty("files").GetArrayLength();
            Assert.InRange(documents, 5, pages + 2 - 1); // at least what was reported, fewer than all
            Assert.Equal(documents, root.GetProperty("summary").GetProperty("documents").GetInt32());
            Assert.Contains("textlint: interrupted", stderr);
        }
        finally
        {
            CheckCommand.CancelAfterDocumentsForTests = null;
        }
    }
}
