using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TextLint.Web;

/// <summary>Reads a request body whole, refusing (413) one larger than the limit before or while it arrives.</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit) throw TooLarge(limit);
        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(context.RequestAborted);
                if (result.Buffer.Length > limit)
                {
                    reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                    throw TooLarge(limit);
                }
                if (result.IsCompleted || result.IsCanceled)
                {
                    var bytes = result.Buffer.ToArray();
                    reader.AdvanceTo(result.Buffer.End);
                    return bytes;
                }
                // Keep everything and ask for more.
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (set to the same value) tripped first.
            throw TooLarge(limit);
        }
    }

    private static ApiError TooLarge(long limit) =>
        new(413, "payload_too_large", $"请求体超过 {Describe(limit)} 上限 (request body larger than {limit} bytes)");

    /// <summary>A byte count as people write it: 2 MB, 512 KB, 100 bytes.</summary>
    public static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 && bytes > 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 && bytes > 0 ? $"{bytes / 1024} KB"
        : $"{bytes} 字节";
}
