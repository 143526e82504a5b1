using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TextLint.Web;

/// <summary>Reads a request body whole, refusing (413) one larger than the limit.</summary>
internal static class RequestBody
{
    /// <summary>
    /// How far past the limit a body is still read (and thrown away) before the 413 is sent. A client
    /// that is still uploading when the server answers and closes sees a broken connection instead of
    /// the answer; reading a little more lets a body slightly too large get a clean 413 on a connection
    /// that stays open. A body announced or found larger than limit + this is refused at once.
    /// </summary>
    public const long DrainBytes = 1024 * 1024;

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit + DrainBytes) throw TooLarge(limit);
        var reader = request.BodyReader;
        long discarded = 0;
        bool tooLarge = request.ContentLength > limit;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(context.RequestAborted);
                var buffer = result.Buffer;
                if (!tooLarge && buffer.Length > limit) tooLarge = true;
                if (tooLarge)
                {
                    // Past the limit: keep reading only to answer cleanly, within the drain allowance.
                    discarded += buffer.Length;
                    reader.AdvanceTo(buffer.End);
                    if (result.IsCompleted || result.IsCanceled || discarded > limit + DrainBytes) throw TooLarge(limit);
                    continue;
                }
                if (result.IsCompleted || result.IsCanceled)
                {
                    var bytes = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return bytes;
                }
                // Keep everything and ask for more.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (limit + DrainBytes) tripped.
            throw TooLarge(limit);
        }
    }

    private static ApiError TooLarge(long limit) =>
        new(413, "payload_too_large", $"请求体超过 {Describe(limit)} 上限 (request body larger than {limit} bytes)");

    /// <summary>A byte count as people write it: 2 MB, 512 KB, 100 字节.</summary>
    public static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 && bytes > 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 && bytes > 0 ? $"{bytes / 1024} KB"
        : $"{bytes} 字节";
}
