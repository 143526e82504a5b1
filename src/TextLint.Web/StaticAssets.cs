using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace TextLint.Web;

/// <summary>The page and the OpenAPI document, embedded in this assembly and held in memory.</summary>
internal sealed class StaticAssets
{
    /// <summary>Content-Security-Policy of the page: everything from this host, nothing from anywhere else (no CDN, works offline).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        const string Prefix = "TextLint.Web.wwwroot.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            string file = name[Prefix.Length..];
            string etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8).ToLowerInvariant() + "\"";
            _assets[file] = new Asset(bytes, ContentTypeOf(file), etag);
        }
    }

    /// <summary>Names of the embedded files.</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>A request delegate that serves <paramref name="file"/>.</summary>
    public RequestDelegate Serve(string file)
    {
        if (!_assets.TryGetValue(file, out var asset)) throw new InvalidOperationException($"embedded file {file} is missing");
        return async context =>
        {
            var headers = context.Response.Headers;
            headers.ETag = asset.ETag;
            headers.CacheControl = "no-cache";
            headers["X-Content-Type-Options"] = "nosniff";
            if (asset.ContentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
            }
            if (context.Request.Headers.IfNoneMatch == asset.ETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = asset.ContentType;
            context.Response.ContentLength = asset.Bytes.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
                await context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
        };
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
