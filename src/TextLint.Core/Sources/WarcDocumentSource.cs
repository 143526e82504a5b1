// Invariant: the WARC file is read once, front to back, with at most one record body in memory; a
// record that is not a successful HTML or text response is skipped without buffering its block.
using System.Globalization;
using System.IO.Compression;

namespace TextLint.Core.Sources;

/// <summary>
/// Documents in a WARC 1.0/1.1 file (<c>.warc</c>, or <c>.warc.gz</c> with one gzip member per record
/// or one for the whole file). Only <c>response</c> records are read: their HTTP status must be 2xx and
/// their <c>Content-Type</c> HTML (<c>text/html</c>, <c>application/xhtml+xml</c>), <c>text/plain</c>,
/// <c>text/markdown</c> or a Word document (<c>application/vnd.openxmlformats-officedocument.wordprocessingml.document</c>);
/// the document's path is <c>WARC-Target-URI</c>, the HTTP charset is honoured, chunked transfer coding
/// and gzip/deflate/br content coding are undone (both still bounded by <c>--max-entry-bytes</c>).
/// Request, metadata, revisit, warcinfo and other records, and other media types, are skipped.
/// </summary>
public sealed class WarcDocumentSource(string path, bool gzipped, SourceOptions options) : IDocumentSource
{
    /// <summary>Longest WARC or HTTP header line accepted.</summary>
    public const int MaxHeaderLine = 64 * 1024;

    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) =>
        EntryReader.Run(path, () => new Reader(File.OpenRead(path), path, gzipped, options), cancellation);

    /// <summary>Reads records from an open stream (for tests and embedders); <paramref name="name"/> is used in messages.</summary>
    public static IEnumerable<SourceDocument> Read(Stream stream, string name, bool gzipped, SourceOptions options, CancellationToken cancellation = default) =>
        EntryReader.Run(name, () => new Reader(stream, name, gzipped, options), cancellation);

    private sealed class Reader(Stream file, string name, bool gzipped, SourceOptions options)
        : LineRecordReader(file, name, gzipped, options)
    {

        public override SourceDocument? ReadNext(CancellationToken cancellation)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                string? version;
                do version = Lines.ReadLine(MaxHeaderLine); while (version is { Length: 0 });
                if (version is null) return null;
                if (!version.StartsWith("WARC/", StringComparison.Ordinal))
                    throw new InvalidDataException($"expected a WARC record header ('WARC/1.1'), found '{Shorten(version)}'");
                var headers = ReadHeaders(Lines, endIsTruncation: true);
                CountEntry(Options);
                if (!headers.TryGetValue("Content-Length", out string? lengthText)
                    || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
                    throw new InvalidDataException("WARC record without a valid Content-Length");
                var block = new BoundedBlockStream(Lines, length);
                SourceDocument? document = null;
                if (string.Equals(headers.GetValueOrDefault("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase))
                    document = ReadResponse(headers, block);
                block.Skip();
                if (document is not null) return document;
            }
        }

        private SourceDocument? ReadResponse(Dictionary<string, string> warcHeaders, BoundedBlockStream block)
        {
            string uri = warcHeaders.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ') ?? "";
            if (uri.Length == 0) uri = Name + "!/" + warcHeaders.GetValueOrDefault("WARC-Record-ID", "?");
            string warcType = warcHeaders.GetValueOrDefault("Content-Type", "");
            var http = new ByteLineReader(block, 8192);
            string contentType;
            Dictionary<string, string> httpHeaders;
            if (warcType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                string status = http.ReadLine(MaxHeaderLine) ?? "";
                httpHeaders = ReadHeaders(http, endIsTruncation: false);
                var parts = status.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal)) return null;
                if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code is < 200 or > 299) return null;
                contentType = httpHeaders.GetValueOrDefault("Content-Type", "");
            }
            else
            {
                httpHeaders = new(StringComparer.OrdinalIgnoreCase);
                contentType = warcType;
            }

            var (mediaType, charset) = ParseContentType(contentType);
            DocumentFormat? format = mediaType switch
            {
                "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
                "text/plain" => DocumentFormat.Text,
                "text/markdown" => DocumentFormat.Markdown,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => DocumentFormat.Docx,
                _ => null,
            };
            if (format is null || !Options.Filter.MatchesGlobs(UriPath(uri))) return null;

            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            if (warcHeaders.TryGetValue("WARC-Date", out string? date)) metadata["date"] = date;
            try
            {
                Stream body = new ByteLineReaderStream(http);
                if (httpHeaders.GetValueOrDefault("Transfer-Encoding", "").Contains("chunked", StringComparison.OrdinalIgnoreCase))
                    body = new ChunkedStream(new ByteLineReader(body, 8192));
                string coding = httpHeaders.GetValueOrDefault("Content-Encoding", "").Trim().ToLowerInvariant();
                body = coding switch
                {
                    "" or "identity" => body,
                    "gzip" or "x-gzip" => new GZipStream(body, CompressionMode.Decompress),
                    "deflate" => new ZLibStream(body, CompressionMode.Decompress),
                    "br" => new BrotliStream(body, CompressionMode.Decompress),
                    _ => throw new InvalidDataException($"unsupported Content-Encoding '{coding}'"),
                };
                byte[] bytes = LimitedReading.ReadAll(body, Options.MaxEntryBytes);
                return new SourceDocument { Path = uri, Url = uri, Bytes = bytes, Format = format, Charset = charset, Metadata = metadata };
            }
            catch (LimitExceededException e) when (!e.EndsArchive)
            {
                return SourceDocument.Failed(uri, e.Message);
            }
            catch (InvalidDataException e)
            {
                // A bad payload spoils one record, not the file: the block is skipped by its Content-Length.
                return SourceDocument.Failed(uri, $"cannot read response body: {e.Message}");
            }
        }
    }

    /// <summary>Header lines up to a blank line; folded continuation lines are joined. The stream ending first is a truncated file when <paramref name="endIsTruncation"/>.</summary>
    private static Dictionary<string, string> ReadHeaders(ByteLineReader reader, bool endIsTruncation)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        int count = 0;
        while (true)
        {
            string? line = reader.ReadLine(MaxHeaderLine);
            if (line is null)
            {
                if (endIsTruncation) throw new EndOfStreamException("WARC record header cut short");
                break;
            }
            if (line.Length == 0) break;
            if (++count > 1000) throw new InvalidDataException("more than 1,000 header lines");
            if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    /// <summary>The media type (lower case) and charset parameter of a Content-Type value.</summary>
    internal static (string MediaType, string? Charset) ParseContentType(string value)
    {
        var parts = value.Split(';');
        string mediaType = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            int eq = parameter.IndexOf('=');
            if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                charset = parameter[(eq + 1)..].Trim().Trim('"', '\'');
        }
        return (mediaType, string.IsNullOrEmpty(charset) ? null : charset);
    }

    /// <summary>The part of a URI globs are matched against: host and path (<c>www.gov.cn/zhengce/a.html</c>).</summary>
    internal static string UriPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0 ? parsed.Host + parsed.AbsolutePath : uri;

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

/// <summary>The rest of a <see cref="ByteLineReader"/> as a stream.</summary>
internal sealed class ByteLineReaderStream(ByteLineReader reader) : ForwardReadStream
{
    public override int Read(Span<byte> buffer) => reader.Read(buffer);
}
