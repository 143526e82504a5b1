using System.Text;
using SharpCompress.Common;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Writers.SevenZip;
using TextLint.Core.Batch;
using TextLint.Core.Sources;
using static TextLint.Core.Tests.Sources.ArchiveBuilder;
using ZstdCompressionStream = SharpCompress.Compressors.ZStandard.CompressionStream;

namespace TextLint.Core.Tests.Sources;

/// <summary>
/// The other archives auditors are handed: tar compressed with bzip2, xz or Zstandard, 7z and RAR (what Chinese
/// Windows users most often pack a site's backup in), and single gzipped pages. Same order, same per-entry
/// errors and the same limits as zip and tar.gz.
/// </summary>
public sealed class PackedArchiveSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-packed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>news/a.txt (UTF-8, 再接再励), news/gb.txt (GB18030, 秸杆) made with tar and xz -9e.</summary>
    private const string TarXzBase64 = "/Td6WFoAAATm1rRGAgAhARwAAAAQz1jM4Cf/AL9dADcZS1X//nz+VeMZ7yc3hr4MhSOymMPa/hvyAIM3ldismpuyajdHSDR2H7AtFgok5b9ovrqLslpEd2v0XIEGVYqS5GvSmW/lCleNQPvlrUI5mAeiYZnJWA+TdB6sus8NwCIo+Y6ldb94nJxSvOJslst1KAou05cb14i1SRnHYOMBFqwyOUGTiWrIgWn6EaGnJfBmMbMGy6QuAaDlm45NLQZ176L7PGhOlgy1WWb3YY9zQYCzeRcIKt59/sLEevgAAAAwuE9zTUq5DgAB2wGAUAAACokpB7HEZ/sCAAAAAARZWg==";

    private static readonly (string Name, byte[] Data)[] Site =
    [
        ("news/a.txt", Utf8("我们要再接再励，争取更大成绩。\n")),
        ("news/broken.html", Binary()),
        ("news/gb.txt", Gb18030.GetBytes("推进秸杆综合利用。")),
    ];

    /// <summary>Lints every document as the batch does and checks the three the site holds.</summary>
    private static void AssertSite(string archive, List<SourceDocument> documents, bool withBinary = true)
    {
        string[] expected = withBinary ? ["news/a.txt", "news/broken.html", "news/gb.txt"] : ["news/a.txt", "news/gb.txt"];
        Assert.Equal(expected.Select(name => $"{archive}!/{name}"), documents.Select(d => d.Path));
        var results = documents.Select(d => DocumentProcessor.Process(ArchiveSourcesTests.Linter.Value, d)).ToList();
        Assert.Contains(results[0].Findings, f => f.Text == "再接再励" && f.Offset == 3);
        if (withBinary) Assert.Equal("binary file, not text", results[1].Error);
        Assert.Equal("gb18030", results[^1].Encoding);
        Assert.Contains(results[^1].Findings, f => f.Text == "秸杆" && f.Offset == 2);
    }

    private static List<SourceDocument> Read(string path) =>
        DocumentSources.Open([path], new SourceOptions()).Single().Read().ToList();

    [Fact]
    public void Tar_bz2_and_tar_zst_are_streamed_in_order()
    {
        byte[] tar = Tar(Site);
        string bz2 = PathOf("site.tar.bz2"), zst = PathOf("site.tzst");
        using (var file = File.Create(bz2))
        using (var compress = BZip2Stream.Create(file, SharpCompress.Compressors.CompressionMode.Compress, decompressConcatenated: false))
            compress.Write(tar);
        using (var file = File.Create(zst))
        using (var compress = new ZstdCompressionStream(file, 3, 0, leaveOpen: false))
            compress.Write(tar);

        AssertSite(bz2, Read(bz2));
        AssertSite(zst, Read(zst));
    }

    [Fact]
    public void Tar_xz_is_streamed_in_order()
    {
        string xz = PathOf("site.tar.xz");
        File.WriteAllBytes(xz, Convert.FromBase64String(TarXzBase64));

        AssertSite(xz, Read(xz), withBinary: false);
    }

    [Fact]
    public void Seven_zip_entries_come_in_order()
    {
        string archive = PathOf("site.7z");
        using (var file = File.Create(archive))
        using (var writer = new SevenZipWriter(file, new SevenZipWriterOptions(CompressionType.LZMA)))
            foreach (var (name, data) in Site) writer.Write(name, new MemoryStream(data), null);

        AssertSite(archive, Read(archive));
    }

    [Fact]
    public void Rar_entries_come_in_order()
    {
        string archive = PathOf("site.rar");
        File.WriteAllBytes(archive, Rar4Stored(Site));

        AssertSite(archive, Read(archive));
    }

    [Fact]
    public void Limits_apply_as_to_zip_an_oversized_entry_is_its_own_error_and_the_total_ends_the_archive()
    {
        string archive = PathOf("big.7z");
        byte[] large = Encoding.ASCII.GetBytes(new string('a', 3 * 1024 * 1024));
        using (var file = File.Create(archive))
        using (var writer = new SevenZipWriter(file, new SevenZipWriterOptions(CompressionType.LZMA)))
        {
            writer.Write("big.txt", new MemoryStream(large), null);
            writer.Write("after.txt", new MemoryStream(Utf8("再接再励")), null);
            writer.Write("more.txt", new MemoryStream(large), null);
        }

        var documents = DocumentSources.Open([archive], new SourceOptions { MaxEntryBytes = 1024 * 1024, MaxTotalBytes = 3 * 512 * 1024 })
            .Single().Read().ToList();

        Assert.Equal([$"{archive}!/big.txt", $"{archive}!/after.txt", archive], documents.Select(d => d.Path));
        Assert.Equal("larger than the 1 MB limit for one document (--max-entry-bytes); skipped", documents[0].Error);
        Assert.Equal(Utf8("再接再励"), documents[1].Bytes);
        Assert.StartsWith("more than 1.5 MB decompressed (--max-total-bytes)", documents[2].Error);
    }

    [Fact]
    public void A_truncated_or_corrupt_archive_is_one_error_naming_it()
    {
        string bz2 = PathOf("cut.tar.bz2"), rar = PathOf("cut.rar"), sevenZip = PathOf("junk.7z");
        var full = new MemoryStream();
        using (var compress = BZip2Stream.Create(full, SharpCompress.Compressors.CompressionMode.Compress, decompressConcatenated: false, leaveOpen: true))
            compress.Write(Tar(Site));
        File.WriteAllBytes(bz2, full.ToArray()[..(int)(full.Length / 2)]);
        File.WriteAllBytes(rar, Rar4Stored(Site)[..200]);
        File.WriteAllBytes(sevenZip, Utf8("这不是压缩包"));

        foreach (string path in new[] { bz2, rar, sevenZip })
        {
            var read = Read(path);
            Assert.True(read.Count > 0, $"{path}: no document at all");
            var last = read[^1];
            Assert.Equal(path, last.Path);
            Assert.NotNull(last.Error);
            Assert.Matches("^(truncated archive|corrupt)", last.Error);
        }
    }

    [Fact]
    public void A_cut_tar_bz2_never_loses_entries_silently()
    {
        // Cut anywhere, a compressed tar either gives every entry or ends with an error naming it: bzip2
        // cut near its end decompressed to nothing without a word, and an empty tar looked like an empty site.
        var full = new MemoryStream();
        using (var compress = BZip2Stream.Create(full, SharpCompress.Compressors.CompressionMode.Compress, decompressConcatenated: false, leaveOpen: true))
            compress.Write(Tar(Site));
        byte[] bytes = full.ToArray();
        string path = PathOf("cut.tar.bz2");
        string[] all = Site.Select(e => $"{path}!/{e.Name}").ToArray();
        for (int cut = 1; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 97))
        {
            File.WriteAllBytes(path, bytes[..cut]);
            var documents = Read(path);
            bool complete = documents.Select(d => d.Path).SequenceEqual(all);
            bool reported = documents.Count > 0 && documents[^1].Path == path && documents[^1].Error is not null;
            Assert.True(complete || reported, $"cut at {cut} of {bytes.Length}: {string.Join(", ", documents.Select(d => d.Path))}");
        }
    }

    [Fact]
    public void A_password_protected_zip_entry_is_its_own_error()
    {
        // A zip entry with the "encrypted" flag (general purpose bit 0) set, as any archiver writes for a password.
        string zip = PathOf("secret.zip");
        Zip(zip, ("a.txt", Utf8("再接再励")), ("b.txt", Utf8("市攻府")));
        byte[] bytes = File.ReadAllBytes(zip);
        SetEncryptedFlag(bytes, "a.txt");
        File.WriteAllBytes(zip, bytes);

        var documents = Read(zip);

        Assert.Equal("encrypted entry (password-protected); cannot be read", documents[0].Error);
        Assert.Equal(Utf8("市攻府"), documents[1].Bytes);
    }

    [Fact]
    public void A_gzipped_page_is_read_as_the_page_it_names()
    {
        string page = PathOf("notice.html.gz"), broken = PathOf("broken.txt.gz");
        File.WriteAllBytes(page, Gzip(Utf8("<html><head><title>市攻府通知</title></head><body><p>再接再励</p></body></html>")));
        File.WriteAllBytes(broken, Utf8("not gzip at all"));

        var document = Assert.Single(Read(page));
        var result = DocumentProcessor.Process(ArchiveSourcesTests.Linter.Value, document);

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Null(document.FilePath); // never rewritten by --fix
        Assert.Equal(["攻府", "再接再励"], result.Findings.Select(f => f.Text));
        Assert.StartsWith("not a valid gzip file", Assert.Single(Read(broken)).Error);
    }

    [Fact]
    public void Input_kinds_are_decided_by_name()
    {
        Assert.Equal(InputKind.TarBz2, DocumentSources.KindOf("site.tar.bz2"));
        Assert.Equal(InputKind.TarBz2, DocumentSources.KindOf("site.TBZ2"));
        Assert.Equal(InputKind.TarXz, DocumentSources.KindOf("site.txz"));
        Assert.Equal(InputKind.TarZst, DocumentSources.KindOf("site.tar.zst"));
        Assert.Equal(InputKind.SevenZip, DocumentSources.KindOf("备份.7z"));
        Assert.Equal(InputKind.Rar, DocumentSources.KindOf("site.rar"));
        Assert.Equal(InputKind.GzipDocument, DocumentSources.KindOf("page.html.gz"));
        Assert.Equal(InputKind.TarGz, DocumentSources.KindOf("site.tar.gz"));
        Assert.Equal(InputKind.WarcGz, DocumentSources.KindOf("crawl.warc.gz"));
    }

    /// <summary>A RAR 4 archive of stored (uncompressed) entries with ASCII names, as the format's technical note describes it.</summary>
    private static byte[] Rar4Stored((string Name, byte[] Data)[] entries)
    {
        var output = new MemoryStream();
        output.Write("Rar!\u001a\u0007\0"u8);
        WriteBlock(output, 0x73, 0, new byte[6]);
        foreach (var (name, data) in entries)
        {
            var header = new MemoryStream();
            var w = new BinaryWriter(header);
            w.Write(data.Length);                        // packed size
            w.Write(data.Length);                        // unpacked size
            w.Write((byte)3);                            // host OS: Unix
            w.Write(Crc32(data));
            w.Write(0x5A210000);                         // DOS time
            w.Write((byte)20);                           // version needed
            w.Write((byte)0x30);                         // method: store
            w.Write((ushort)name.Length);
            w.Write(0x20);                               // attributes
            w.Write(Encoding.ASCII.GetBytes(name));
            WriteBlock(output, 0x74, 0x8000, header.ToArray());
            output.Write(data);
        }
        WriteBlock(output, 0x7B, 0x4000, []);
        return output.ToArray();
    }

    private static void WriteBlock(Stream output, byte type, ushort flags, byte[] body)
    {
        var rest = new MemoryStream();
        var w = new BinaryWriter(rest);
        w.Write(type);
        w.Write(flags);
        w.Write((ushort)(7 + body.Length));
        w.Write(body);
        byte[] bytes = rest.ToArray();
        output.Write(BitConverter.GetBytes((ushort)(Crc32(bytes) & 0xFFFF)));
        output.Write(bytes);
    }

    /// <summary>Sets bit 0 of the general purpose flags of <paramref name="name"/> in both its local and its central header.</summary>
    private static void SetEncryptedFlag(byte[] zip, string name)
    {
        byte[] target = Encoding.ASCII.GetBytes(name);
        for (int i = 0; i + 4 <= zip.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(zip, i);
            int nameAt = signature == 0x04034b50 ? i + 30 : signature == 0x02014b50 ? i + 46 : -1;
            int flagsAt = signature == 0x04034b50 ? i + 6 : i + 8;
            if (nameAt < 0 || nameAt + target.Length > zip.Length || !zip.AsSpan(nameAt, target.Length).SequenceEqual(target)) continue;
            zip[flagsAt] |= 1;
        }
    }

    /// <summary>CRC-32 (IEEE), as RAR's headers and entries carry it.</summary>
    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
