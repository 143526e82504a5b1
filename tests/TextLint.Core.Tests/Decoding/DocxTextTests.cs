using System.IO.Compression;
using System.Text;
using TextLint.Core.Batch;
using TextLint.Core.Decoding;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Decoding;

/// <summary>Word attachments (.docx) are read as their paragraphs, one per line, as a reader sees them.</summary>
public sealed class DocxTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-docx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Body = """
        <w:p><w:r><w:t>关于做好秸杆综合利用工作的通知</w:t></w:r></w:p>
        <w:p><w:r><w:t>热烈庆祝中华</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>人民</w:t></w:r><w:r><w:t>共合国成立。</w:t></w:r><w:del><w:r><w:delText>北朝鲜</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve">希望大家再接再励。</w:t></w:r></w:ins></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>市攻府</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:p><w:r><w:instrText> HYPERLINK "北朝鲜" </w:instrText></w:r><w:r><w:t>链接</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>第二行</w:t></w:r></w:p>
        <w:p/>
        """;

    /// <summary>A minimal Word package: content types and the body part.</summary>
    internal static byte[] Docx(string body, bool withBody = true)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            if (withBody)
                Write(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    [Fact]
    public void Paragraphs_are_lines_runs_are_joined_and_deleted_text_and_field_codes_are_left_out()
    {
        string text = DocxText.Read(Docx(Body), "notice.docx");

        Assert.Equal("关于做好秸杆综合利用工作的通知\n热烈庆祝中华人民共合国成立。希望大家再接再励。\n单位\t市攻府\n链接\n第二行\n", text);
    }

    [Fact]
    public void Findings_point_at_the_paragraph_and_the_characters_a_reader_sees()
    {
        string path = Path.Combine(_folder, "notice.docx");
        File.WriteAllBytes(path, Docx(Body));

        var result = DocumentProcessor.Process(Sources.ArchiveSourcesTests.Linter.Value, DocumentSources.Open([path], new SourceOptions()).Single().Read().Single());

        Assert.Null(result.Error);
        Assert.Equal("docx", result.Encoding);
        Assert.Equal(
            [("秸杆", 1, 5, "秸秆"), ("中华人民共合国", 2, 5, "中华人民共和国"), ("再接再励", 2, 19, "再接再厉"), ("攻府", 3, 5, "政府")],
            result.Findings.Select(f => (f.Text, f.Line, f.Column, f.Suggestions[0])));
        Assert.DoesNotContain(result.Findings, f => f.Text == "北朝鲜");
    }

    [Fact]
    public void A_docx_in_a_folder_or_an_archive_is_read_too()
    {
        string site = Directory.CreateDirectory(Path.Combine(_folder, "site")).FullName;
        File.WriteAllBytes(Path.Combine(site, "附件.docx"), Docx(Body));
        string zip = Path.Combine(_folder, "site.zip");
        Sources.ArchiveBuilder.Zip(zip, ("news/附件.docx", Docx(Body)));

        var walked = DocumentSources.Open([site], new SourceOptions()).Single().Read().ToList();
        var packed = DocumentSources.Open([zip], new SourceOptions()).Single().Read().ToList();

        Assert.Equal([Path.Combine(site, "附件.docx")], walked.Select(d => d.Path));
        Assert.Equal([$"{zip}!/news/附件.docx"], packed.Select(d => d.Path));
        Assert.Equal(4, DocumentProcessor.Process(Sources.ArchiveSourcesTests.Linter.Value, packed[0]).Findings.Count);
    }

    [Theory]
    [InlineData("not a zip at all", "bad.docx: not a readable .docx (password-protected, or not a Word 2007+ file)")]
    [InlineData(null, "bad.docx: not a Word document (.docx): it has no word/document.xml")]
    public void A_file_that_is_no_word_document_is_one_clear_error(string? content, string message)
    {
        byte[] bytes = content is null ? Docx("", withBody: false) : Encoding.UTF8.GetBytes(content);

        var e = Assert.Throws<TextLintException>(() => DocxText.Read(bytes, "bad.docx"));

        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void A_body_with_a_dtd_is_refused_not_expanded()
    {
        // The billion-laughs shape: entity expansion must never run.
        string xml = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>""";
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true)) Write(zip, "word/document.xml", xml);

        var e = Assert.Throws<TextLintException>(() => DocxText.Read(buffer.ToArray(), "bomb.docx"));

        Assert.StartsWith("bomb.docx: corrupt .docx:", e.Message);
    }
}
