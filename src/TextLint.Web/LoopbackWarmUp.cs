using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TextLint.Web;

/// <summary>
/// Once Kestrel listens, the server sends itself checks over loopback until the JIT has settled.
/// <para>
/// Why: .NET compiles a method first without optimization and again, optimized, once it is hot
/// (tiered compilation; with dynamic PGO, a third time). For this request path that is thousands of
/// compilations, which on a 2-core machine take seconds of traffic to trigger and of CPU to run.
/// Measured on a fresh server, the first 5,000 requests cost 1.6–1.8 ms of server CPU each against
/// 0.4–0.5 ms once the JIT has settled, and the compilations compete with the requests for the two
/// cores. The warm-up pays that at start-up, before clients come. (The <c>textlint</c> executable
/// runs with dynamic PGO off, which settles in about 10 s; <c>DOTNET_TieredPGO=1</c> makes a warm
/// request ~10% cheaper and the settling several times longer.)
/// </para>
/// <para>
/// The warm-up first sends one request of every kind (JSON text and HTML, raw text and HTML, the
/// health probe), then keeps <see cref="ServeOptions.MaxConcurrentChecks"/> + 1 checks of a
/// realistic post in flight (so the path that waits for a free slot is compiled too) until no
/// method has been compiled for <see cref="QuietPeriod"/>, or <see cref="ServeOptions.WarmUpLimit"/>
/// has passed. Real requests are served meanwhile. Warm-up requests carry a per-process secret
/// header so that <c>--log-requests</c> leaves them out; the secret never leaves the process.
/// A Native AOT build (the default published one) compiles nothing at run time, so it sends only
/// the first request of each kind, which loads the linter's lazily built data.
/// </para>
/// </summary>
internal sealed class LoopbackWarmUp
{
    /// <summary>Header that marks the server's own warm-up requests.</summary>
    internal const string MarkerHeader = "X-TextLint-Warm-Up";

    /// <summary>How long the JIT must have compiled nothing, with warm-up traffic running, to count as settled.</summary>
    internal static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    /// <summary>Length of one round of warm-up traffic between two looks at the JIT.</summary>
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(250);

    /// <summary>Sentences of a government news post with the kinds of error the rules look for (typos, a missing character, a bad date, a phone number, a repeat).</summary>
    private static readonly string[] Sentences =
    [
        CheckService.WarmUpText,
        "会议强调，各地各部门要坚持人民至上，推进秸杆综合利用，巩固拓展脱贫攻坚成果。",
        "齐齐哈市有关部门于2023年2月30日开展拉网式检查，确保不留死角。",
        "群众可拨打13812345678反映情况，（一）加强组织领导；（二）压实压实各方责任。",
        "国家级自然保护区管理机构要严格落实巡护制度，依法查处破坏生态行为！！",
    ];

    private readonly byte[] _marker = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
    private volatile bool _finished;

    /// <summary>True once the warm-up has ended (settled, hit its limit, failed, or had nothing to do).</summary>
    public bool IsFinished => _finished;

    /// <summary>Whether <paramref name="context"/> is one of this process's own warm-up requests.</summary>
    public bool IsWarmUpRequest(HttpContext context) =>
        context.Request.Headers[MarkerHeader] is [{ } value] &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(value), _marker);

    /// <summary>Records that there is nothing to warm up (no plain-HTTP address to reach, e.g. an in-process test server).</summary>
    public void Skip() => _finished = true;

    /// <summary>Sends the warm-up traffic to <paramref name="baseUri"/>; never throws. Sets <see cref="IsFinished"/> when done.</summary>
    public async Task RunAsync(Uri baseUri, ServeOptions options, ILogger logger, CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        int sent = 0;
        bool settled = false;
        try
        {
            int inFlight = Math.Clamp(options.MaxConcurrentChecks + 1, 2, 4);
            using var handler = new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = inFlight };
            using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add(MarkerHeader, Encoding.ASCII.GetString(_marker));
            if (options.Token is { Length: > 0 } token)
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            string post = Post();
            byte[] jsonText = JsonBody("text", post);
            byte[] jsonHtml = JsonBody("html", $"<html><head><title>通知</title></head><body><p>{post}</p></body></html>");
            byte[] rawText = Encoding.UTF8.GetBytes(post);
            byte[] rawHtml = Encoding.UTF8.GetBytes($"<p>{post}</p>");
            HttpRequestMessage Check(byte[] body, string mediaType) => new(HttpMethod.Post, "v1/check")
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" } } },
            };
            // Mostly what a CMS sends (JSON), now and then each other kind.
            HttpRequestMessage Next(int i) => (i % 16) switch
            {
                12 => Check(jsonHtml, "application/json"),
                13 => Check(rawText, "text/plain"),
                14 => Check(rawHtml, "text/html"),
                15 => new HttpRequestMessage(HttpMethod.Get, "healthz"),
                _ => Check(jsonText, "application/json"),
            };

            for (int i = 12; i < 16; i++) { await Send(client, Next(i), stopping); sent++; }
            var answer = await Send(client, Next(0), stopping);
            sent++;
            if (answer != HttpStatusCode.OK)
            {
                // E.g. a --max-body-size below the warm-up post: more of the same would only warm up the refusal.
                logger.LogInformation("Warm-up stopped after {Requests} requests: the server answered its own check with {Status}", sent, (int)answer);
                return;
            }

            // A Native AOT build has nothing to compile: one request of each kind has loaded the lazy data.
            bool jitted = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled;
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var quietSince = clock.Elapsed;
            while (jitted && clock.Elapsed < options.WarmUpLimit && !stopping.IsCancellationRequested)
            {
                var roundEnd = clock.Elapsed + Round;
                var counts = await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async worker =>
                {
                    int n = 0;
                    while (clock.Elapsed < roundEnd && !stopping.IsCancellationRequested)
                        await Send(client, Next(worker + inFlight * n++), stopping);
                    return n;
                }));
                sent += counts.Sum();
                long now = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (now != compiled)
                {
                    compiled = now;
                    quietSince = clock.Elapsed;
                }
                else if (clock.Elapsed - quietSince >= QuietPeriod)
                {
                    settled = true;
                    break;
                }
            }
            if (!stopping.IsCancellationRequested)
            {
                logger.LogInformation("Warmed up over loopback in {Seconds:0.0} s ({Requests} requests); {State}",
                    clock.Elapsed.TotalSeconds, sent, !jitted ? "ahead-of-time compiled, nothing to settle"
                        : settled ? "the JIT has settled"
                        : options.WarmUpLimit > TimeSpan.Zero ? $"stopped at the {options.WarmUpLimit.TotalSeconds:0.#} s limit, the JIT still compiling"
                        : "one request of each kind only (warm-up limit 0)");
            }
        }
        catch (Exception e)
        {
            // Best effort: the server works without it (the host may even be stopping already).
            try { logger.LogDebug("warm-up request failed after {Requests} requests: {Type}: {Message}", sent, e.GetType().Name, e.Message); }
            catch (ObjectDisposedException) { /* logging is gone with the host */ }
        }
        finally
        {
            _finished = true;
        }
    }

    private static async Task<HttpStatusCode> Send(HttpClient client, HttpRequestMessage request, CancellationToken stopping)
    {
        using (request)
        using (var response = await client.SendAsync(request, stopping))
        {
            // Read the answer like a client does, so the whole response path is exercised.
            await response.Content.ReadAsByteArrayAsync(stopping);
            return response.StatusCode;
        }
    }

    /// <summary>A check request's JSON body with one string member (written, not reflected, so it works in a Native AOT build).</summary>
    private static byte[] JsonBody(string name, string value)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(name, value);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>About 600 characters of post, in lines.</summary>
    private static string Post()
    {
        var text = new StringBuilder();
        for (int i = 0; text.Length < 600; i++)
        {
            text.Append(Sentences[i % Sentences.Length]);
            if (i % 3 == 2) text.Append('\n');
        }
        return text.ToString();
    }
}
