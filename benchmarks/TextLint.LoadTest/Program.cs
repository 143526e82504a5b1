// A bounded load run against `textlint serve` on this machine: N requests of one post, C at a time,
// then requests/s, latency percentiles and errors. It only talks to loopback addresses and stops by
// itself (after --requests, or --max-seconds at the latest).
//
// What it measures is the server in its steady state, as a CMS meets it: it first waits until the
// server's /healthz says "warm" (the server's own loopback warm-up has let the JIT compile the request
// path; --max-warm-wait), then warms itself up until its own JIT has settled; neither is counted.
// Besides requests/s and latency it reports CPU time per measured request, its own and (--server-pid)
// the server's, which a busy shared machine disturbs much less. Every answer is read whole and parsed
// as JSON; an answer that is not 200, not valid JSON, or whose verdict or number of findings differs
// from the first answer's counts as an error.
//
//   dotnet run -c Release --project benchmarks/TextLint.LoadTest -- --url http://127.0.0.1:5080 --requests 5000 --concurrency 16
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text;
using System.Text.Json;

var settings = Settings.Parse(args);
if (settings is null) return 2;

string post = settings.TextFile is { } file ? File.ReadAllText(file) : Post.Make(settings.Characters);
byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["text"] = post });

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var client = new HttpClient(handler) { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(30) };
if (settings.Token is { } token) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

async Task<(bool Ok, Answer? Answer, string? Error)> Send()
{
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    try
    {
        using var response = await client.PostAsync("v1/check", content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK) return (false, null, $"HTTP {(int)response.StatusCode}");
        return (true, Answer.Parse(bytes), null);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
    {
        return (false, null, e.GetType().Name);
    }
}

// The server warms itself up after it starts (its JIT compiles the request path); wait for that, as a
// CMS would meet the server after its first minute, not in it.
var waited = Stopwatch.StartNew();
if (settings.MaxWarmWait > 0 && !await ServerIsWarm(client, TimeSpan.FromSeconds(settings.MaxWarmWait)))
    Console.Error.WriteLine($"textlint-load: the server did not say it was warm within --max-warm-wait {settings.MaxWarmWait} s; measuring anyway");
var serverWait = waited.Elapsed;

// Own warm-up, not counted: connections opened, and this client's code compiled until its JIT has settled
// (at least 30 rounds of C requests, at most 60 s).
var first = await Send();
if (!first.Ok)
{
    Console.Error.WriteLine($"textlint-load: {settings.Url} did not answer a check ({first.Error}); is `textlint serve` running?");
    return 1;
}
var expected = first.Answer!;
var warmClock = Stopwatch.StartNew();
int warmRounds = 0;
long compiled = JitInfo.GetCompiledMethodCount();
var quietSince = warmClock.Elapsed;
while (warmClock.Elapsed < TimeSpan.FromSeconds(60))
{
    await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Send()));
    long now = JitInfo.GetCompiledMethodCount();
    if (now != compiled) (compiled, quietSince) = (now, warmClock.Elapsed);
    else if (++warmRounds >= 30 && warmClock.Elapsed - quietSince >= TimeSpan.FromSeconds(1)) break;
}
Console.WriteLine($"warm-up: waited {serverWait.TotalSeconds:0.0} s for the server, then {warmClock.Elapsed.TotalSeconds:0.0} s of own warm-up (not counted)");

Console.WriteLine($"post: {post.Length} characters, verdict {expected.Verdict}, {expected.Findings} findings; {settings.Requests} requests, {settings.Concurrency} at a time, to {settings.Url}");
var latencies = new double[settings.Requests];
var errors = new Dictionary<string, int>();
var verdicts = new Dictionary<string, int>();
int next = -1, done = 0;
var stop = DateTime.UtcNow + TimeSpan.FromSeconds(settings.MaxSeconds);
// CPU time of this process and, with --server-pid, of the server, over the measured requests only: on a
// shared machine requests/s and latency depend on what else runs, CPU per request much less.
using var server = settings.ServerPid is { } serverPid ? Process.GetProcessById(serverPid) : null;
var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
var serverCpu = server?.TotalProcessorTime;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async _ =>
{
    while (true)
    {
        int i = Interlocked.Increment(ref next);
        if (i >= settings.Requests || DateTime.UtcNow > stop) return;
        long start = Stopwatch.GetTimestamp();
        var (ok, answer, error) = await Send();
        latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Interlocked.Increment(ref done);
        // The same post must always get the same answer.
        if (ok && answer != expected) (ok, error) = (false, "different answer");
        lock (errors)
        {
            if (!ok) errors[error!] = errors.GetValueOrDefault(error!) + 1;
            else verdicts[answer!.Verdict] = verdicts.GetValueOrDefault(answer.Verdict) + 1;
        }
    }
}));
var elapsed = clock.Elapsed;
clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
if (server is not null) { server.Refresh(); serverCpu = server.TotalProcessorTime - serverCpu; }

var measured = latencies.Take(done).Order().ToArray();
double Percentile(double p) => measured.Length == 0 ? 0 : measured[Math.Min(measured.Length - 1, (int)Math.Ceiling(p / 100 * measured.Length) - 1)];
int errorCount = errors.Values.Sum();
Console.WriteLine($"requests: {done} in {elapsed.TotalSeconds:0.00} s = {done / elapsed.TotalSeconds:0} req/s");
Console.WriteLine($"latency ms: p50 {Percentile(50):0.00}  p90 {Percentile(90):0.00}  p99 {Percentile(99):0.00}  max {measured.LastOrDefault():0.00}");
Console.WriteLine($"verdicts: {string.Join(", ", verdicts.Select(kv => $"{kv.Key} {kv.Value}"))}");
Console.WriteLine($"cpu per request: client {clientCpu.TotalMilliseconds / Math.Max(1, done):0.000} ms" +
    (serverCpu is { } serverTime ? $", server {serverTime.TotalMilliseconds / Math.Max(1, done):0.000} ms" : "") +
    $"; load average {LoadAverage()}");
Console.WriteLine($"errors: {errorCount}{(errorCount > 0 ? " (" + string.Join(", ", errors.Select(kv => $"{kv.Key} ×{kv.Value}")) + ")" : "")}");
if (done < settings.Requests) Console.WriteLine($"stopped after --max-seconds {settings.MaxSeconds}: {settings.Requests - done} requests not sent");
return errorCount == 0 && done == settings.Requests ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<bool> ServerIsWarm(HttpClient client, TimeSpan limit)
{
    var clock = Stopwatch.StartNew();
    do
    {
        try
        {
            using var health = JsonDocument.Parse(await client.GetStringAsync("healthz"));
            // A server without the field does not warm itself up: nothing to wait for.
            if (!health.RootElement.TryGetProperty("warm", out var warm) || warm.ValueKind == JsonValueKind.True) return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            // Not listening yet, or not a textlint server: the first check will say so.
        }
        await Task.Delay(250);
    } while (clock.Elapsed < limit);
    return false;
}

/// <summary>The parts of a check's answer compared between requests, read from the whole JSON document.</summary>
internal sealed record Answer(string Verdict, int Findings)
{
    /// <summary>Parses the whole answer (so invalid JSON anywhere is an error) and keeps the verdict and the number of findings.</summary>
    public static Answer Parse(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        string? verdict = null;
        int findings = -1;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            if (reader.ValueTextEquals("verdict"u8))
            {
                reader.Read();
                verdict = reader.GetString();
            }
            else if (reader.ValueTextEquals("findings"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("findings is not an array");
                findings = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a finding is not an object");
                    findings++;
                    reader.Skip();
                }
            }
        }
        return new Answer(verdict ?? throw new JsonException("no verdict in the answer"), findings >= 0 ? findings : throw new JsonException("no findings in the answer"));
    }
}

internal sealed record Settings(Uri Url, int Requests, int Concurrency, int Characters, string? TextFile, string? Token, int MaxSeconds, int MaxWarmWait, int? ServerPid)
{
    public static Settings? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) return Usage($"unexpected '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        string[] known = ["url", "requests", "concurrency", "characters", "text-file", "token", "max-seconds", "max-warm-wait", "server-pid"];
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) return Usage($"unknown option --{unknown}");
        if (!Uri.TryCreate(values.GetValueOrDefault("url", "http://127.0.0.1:5080"), UriKind.Absolute, out var url)) return Usage("--url is not a URL");
        // Load goes to this machine only.
        bool loopback = url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (!loopback) return Usage($"--url must be a loopback address (127.0.0.1, localhost, [::1]), not {url.Host}");
        int Int(string name, int fallback, int max) =>
            values.TryGetValue(name, out var v) ? (int.TryParse(v, out var n) && n > 0 && n <= max ? n : throw new ArgumentException($"--{name} must be 1..{max}")) : fallback;
        try
        {
            return new Settings(new Uri(url.ToString().TrimEnd('/') + "/"), Int("requests", 5000, 1_000_000), Int("concurrency", 16, 256), Int("characters", 1000, 1_000_000),
                values.GetValueOrDefault("text-file"), values.GetValueOrDefault("token") ?? Environment.GetEnvironmentVariable("TEXTLINT_TOKEN"), Int("max-seconds", 300, 3600),
                values.GetValueOrDefault("max-warm-wait") == "0" ? 0 : Int("max-warm-wait", 120, 3600),
                values.ContainsKey("server-pid") ? Int("server-pid", 0, int.MaxValue) : null);
        }
        catch (ArgumentException e)
        {
            return Usage(e.Message);
        }
    }

    private static Settings? Usage(string problem)
    {
        Console.Error.WriteLine($"textlint-load: {problem}");
        Console.Error.WriteLine("usage: --url http://127.0.0.1:5080 --requests 5000 --concurrency 16 [--characters 1000 | --text-file FILE] [--token T] [--max-seconds 300] [--max-warm-wait 120 (0: do not wait)] [--server-pid PID (report its CPU per request)]");
        return null;
    }
}

/// <summary>A government-news post of about the requested length, with a few planted errors (one blocking).</summary>
internal static class Post
{
    private static readonly string[] Sentences =
    [
        "市攻府召开常务会议，研究部署近期安全生产和防汛抗旱工作。",
        "会议强调，要坚持人民至上、生命至上，压紧压实各方责任。",
        "各地各部门要再接再励，推进秸杆综合利用，巩固拓展脱贫攻坚成果。",
        "要加强隐患排查整治，对重点行业领域开展拉网式检查，确保不留死角。",
        "会议还听取了关于优化营商环境、推动高质量发展有关情况的汇报。",
        "会议要求，各级干部要深入基层、深入群众，切实解决群众急难愁盼问题。",
        "要统筹做好疫情防控和经济社会发展，持续改善城乡人居环境。",
        "国家级自然保护区管理机构要严格落实巡护制度，依法查处破坏生态行为。",
    ];

    public static string Make(int characters)
    {
        var text = new StringBuilder(characters + 64);
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append(Sentences[i % Sentences.Length]);
            if (i % 4 == 3) text.Append('\n');
        }
        return text.ToString(0, characters);
    }
}
