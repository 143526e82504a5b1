using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TextLint.Web;

/// <summary>
/// A request the host refuses, written as <c>{"error":{"status":413,"code":"payload_too_large","message":"…"}}</c>.
/// <c>code</c> is stable and meant for programs; <c>message</c> names the problem for people.
/// </summary>
public sealed class ApiError(int status, string code, string message) : Exception(message)
{
    /// <summary>HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>Stable machine-readable code, e.g. <c>invalid_json</c>.</summary>
    public string Code { get; } = code;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese as UTF-8 like the CLI's JSON; quotes, backslashes and controls are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes this error as the response.</summary>
    public Task WriteAsync(HttpContext context) => Write(context, Status, Code, Message);

    /// <summary>Writes an error response with <paramref name="status"/>, <paramref name="code"/> and <paramref name="message"/>.</summary>
    public static async Task Write(HttpContext context, int status, string code, string message)
    {
        var response = context.Response;
        if (response.HasStarted) return;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        using (var json = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteNumber("status", status);
            json.WriteString("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
