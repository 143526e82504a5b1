using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TextLint.Core.Reporting;

namespace TextLint.Web;

/// <summary>
/// The HTTP host behind <c>textlint serve</c>: an ASP.NET Core minimal API over one shared
/// <see cref="TextLint.Core.Linter"/>, plus the duty-staff page at <c>/</c>.
/// <list type="bullet">
/// <item><c>POST /v1/check</c> — JSON <c>{"text"|"html","rules"?,"failOn"?}</c> or a raw text/plain or text/html body.</item>
/// <item><c>GET /v1/rules</c> — the rules, as <c>textlint rules --format json</c>.</item>
/// <item><c>GET /healthz</c> — liveness; <c>GET /openapi/v1.json</c> — the OpenAPI 3.1 document.</item>
/// </list>
/// Errors are JSON (<see cref="ApiError"/>). With a token, <c>/v1/</c> needs <c>Authorization: Bearer …</c>.
/// </summary>
public static class TextLintServer
{
    /// <summary>
    /// Builds the host (the linter is built and warmed up here, before the first request). Start it
    /// with <c>RunAsync</c>/<c>StartAsync</c>; <paramref name="configure"/> may adjust the builder
    /// (tests use it for an in-process server or to capture logs).
    /// </summary>
    public static WebApplication Create(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        if (options.MaxRequestBodyBytes <= 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxRequestBodyBytes must be positive");
        if (options.RequestTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "RequestTimeout must be positive");

        // Content root = where the program is installed: no appsettings.json from the current folder changes the host.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(TextLintServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var urls = options.Urls.Count > 0 ? options.Urls : [ServeOptions.DefaultUrl];
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes + RequestBody.DrainBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        // The framework says only what matters: warnings, errors, and the "listening on" lines.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.AddSingleton(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TextLint.Web");
        var warmUp = new LoopbackWarmUp();
        var checks = new CheckService(options, logger, warmUp);
        var assets = new StaticAssets();
        string rulesJson = RulesJson(checks);

        app.Use(Guard(options, logger));

        app.MapGet("/", assets.Serve("index.html"));
        app.MapGet("/index.html", assets.Serve("index.html"));
        app.MapGet("/app.js", assets.Serve("app.js"));
        app.MapGet("/app.css", assets.Serve("app.css"));
        app.MapGet("/openapi/v1.json", assets.Serve("openapi.json"));
        app.MapGet("/healthz", context => WriteJson(context, json =>
        {
            json.WriteString("status", "ok");
            json.WriteString("version", ToolInfo.Version);
            json.WriteNumber("rules", checks.Linter.Rules.Count);
            json.WriteBoolean("warm", warmUp.IsFinished);
        }));
        app.MapGet("/v1/rules", async context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(rulesJson, context.RequestAborted);
        });
        app.MapPost("/v1/check", checks.HandleCheck);
        app.MapMethods("/v1/check", ["GET", "HEAD", "PUT", "PATCH", "DELETE"], context =>
        {
            context.Response.Headers.Allow = "POST";
            return ApiError.Write(context, 405, "method_not_allowed", "请用 POST 提交待检查的文本 (use POST)");
        });
        app.MapFallback(context => ApiError.Write(context, 404, "not_found", $"没有 {context.Request.Path} 这个地址；见 /openapi/v1.json (no such endpoint)"));

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            LogStarted(app, options, logger);
            if (WarmUpAddress(app) is { } baseUri)
                _ = Task.Run(() => warmUp.RunAsync(baseUri, options, logger, app.Lifetime.ApplicationStopping));
            else
                warmUp.Skip();
        });
        return app;
    }

    /// <summary>
    /// Where the server can reach itself for the warm-up (see <see cref="LoopbackWarmUp"/>): its first
    /// plain-HTTP address, with a wildcard host replaced by loopback; null for an in-process test server.
    /// </summary>
    private static Uri? WarmUpAddress(WebApplication app)
    {
        // An in-process test server reports the configured URLs without listening on them (something
        // else may listen there): only Kestrel's addresses are its own sockets.
        if (app.Services.GetRequiredService<IServer>().GetType().Assembly.GetName().Name != "Microsoft.AspNetCore.Server.Kestrel.Core")
            return null;
        string? url = Addresses(app).FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (url is null || !Uri.TryCreate(url.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1")
                .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"), UriKind.Absolute, out var baseUri))
            return null;
        return baseUri;
    }

    /// <summary>Every request: JSON errors for <see cref="ApiError"/> and failures, the bearer token for <c>/v1/</c>.</summary>
    private static Func<HttpContext, RequestDelegate, Task> Guard(ServeOptions options, ILogger logger)
    {
        byte[]? expected = string.IsNullOrEmpty(options.Token) ? null : Encoding.UTF8.GetBytes("Bearer " + options.Token);
        return async (context, next) =>
        {
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            try
            {
                if (expected is not null && context.Request.Path.StartsWithSegments("/v1") && !Authorized(context, expected))
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await ApiError.Write(context, 401, "unauthorized", "缺少或错误的访问令牌：请加 Authorization: Bearer <token> (missing or wrong bearer token)");
                    return;
                }
                await next(context);
            }
            catch (ApiError e)
            {
                await e.WriteAsync(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nobody is left to answer.
            }
            catch (Exception e)
            {
                // Type and message only: a stack trace or the request could carry the submitted text.
                logger.LogError("internal error on {Method} {Path}: {Type}: {Message}", context.Request.Method, context.Request.Path, e.GetType().Name, e.Message);
                await ApiError.Write(context, 500, "internal_error", $"内部错误 (internal error: {e.GetType().Name})");
            }
        };
    }

    private static bool Authorized(HttpContext context, byte[] expected)
    {
        string? header = context.Request.Headers.Authorization;
        if (header is null) return false;
        // Fixed-time comparison: the answer time says nothing about how much of the token was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header.Trim()), expected);
    }

    private static async Task WriteJson(HttpContext context, Action<System.Text.Json.Utf8JsonWriter> body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var json = new System.Text.Json.Utf8JsonWriter(context.Response.BodyWriter, ApiError.WriterOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static string RulesJson(CheckService checks)
    {
        using var writer = new StringWriter();
        RuleListWriter.WriteJson(writer, checks.Linter.Rules);
        return writer.ToString();
    }

    private static void LogStarted(WebApplication app, ServeOptions options, ILogger logger)
    {
        logger.LogInformation("textlint {Version} serving on {Urls}; token {Token}; body limit {Limit}; check timeout {Timeout} s; request text {Logged}",
            ToolInfo.Version, string.Join(", ", Addresses(app)), options.Token is { Length: > 0 } ? "required" : "not required",
            RequestBody.Describe(options.MaxRequestBodyBytes), options.RequestTimeout.TotalSeconds,
            options.LogRequests ? "LOGGED (--log-requests)" : "not logged");
        foreach (var url in Addresses(app))
        {
            if (!IsLoopback(url))
            {
                logger.LogWarning("{Url} is reachable from other machines{Token}; serve speaks plain HTTP — put TLS in front of it",
                    url, options.Token is { Length: > 0 } ? "" : " and NO TOKEN is set (--token or TEXTLINT_TOKEN)");
            }
        }
    }

    /// <summary>The addresses the server listens on (with the real port when 0 was asked for); none for an in-process test server.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Whether <paramref name="url"/> listens on loopback only (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        if (uri.IsLoopback) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
