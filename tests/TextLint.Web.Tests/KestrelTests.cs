using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TextLint.Web.Tests;

/// <summary>The same contract over a real socket: Kestrel on 127.0.0.1, a free port.</summary>
public class KestrelTests
{
    [Fact]
    public async Task VerdictsAndFindingsOverLoopback()
    {
        await using var host = await Hosts.Kestrel();

        using var block = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
        Assert.Equal(HttpStatusCode.OK, block.StatusCode);
        var result = JsonDocument.Parse(await block.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("block", result.GetProperty("verdict").GetString());
        var finding = Assert.Single(result.GetProperty("findings").EnumerateArray());
        Assert.Equal(("typo.protected", 1, 2, "政府"), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("offset").GetInt32(),
            finding.GetProperty("length").GetInt32(), finding.GetProperty("suggestions")[0].GetString()));

        using var review = await host.Client.PostAsync("v1/check", new StringContent("我们要再接再励。", Encoding.UTF8, "text/plain"));
        Assert.Equal("review", JsonDocument.Parse(await review.Content.ReadAsStringAsync()).RootElement.GetProperty("verdict").GetString());

        using var pass = await host.Client.PostAsync("v1/check", new StringContent("<p>市政府召开会议。</p>", Encoding.UTF8, "text/html"));
        Assert.Equal("pass", JsonDocument.Parse(await pass.Content.ReadAsStringAsync()).RootElement.GetProperty("verdict").GetString());

        using var page = await host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var openApi = await host.Client.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Fact]
    public async Task ErrorsOverLoopback()
    {
        await using var host = await Hosts.Kestrel(Hosts.Options(o => { o.Token = "k-token"; o.MaxRequestBodyBytes = 4 * 1024; }));
        using var unauthorized = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府"}"""));
        await ErrorTests.AssertError(unauthorized, HttpStatusCode.Unauthorized, "unauthorized");

        host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "k-token");
        using var badJson = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text": "市攻府" """));
        await ErrorTests.AssertError(badJson, HttpStatusCode.BadRequest, "invalid_json");

        using var xml = await host.Client.PostAsync("v1/check", new StringContent("<text>市攻府</text>", Encoding.UTF8, "application/xml"));
        await ErrorTests.AssertError(xml, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "application/xml");

        // Declared too large (by a little: read and dropped so the answer is clean and the connection stays usable).
        var big = new byte[4 * 1024 + 100];
        Array.Fill(big, (byte)'a');
        using var declared = await host.Client.PostAsync("v1/check", Hosts.Raw(big, "text/plain"));
        await ErrorTests.AssertError(declared, HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "4 KB");

        // Chunked, no length: refused while it arrives.
        var chunked = new StreamContent(new NonSeekableStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var streamed = await host.Client.PostAsync("v1/check", chunked);
        await ErrorTests.AssertError(streamed, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");

        // Many times the limit, declared: refused before any of it is read.
        using var huge = new HttpRequestMessage(HttpMethod.Post, "v1/check");
        huge.Content = new StringContent("", Encoding.UTF8, "text/plain");
        huge.Content.Headers.ContentLength = 64L * 1024 * 1024;
        using var refused = new HttpClient { BaseAddress = host.BaseAddress };
        refused.DefaultRequestHeaders.Authorization = host.Client.DefaultRequestHeaders.Authorization;
        var early = await SendAndRead(refused, huge);
        Assert.Contains("413", early);
        Assert.Contains("payload_too_large", early);

        using var ok = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task TheServerWarmsItselfUpOverLoopbackWithoutLoggingItsOwnRequests()
    {
        var logs = new LogSink();
        // A short limit: in a test process other tests keep the JIT busy, so it may never settle.
        await using var host = await Hosts.Kestrel(Hosts.Options(o => { o.WarmUpLimit = TimeSpan.FromSeconds(1); o.LogRequests = true; o.Token = "w-token"; }), logs);
        host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "w-token");

        Assert.True(await WaitUntilWarm(host.Client));
        var warmedUp = Assert.Single(logs.Lines, l => l.Contains("Warmed up over loopback"));
        // At least one request of each kind, with --log-requests on, and not one of them in the log.
        Assert.True(int.Parse(System.Text.RegularExpressions.Regex.Match(warmedUp, @"\((\d+) requests\)").Groups[1].Value) >= 5, warmedUp);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("check text") || l.Contains("check html"));

        using var real = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        // A client cannot hide its text from the log by sending the marker: the value is the process's secret.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "v1/check") { Content = Hosts.Json("""{"text":"我们要再接再励。"}""") };
        forged.Headers.Add("X-TextLint-Warm-Up", "0123456789ABCDEF0123456789ABCDEF");
        using var forgedAnswer = await host.Client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.OK, forgedAnswer.StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains("check text") && l.Contains("市攻府召开会议"));
        Assert.Contains(logs.Lines, l => l.Contains("check text") && l.Contains("我们要再接再励"));
    }

    [Fact]
    public async Task TheWarmUpStopsWhenTheServerRefusesItsOwnCheck()
    {
        var logs = new LogSink();
        // The warm-up post is larger than this body limit: every check of it would be a 413.
        await using var host = await Hosts.Kestrel(Hosts.Options(o => { o.WarmUpLimit = TimeSpan.FromSeconds(30); o.MaxRequestBodyBytes = 100; }), logs);

        Assert.True(await WaitUntilWarm(host.Client));
        Assert.Contains(logs.Lines, l => l.Contains("Warm-up stopped after 5 requests") && l.Contains("413"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Warmed up over loopback"));
    }

    /// <summary>Polls <c>/healthz</c> until it reports <c>"warm":true</c>; false after a minute.</summary>
    private static async Task<bool> WaitUntilWarm(HttpClient client)
    {
        for (int i = 0; i < 600; i++)
        {
            using var health = await client.GetAsync("healthz");
            if (JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("warm").GetBoolean()) return true;
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>Sends the request line and headers only (as a client that announces a huge upload does) and reads the answer from the socket.</summary>
    private static async Task<string> SendAndRead(HttpClient client, HttpRequestMessage request)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        var stream = socket.GetStream();
        string head = $"POST /v1/check HTTP/1.1\r\nHost: {client.BaseAddress.Authority}\r\nContent-Type: text/plain\r\n" +
                      $"Authorization: {client.DefaultRequestHeaders.Authorization}\r\nContent-Length: {request.Content!.Headers.ContentLength}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var answer = new MemoryStream();
        var buffer = new byte[4096];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int read;
        while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0)
        {
            answer.Write(buffer, 0, read);
            if (Encoding.UTF8.GetString(answer.ToArray()).Contains("}}")) break;
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    /// <summary>A stream whose length is unknown, so HttpClient sends it chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1024));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
