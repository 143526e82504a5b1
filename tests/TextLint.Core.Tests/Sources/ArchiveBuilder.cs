using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace TextLint.Core.Tests.Sources;

/// <summary>Builds archives and web archives in memory or in a temporary folder, for source tests.</summary>
internal static class ArchiveBuilder
{
    public static readonly Encoding Gb18030 = CodePages(54936);

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>PNG-like bytes: a signature, NULs and noise.</summary>
    public static byte[] Binary()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    public static void Zip(string path, params (string Name, byte[] Data)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, data) in entries)
        {
            var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(data);
        }
    }

    public static byte[] Tar(params (string Name, byte[] Data)[] entries)
    {
        var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = new PaxTarEntry(name.EndsWith('/') ? TarEntryType.Directory : TarEntryType.RegularFile, name);
                if (!name.EndsWith('/')) entry.DataStream = new MemoryStream(data);
                writer.WriteEntry(entry);
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return buffer.ToArray();
    }

    /// <summary>One WARC record (headers CRLF, block, CRLF CRLF).</summary>
    public static byte[] WarcRecord(string type, string? uri, string contentType, byte[] block)
    {
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\n");
        head.Append("WARC-Type: ").Append(type).Append("\r\n");
        head.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        head.Append("WARC-Date: 2024-05-01T08:00:00Z\r\n");
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>An HTTP response message: status, headers, blank line, body.</summary>
    public static byte[] Http(int status, string headers, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\n{headers.Replace("\n", "\r\n")}\r\n"), .. body];

    /// <summary>A body in HTTP chunked transfer coding (chunks of <paramref name="size"/> bytes).</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        var output = new MemoryStream();
        for (int i = 0; i < body.Length; i += size)
        {
            int n = Math.Min(size, body.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, i, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
