using System.Text;
using TextLint.Core.Batch;
using TextLint.Core.Sources;
using static TextLint.Core.Tests.Sources.ArchiveBuilder;

namespace TextLint.Core.Tests.Sources;

/// <summary>Zip and tar archives: entries in order, per-entry errors, limits, truncation.</summary>
public sealed class ArchiveSourcesTests : IDisposable
{
    internal static readonly Lazy<Linter> Linter = new(() => new Linter());
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-archive-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private const string TypoPage = "<html><head><title>通知</title></head><body><p>我们要再接再励，争取更大成绩。</p></body></html>";

    private static List<SourceDocument> ReadAll(IDocumentSource source) => source.Read().ToList();

    [Fact]
    public void Zip_entries_come_in_order_with_text_extensions_only_and_each_bad_entry_is_its_own_error()
    {
        string zip = PathOf("site.zip");
        Zip(zip,
            ("news/a.html", Utf8(TypoPage)),
            ("news/logo.png", Binary()),
            ("news/broken.html", Binary()),
            ("news/gb.txt", Gb18030.GetBytes("推进秸杆综合利用。")),
            ("news/", []));

        var documents = ReadAll(new ZipDocumentSource(zip, new SourceOptions()));
        Assert.Equal([$"{zip}!/news/a.html", $"{zip}!/news/broken.html", $"{zip}!/news/gb.txt"], documents.Select(d => d.Path));

        var results = documents.Select(d => DocumentProcessor.Process(Linter.Value, d)).ToList();
        Assert.Contains(results[0].Findings, f => f.Text == "再接再励");
        Assert.Equal("binary file, not text", results[1].Error);
        Assert.Equal("gb18030", results[2].Encoding);
        Assert.Contains(results[2].Findings, f => f.Text == "秸杆" && f.Offset == 2);
    }

    [Fact]
    public void A_zip_bomb_entry_is_stopped_while_it_inflates_and_the_next_entry_is_still_read()
    {
        string zip = PathOf("bomb.zip");
        // 8 MB of one letter compresses to a few KB: the header's size is not what stops it, counting is.
        Zip(zip, ("bomb.txt", Encoding.ASCII.GetBytes(new string('a', 8 * 1024 * 1024))), ("after.txt", Utf8("再接再励")));

        var documents = ReadAll(new ZipDocumentSource(zip, new SourceOptions { MaxEntryBytes = 1024 * 1024 }));

        Assert.Equal(2, documents.Count);
        Assert.Equal($"{zip}!/bomb.txt", documents[0].Path);
        Assert.Equal("larger than the 1 MB limit for one document (--max-entry-bytes); skipped", documents[0].Error);
        Assert.Null(documents[0].Bytes);
        Assert.Equal(Utf8("再接再励"), documents[1].Bytes);
    }

    [Fact]
    public void The_total_decompressed_limit_ends_the_archive_with_one_error_naming_it()
    {
        string zip = PathOf("many.zip");
        var entries = Enumerable.Range(0, 6).Select(i => ($"p{i}.txt", Encoding.ASCII.GetBytes(new string('b', 400 * 1024)))).ToArray();
        Zip(zip, entries);

        var documents = ReadAll(new ZipDocumentSource(zip, new SourceOptions { MaxTotalBytes = 1024 * 1024 }));

        Assert.Equal([$"{zip}!/p0.txt", $"{zip}!/p1.txt", zip], documents.Select(d => d.Path));
        Assert.Equal("more than 1 MB decompressed (--max-total-bytes); the rest of the archive is skipped", documents[^1].Error);
    }

    [Fact]
    public void The_entry_count_limit_ends_the_archive()
    {
        string tar = PathOf("count.tar");
        File.WriteAllBytes(tar, Tar(Enumerable.Range(0, 5).Select(i => ($"{i}.txt", Utf8("好"))).ToArray()));

        var documents = ReadAll(new TarDocumentSource(tar, gzipped: false, new SourceOptions { MaxEntries = 3 }));

        Assert.Equal(4, documents.Count);
        Assert.Equal("more than 3 entries (--max-entries); the rest of the archive is skipped", documents[3].Error);
    }

    [Fact]
    public void Tar_gz_is_streamed_in_order_with_folders_and_other_files_skipped()
    {
        string tgz = PathOf("site.tar.gz");
        File.WriteAllBytes(tgz, Gzip(Tar(("./site/", []), ("./site/b.htm", Utf8(TypoPage)), ("./site/style.css", Utf8("p{}")), ("./site/a.md", Utf8("# 标题\n再接再励\n")))));

        var documents = ReadAll(new TarDocumentSource(tgz, gzipped: true, new SourceOptions()));

        Assert.Equal([$"{tgz}!/site/b.htm", $"{tgz}!/site/a.md"], documents.Select(d => d.Path));
        Assert.All(documents, d => Assert.Null(d.Error));
    }

    [Fact]
    public void A_truncated_tar_gz_reports_what_was_read_then_one_truncation_error()
    {
        var entries = Enumerable.Range(0, 40).Select(i =>
        {
            var random = new Random(i);
            string text = string.Concat(Enumerable.Range(0, 4000).Select(_ => (char)('一' + random.Next(2000))));
            return ($"p{i:00}.txt", Utf8(text));
        }).ToArray();
        byte[] whole = Gzip(Tar(entries));
        string tgz = PathOf("cut.tgz");
        File.WriteAllBytes(tgz, whole[..(whole.Length / 2)]);

        var documents = ReadAll(new TarDocumentSource(tgz, gzipped: true, new SourceOptions()));

        Assert.InRange(documents.Count, 2, 40);
        Assert.All(documents[..^1], d => Assert.Null(d.Error));
        Assert.Equal(tgz, documents[^1].Path);
        Assert.StartsWith("truncated archive: unexpected end of data after ", documents[^1].Error);
    }

    [Fact]
    public void A_tar_cut_between_two_entries_is_reported_as_truncated_not_read_as_complete()
    {
        // TarReader ends quietly where the data stops at an entry boundary; the missing end-of-archive
        // block is what gives the cut away. Every cut at a block boundary must end with an error.
        byte[] tar = Tar(("a.txt", Utf8("再接再励")), ("b.txt", Utf8("市攻府")), ("c.txt", Utf8("秸杆")));
        for (int cut = 512; cut <= tar.Length - 1024; cut += 512)
        {
            string path = PathOf($"cut{cut}.tar");
            File.WriteAllBytes(path, tar[..cut]);

            var last = ReadAll(new TarDocumentSource(path, gzipped: false, new SourceOptions()))[^1];

            Assert.Equal(path, last.Path);
            Assert.StartsWith("truncated archive: unexpected end of data", last.Error);
        }
        string whole = PathOf("whole.tar");
        File.WriteAllBytes(whole, tar);
        Assert.All(ReadAll(new TarDocumentSource(whole, gzipped: false, new SourceOptions())), d => Assert.Null(d.Error));
    }

    [Fact]
    public void A_file_that_is_not_an_archive_is_one_error()
    {
        string fake = PathOf("fake.zip");
        File.WriteAllText(fake, "这不是压缩包");

        var document = Assert.Single(ReadAll(new ZipDocumentSource(fake, new SourceOptions())));

        Assert.Equal(fake, document.Path);
        Assert.StartsWith("corrupt archive", document.Error);
    }

    [Fact]
    public void Include_and_exclude_globs_select_entries()
    {
        string zip = PathOf("globs.zip");
        Zip(zip, ("news/2024/a.html", Utf8("甲")), ("news/2023/b.html", Utf8("乙")), ("about/c.txt", Utf8("丙")), ("news/2024/d.txt", Utf8("丁")));

        var options = new SourceOptions { Filter = new EntryFilter(["news/**"], ["*.txt"]) };
        var documents = ReadAll(new ZipDocumentSource(zip, options));

        Assert.Equal([$"{zip}!/news/2024/a.html", $"{zip}!/news/2023/b.html"], documents.Select(d => d.Path));
    }

    [Theory]
    [InlineData("*.html", "a/b/c.html", true)]
    [InlineData("*.html", "a/b/c.htm", false)]
    [InlineData("news/*.html", "news/a.html", true)]
    [InlineData("news/*.html", "news/x/a.html", false)]
    [InlineData("news/**/*.html", "news/a.html", true)]
    [InlineData("news/**/*.html", "news/x/y/a.html", true)]
    [InlineData("news/**", "news/x/y/a.html", true)]
    [InlineData("p?.txt", "p1.txt", true)]
    [InlineData("p[0-4].txt", "p5.txt", false)]
    [InlineData("www.gov.cn/**", "www.gov.cn/zhengce/a", true)]
    public void Globs_match_like_gitignore_patterns(string glob, string path, bool expected) =>
        Assert.Equal(expected, new EntryFilter([glob], []).MatchesGlobs(path));

    [Fact]
    public void Files_larger_than_the_entry_limit_are_an_error_not_read()
    {
        string file = PathOf("big.txt");
        File.WriteAllText(file, new string('字', 1000));

        var document = Assert.Single(ReadAll(new FileDocumentSource(file, file, new SourceOptions { MaxEntryBytes = 1000 })));

        Assert.Equal("larger than the 1000 B limit for one document (--max-entry-bytes); skipped", document.Error);
    }

    [Fact]
    public void Input_kinds_are_decided_by_name()
    {
        Assert.Equal(InputKind.Zip, DocumentSources.KindOf("a/B.ZIP"));
        Assert.Equal(InputKind.TarGz, DocumentSources.KindOf("site.tar.gz"));
        Assert.Equal(InputKind.TarGz, DocumentSources.KindOf("site.tgz"));
        Assert.Equal(InputKind.Tar, DocumentSources.KindOf("site.tar"));
        Assert.Equal(InputKind.WarcGz, DocumentSources.KindOf("crawl.warc.gz"));
        Assert.Equal(InputKind.Warc, DocumentSources.KindOf("crawl.warc"));
        Assert.Equal(InputKind.JsonLines, DocumentSources.KindOf("posts.ndjson"));
        Assert.Equal(InputKind.JsonLinesGz, DocumentSources.KindOf("posts.jsonl.gz"));
        Assert.Equal(InputKind.File, DocumentSources.KindOf("a.html"));
        Assert.Equal(InputKind.File, DocumentSources.KindOf("-"));
    }
}
