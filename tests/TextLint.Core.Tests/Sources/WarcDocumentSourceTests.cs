using System.Text;
using TextLint.Core.Batch;
using TextLint.Core.Sources;
using static TextLint.Core.Tests.Sources.ArchiveBuilder;

namespace TextLint.Core.Tests.Sources;

/// <summary>
/// WARC files: only successful HTML/text responses become documents, named by their target URI; HTTP
/// charset, chunked transfer coding and gzip content coding are honoured; truncation is one error.
/// </summary>
public class WarcDocumentSourceTests
{
    private const string Page = "<html><body><p>我们要再接再励，争取更大成绩。</p></body></html>";

    private static byte[] SampleWarc(bool gzipPerRecord)
    {
        byte[][] records =
        [
            WarcRecord("warcinfo", null, "application/warc-fields", Utf8("software: test\r\n")),
            WarcRecord("request", "http://www.example.gov.cn/a.html", "application/http; msgtype=request",
                Utf8("GET /a.html HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n")),
            WarcRecord("response", "http://www.example.gov.cn/a.html", "application/http; msgtype=response",
                Http(200, "Content-Type: text/html; charset=utf-8\n", Utf8(Page))),
            WarcRecord("response", "http://www.example.gov.cn/logo.png", "application/http; msgtype=response",
                Http(200, "Content-Type: image/png\n", Binary())),
            WarcRecord("response", "http://www.example.gov.cn/missing.html", "application/http; msgtype=response",
                Http(404, "Content-Type: text/html\n", Utf8("<p>再接再励</p>"))),
            // Chunked and gzipped, as some crawlers store the raw transfer.
            WarcRecord("response", "http://www.example.gov.cn/b.html", "application/http; msgtype=response",
                Http(200, "Content-Type: text/html\nContent-Encoding: gzip\nTransfer-Encoding: chunked\n", Chunked(Gzip(Utf8(Page)), 17))),
            // GB18030 declared only in the HTTP header.
            WarcRecord("response", "http://www.example.gov.cn/c.txt", "application/http; msgtype=response",
                Http(200, "Content-Type: text/plain; charset=GBK\n", Gb18030.GetBytes("推进秸杆综合利用。"))),
            WarcRecord("metadata", "http://www.example.gov.cn/a.html", "application/warc-fields", Utf8("via: x\r\n")),
        ];
        return gzipPerRecord ? [.. records.SelectMany(Gzip)] : [.. records.SelectMany(r => r)];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Responses_with_html_or_text_become_documents_named_by_target_uri(bool gzipped)
    {
        var documents = WarcDocumentSource.Read(new MemoryStream(SampleWarc(gzipped)), "crawl.warc", gzipped, new SourceOptions()).ToList();

        Assert.Equal(["http://www.example.gov.cn/a.html", "http://www.example.gov.cn/b.html", "http://www.example.gov.cn/c.txt"], documents.Select(d => d.Path));
        Assert.All(documents, d => Assert.Equal(d.Path, d.Url));
        Assert.Equal(DocumentFormat.Html, documents[0].Format);
        Assert.Equal(DocumentFormat.Text, documents[2].Format);
        Assert.Equal("GBK", documents[2].Charset);
        Assert.Equal(Utf8(Page), documents[1].Bytes);

        var linter = ArchiveSourcesTests.Linter.Value;
        var page = DocumentProcessor.Process(linter, documents[0]);
        Assert.Equal(Page.IndexOf("再接再励", StringComparison.Ordinal), Assert.Single(page.Findings, f => f.Text == "再接再励").Offset);
        var text = DocumentProcessor.Process(linter, documents[2]);
        Assert.Equal("gb18030", text.Encoding);
        Assert.Contains(text.Findings, f => f.Text == "秸杆");
    }

    [Fact]
    public void A_truncated_warc_gz_reports_the_records_before_and_one_error()
    {
        byte[] whole = SampleWarc(gzipPerRecord: true);
        // Cut inside the last record (its header): the records before it are complete.
        int cut = whole.Length - 60;
        var documents = WarcDocumentSource.Read(new MemoryStream(whole[..cut]), "crawl.warc.gz", true, new SourceOptions()).ToList();

        Assert.Equal("crawl.warc.gz", documents[^1].Path);
        Assert.StartsWith("truncated archive", documents[^1].Error);
        Assert.Contains(documents, d => d.Path == "http://www.example.gov.cn/a.html" && d.Error is null);
    }

    [Fact]
    public void Something_that_is_not_warc_is_one_corrupt_archive_error()
    {
        var document = Assert.Single(WarcDocumentSource.Read(new MemoryStream(Utf8("<html>not a warc</html>\n")), "x.warc", false, new SourceOptions()));
        Assert.StartsWith("corrupt archive", document.Error);
    }

    [Fact]
    public void A_body_over_the_entry_limit_is_that_record_s_error()
    {
        byte[] warc = [
            .. WarcRecord("response", "http://a.cn/big.html", "application/http; msgtype=response",
                Http(200, "Content-Type: text/html\n", Encoding.ASCII.GetBytes(new string('x', 5000)))),
            .. WarcRecord("response", "http://a.cn/ok.html", "application/http; msgtype=response", Http(200, "Content-Type: text/html\n", Utf8(Page))),
        ];
        var documents = WarcDocumentSource.Read(new MemoryStream(warc), "x.warc", false, new SourceOptions { MaxEntryBytes = 1000 }).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Contains("--max-entry-bytes", documents[0].Error);
        Assert.Null(documents[1].Error);
    }

    [Fact]
    public void A_word_attachment_in_a_crawl_is_read_as_a_document()
    {
        byte[] docx = Decoding.DocxTextTests.Docx("<w:p><w:r><w:t>附件：关于推进秸杆综合利用的实施方案</w:t></w:r></w:p>");
        byte[] warc = WarcRecord("response", "http://a.cn/files/fangan.docx", "application/http; msgtype=response",
            Http(200, "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n", docx));

        var document = Assert.Single(WarcDocumentSource.Read(new MemoryStream(warc), "x.warc", false, new SourceOptions()));
        var result = DocumentProcessor.Process(ArchiveSourcesTests.Linter.Value, document);

        Assert.Equal(DocumentFormat.Docx, document.Format);
        Assert.Equal("http://a.cn/files/fangan.docx", result.Path);
        Assert.Equal(("秸杆", 1, 8), Assert.Single(result.Findings, f => f.RuleId == "typo.common") is var f ? (f.Text, f.Line, f.Column) : default);
    }
}

