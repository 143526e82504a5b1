// Invariant: one line is one document (blank lines skipped), read with at most one line in memory;
// a bad line is that line's error and the next line is read as usual.
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using TextLint.Core.Decoding;

namespace TextLint.Core.Sources;

/// <summary>
/// New-media exports in JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>, optionally <c>.gz</c>): one object per line,
/// <c>{"id","title","content","url","published"}</c>. <c>content</c> is linted (as HTML when it contains
/// HTML tags, else as text) and the findings' offsets are into the <c>content</c> string; <c>title</c> is
/// linted on its own and its findings have part <c>title</c> and offsets into the title. The document's
/// path is <c>FILE#id</c> (<c>FILE:LINE</c> without an id). A line that is not UTF-8 is decoded like a file
/// (GB18030, Big5 detected). Globs match the <c>url</c> (host and path), or the id when there is no url.
/// </summary>
public sealed partial class JsonLinesDocumentSource(string path, bool gzipped, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) =>
        EntryReader.Run(path, () => new Reader(File.OpenRead(path), path, gzipped, options), cancellation);

    /// <summary>Reads posts from an open stream (tests, embedders).</summary>
    public static IEnumerable<SourceDocument> Read(Stream stream, string name, SourceOptions options, CancellationToken cancellation = default) =>
        EntryReader.Run(name, () => new Reader(stream, name, false, options), cancellation);

    /// <summary>Whether post content is HTML rather than plain text: it has a common HTML tag.</summary>
    public static bool LooksLikeHtml(string content) => HtmlTag().IsMatch(content.Length > 4096 ? content[..4096] : content);

    [GeneratedRegex(@"<(?:p|div|br|span|img|section|strong|em|b|i|a|h[1-6]|ul|ol|li|table|tr|td|blockquote|html|body|figure)(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'<>]+))?)*\s*/?>|</(?:p|div|span|section|strong|a|li|td|h[1-6])>|&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash);", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    private sealed class Reader(Stream file, string name, bool gzipped, SourceOptions options)
        : LineRecordReader(file, name, gzipped, options)
    {
        private int _lineNumber;

        public override SourceDocument? ReadNext(CancellationToken cancellation)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                byte[]? line = Lines.ReadLineBytes(Options.MaxEntryBytes, out bool tooLong);
                _lineNumber++;
                string lineName = string.Create(CultureInfo.InvariantCulture, $"{Name}:{_lineNumber}");
                if (tooLong)
                {
                    CountEntry(Options);
                    return SourceDocument.Failed(lineName, LimitedReading.EntryTooLarge(Options.MaxEntryBytes));
                }
                if (line is null) return null;
                var trimmed = line.AsSpan().Trim(" \t\r\n"u8);
                if (_lineNumber == 1 && trimmed.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) trimmed = trimmed[3..];
                if (trimmed.IsEmpty) continue;
                CountEntry(Options);
                var document = Parse(trimmed, lineName);
                if (document is not null) return document;
            }
        }

        private SourceDocument? Parse(ReadOnlySpan<byte> line, string lineName)
        {
            string json;
            try
            {
                json = Utf8.IsValid(line) ? System.Text.Encoding.UTF8.GetString(line) : TextDecoder.Decode(line, false, lineName).Text;
            }
            catch (TextLintException)
            {
                return SourceDocument.Failed(lineName, "cannot decode line: not UTF-8, GB18030 or Big5");
            }
            JsonDocument parsed;
            try { parsed = JsonDocument.Parse(json); }
            catch (JsonException e) { return SourceDocument.Failed(lineName, $"invalid JSON: {e.Message.Split(" Path:")[0]}"); }
            using (parsed)
            {
                var root = parsed.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return SourceDocument.Failed(lineName, "not a JSON object");
                string? id = Scalar(root, "id");
                string? url = Scalar(root, "url");
                string? title = Scalar(root, "title");
                string? published = Scalar(root, "published");
                string display = id is null ? lineName : $"{Name}#{id}";
                if (Options.Filter.HasGlobs && !Options.Filter.MatchesGlobs(url is null ? id ?? "" : WarcDocumentSource.UriPath(url))) return null;
                if (!root.TryGetProperty("content", out var contentElement) || contentElement.ValueKind != JsonValueKind.String)
                    return SourceDocument.Failed(display, "no \"content\" string");
                string content = contentElement.GetString() ?? "";
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["line"] = _lineNumber.ToString(CultureInfo.InvariantCulture),
                };
                if (id is not null) metadata["id"] = id;
                if (published is not null) metadata["published"] = published;
                return new SourceDocument
                {
                    Path = display, Url = url, Title = string.IsNullOrEmpty(title) ? null : title, Text = content,
                    Format = LooksLikeHtml(content) ? DocumentFormat.Html : DocumentFormat.Text, Metadata = metadata,
                };
            }
        }

        private static string? Scalar(JsonElement root, string name) =>
            !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            };

    }
}
