using System.Text;
using System.Text.Json;
using TextLint.Core.Batch;
using TextLint.Core.Sources;
using static TextLint.Core.Tests.Sources.ArchiveBuilder;

namespace TextLint.Core.Tests.Sources;

/// <summary>JSON Lines exports: one post per line; content offsets into content; title linted apart with part "title".</summary>
public class JsonLinesDocumentSourceTests
{
    private static string Line(object post) => JsonSerializer.Serialize(post, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Posts_become_documents_and_bad_lines_are_their_own_errors()
    {
        string html = "<p>我们要<b>再接再励</b>，争取更大成绩。</p>";
        var lines = new[]
        {
            Line(new { id = "p1", title = "关于秸杆利用的通知", content = html, url = "https://mp.example.cn/s/p1", published = "2024-05-01" }),
            "",
            "{not json",
            Line(new { id = 2, title = "无正文" }),
            Line(new { id = "p3", content = "纯文本：推进秸杆综合利用。" }),
        };
        byte[] bytes = [.. Encoding.UTF8.GetBytes(string.Join("\n", lines[..4]) + "\n"), .. Gb18030.GetBytes(lines[4] + "\n")];

        var documents = JsonLinesDocumentSource.Read(new MemoryStream(bytes), "posts.jsonl", new SourceOptions()).ToList();

        Assert.Equal(["posts.jsonl#p1", "posts.jsonl:3", "posts.jsonl#2", "posts.jsonl#p3"], documents.Select(d => d.Path));
        Assert.StartsWith("invalid JSON", documents[1].Error);
        Assert.Equal("no \"content\" string", documents[2].Error);
        Assert.Equal(DocumentFormat.Html, documents[0].Format);
        Assert.Equal(DocumentFormat.Text, documents[3].Format);
        Assert.Equal("2024-05-01", documents[0].Metadata!["published"]);

        var linter = ArchiveSourcesTests.Linter.Value;
        var post = DocumentProcessor.Process(linter, documents[0]);
        Assert.Equal("关于秸杆利用的通知", post.Title);
        Assert.Equal("https://mp.example.cn/s/p1", post.Url);
        var title = Assert.Single(post.Findings, f => f.Part == "title");
        Assert.Equal(("秸杆", 2, 1, 3), (title.Text, title.Offset, title.Line, title.Column));
        Assert.Equal("秸杆", post.SourceOf(title)!.Substring(title.Offset, title.Length));
        var body = Assert.Single(post.Findings, f => f.Text == "再接再励");
        Assert.Equal(html.IndexOf("再接再励", StringComparison.Ordinal), body.Offset);
        Assert.Equal("再接再励", post.SourceOf(body)!.Substring(body.Offset, body.Length));

        var gb = DocumentProcessor.Process(linter, documents[3]);
        Assert.Contains(gb.Findings, f => f.Text == "秸杆" && f.Offset == "纯文本：推进".Length);
    }

    [Fact]
    public void A_line_over_the_entry_limit_is_skipped_and_the_next_is_read()
    {
        string big = Line(new { id = "big", content = new string('字', 2000) });
        string ok = Line(new { id = "ok", content = "好" });
        var documents = JsonLinesDocumentSource.Read(new MemoryStream(Encoding.UTF8.GetBytes(big + "\n" + ok + "\n")), "p.jsonl",
            new SourceOptions { MaxEntryBytes = 1000 }).ToList();

        Assert.Equal(["p.jsonl:1", "p.jsonl#ok"], documents.Select(d => d.Path));
        Assert.Contains("--max-entry-bytes", documents[0].Error);
    }

    [Theory]
    [InlineData("<p>一段</p>", true)]
    [InlineData("第一行<br/>第二行", true)]
    [InlineData("a &lt; b", true)]
    [InlineData("如果 a<b 且 c>d", false)]
    [InlineData("纯文本", false)]
    public void Html_content_is_recognised(string content, bool isHtml) =>
        Assert.Equal(isHtml, JsonLinesDocumentSource.LooksLikeHtml(content));
}
