using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Decoding;

namespace TextLint.Web;

/// <summary>One <c>POST /v1/check</c> request, parsed.</summary>
internal sealed record CheckRequest(string Source, bool IsHtml, IReadOnlyList<string>? Rules, FailOn? FailOn)
{
    /// <summary>The media type of a Word document (.docx).</summary>
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Media types accepted, in the order error messages list them.</summary>
    public const string SupportedMediaTypes = "application/json, text/plain, text/html, " + DocxMediaType;

    /// <summary>True when the body was a Word document: <see cref="Source"/> is its text, one paragraph per line.</summary>
    public bool IsDocx { get; init; }

    /// <summary>What was submitted, as the response's <c>input</c> names it.</summary>
    public string InputName => IsDocx ? "docx" : IsHtml ? "html" : "text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CheckRequest() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What kind of body a Content-Type announces; throws 415 for anything else.</summary>
    public static BodyKind KindOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            throw new ApiError(415, "unsupported_media_type", $"缺少 Content-Type；应为 {SupportedMediaTypes} (missing Content-Type header)");
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is null)
            throw new ApiError(415, "unsupported_media_type", $"无法解析 Content-Type '{contentType}'；应为 {SupportedMediaTypes}");
        string media = parsed.MediaType.ToLowerInvariant();
        if (media == "application/json" || (media.StartsWith("application/", StringComparison.Ordinal) && media.EndsWith("+json", StringComparison.Ordinal)))
            return BodyKind.Json;
        if (media == "text/plain") return BodyKind.Text;
        if (media == "text/html") return BodyKind.Html;
        if (media == DocxMediaType) return BodyKind.Docx;
        throw new ApiError(415, "unsupported_media_type", $"不支持的 Content-Type '{parsed.MediaType}'；应为 {SupportedMediaTypes} (unsupported media type)");
    }

    /// <summary>Parses a body of <paramref name="kind"/>; throws <see cref="ApiError"/> 400 naming the problem.</summary>
    public static CheckRequest Parse(BodyKind kind, ReadOnlyMemory<byte> body, string? contentType) => kind switch
    {
        BodyKind.Json => ParseJson(body),
        BodyKind.Docx => new CheckRequest(ReadDocx(body), false, null, null) { IsDocx = true },
        _ => new CheckRequest(DecodeRaw(body.Span, contentType, kind == BodyKind.Html), kind == BodyKind.Html, null, null),
    };

    private static string ReadDocx(ReadOnlyMemory<byte> body)
    {
        try { return DocxText.Read(body.ToArray(), "request body"); }
        catch (TextLintException e) { throw new ApiError(400, "invalid_docx", $"无法读取 Word 文档：{e.Message}"); }
    }

    private static string DecodeRaw(ReadOnlySpan<byte> body, string? contentType, bool isHtml)
    {
        string? charset = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"', '\'') : null;
        if (string.IsNullOrEmpty(charset))
        {
            // No declared charset: byte-order mark, <meta charset> for HTML, UTF-8, then detection — as for files.
            try { return TextDecoder.Decode(body, isHtml, "request body").Text; }
            catch (TextLintException e) { throw new ApiError(400, "undecodable_body", $"无法解码请求体：{e.Message}"); }
        }
        Encoding encoding;
        try
        {
            encoding = charset.ToLowerInvariant() is "utf-8" or "utf8" ? StrictUtf8 : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            throw new ApiError(415, "unsupported_charset", $"不支持的字符集 charset={charset} (unsupported charset)");
        }
        if (encoding.CodePage == 65001)
        {
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
            try { return StrictUtf8.GetString(body); }
            catch (DecoderFallbackException) { throw new ApiError(400, "invalid_utf8", "请求体不是有效的 UTF-8 (body is not valid UTF-8)"); }
        }
        return encoding.GetString(body);
    }

    private static CheckRequest ParseJson(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new ApiError(400, "invalid_json", $"JSON 格式错误：{FirstSentence(e.Message)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ApiError(400, "invalid_request", $"请求体应为 JSON 对象，实际为 {root.ValueKind.ToString().ToLowerInvariant()} (expected a JSON object)");
            string? text = null, html = null;
            List<string>? rules = null;
            FailOn? failOn = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "text": text = StringValue(property); break;
                    case "html": html = StringValue(property); break;
                    case "rules": rules = RuleList(property.Value); break;
                    case "failOn":
                        string value = StringValue(property);
                        if (!FailOnNames.TryParse(value, out var parsed))
                            throw new ApiError(400, "invalid_request", $"failOn '{value}' 无效，应为 {string.Join(" | ", FailOnNames.Names)}");
                        failOn = parsed;
                        break;
                    default:
                        throw new ApiError(400, "invalid_request", $"未知字段 '{property.Name}'；可用字段：text, html, rules, failOn (unknown property)");
                }
            }
            if (text is null == html is null)
                throw new ApiError(400, "invalid_request", text is null
                    ? "缺少 text 或 html 字段 (give exactly one of \"text\" and \"html\")"
                    : "text 与 html 只能给一个 (give exactly one of \"text\" and \"html\")");
            return new CheckRequest(text ?? html!, html is not null, rules, failOn);
        }
    }

    private static string StringValue(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String
            ? GetString(property.Value)
            : throw new ApiError(400, "invalid_request", $"字段 '{property.Name}' 应为字符串 (\"{property.Name}\" must be a string)");

    private static string GetString(JsonElement element)
    {
        try { return element.GetString()!; }
        catch (InvalidOperationException) { throw new ApiError(400, "invalid_utf8", "JSON 字符串不是有效的 UTF-8 (a JSON string is not valid UTF-8)"); }
    }

    private static List<string> RuleList(JsonElement value)
    {
        // ["typo", "sensitive"] or "typo,sensitive", like --only.
        var items = value.ValueKind switch
        {
            JsonValueKind.String => [GetString(value)],
            JsonValueKind.Array => value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? GetString(e)
                : throw new ApiError(400, "invalid_request", "rules 应为字符串数组，如 [\"typo\",\"sensitive\"] (\"rules\" must be an array of strings)")).ToList(),
            JsonValueKind.Null => [],
            _ => throw new ApiError(400, "invalid_request", "rules 应为字符串数组，如 [\"typo\",\"sensitive\"] (\"rules\" must be an array of strings)"),
        };
        return items.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json messages name the position: "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 1."
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>The kinds of <c>/v1/check</c> body.</summary>
internal enum BodyKind
{
    /// <summary><c>application/json</c>: <c>{"text"|"html", "rules"?, "failOn"?}</c>.</summary>
    Json,
    /// <summary><c>text/plain</c>: the text itself.</summary>
    Text,
    /// <summary><c>text/html</c>: the page itself.</summary>
    Html,
    /// <summary>A Word document (.docx): its paragraphs are linted as text, one per line.</summary>
    Docx,
}
