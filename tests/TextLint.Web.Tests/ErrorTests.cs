using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TextLint.Web.Tests;

/// <summary>Refused requests (in-process test server): every one answers a JSON error that names the problem.</summary>
public class ErrorTests
{
    internal static async Task<JsonElement> AssertError(HttpResponseMessage response, HttpStatusCode status, string code, string? messagePart = null)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal((int)status, error.GetProperty("status").GetInt32());
        Assert.Equal(code, error.GetProperty("code").GetString());
        if (messagePart is not null) Assert.Contains(messagePart, error.GetProperty("message").GetString());
        return error;
    }

    [Theory]
    [InlineData("""{"text":""", "invalid_json", "JSON")]
    [InlineData("""{"text":"a",}""", "invalid_json", "JSON")]
    [InlineData("""["市攻府"]""", "invalid_request", "JSON 对象")]
    [InlineData("""{}""", "invalid_request", "text")]
    [InlineData("""{"text":"a","html":"<p>b</p>"}""", "invalid_request", "只能给一个")]
    [InlineData("""{"txt":"市攻府"}""", "invalid_request", "'txt'")]
    [InlineData("""{"text":42}""", "invalid_request", "'text'")]
    [InlineData("""{"text":"a","failOn":"fatal"}""", "invalid_request", "fatal")]
    [InlineData("""{"text":"a","rules":[1]}""", "invalid_request", "rules")]
    [InlineData("""{"text":"a","rules":["typos"]}""", "unknown_rule", "typos")]
    public async Task BadJsonIs400NamingTheProblem(string json, string code, string messagePart)
    {
        await using var host = await Hosts.InProcess();
        using var response = await host.Client.PostAsync("v1/check", Hosts.Json(json));
        await AssertError(response, HttpStatusCode.BadRequest, code, messagePart);
    }

    [Fact]
    public async Task InvalidUtf8Is400()
    {
        await using var host = await Hosts.InProcess();
        byte[] bad = [.. Encoding.UTF8.GetBytes("市攻府"), 0xFF, 0xFE, (byte)'a'];
        using var raw = await host.Client.PostAsync("v1/check", Hosts.Raw(bad, "text/plain; charset=utf-8"));
        await AssertError(raw, HttpStatusCode.BadRequest, "invalid_utf8");
        byte[] json = [.. Encoding.UTF8.GetBytes("{\"text\":\"a"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];
        using var inJson = await host.Client.PostAsync("v1/check", Hosts.Raw(json, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, inJson.StatusCode);
    }

    [Theory]
    [InlineData("application/xml", "application/xml")]
    [InlineData("application/x-www-form-urlencoded", "application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x", "multipart/form-data")]
    [InlineData(null, "Content-Type")]
    public async Task UnsupportedMediaTypeIs415(string? contentType, string messagePart)
    {
        await using var host = await Hosts.InProcess();
        using var response = await host.Client.PostAsync("v1/check", Hosts.Raw(Encoding.UTF8.GetBytes("市攻府"), contentType));
        await AssertError(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", messagePart);
    }

    [Fact]
    public async Task UnknownCharsetIs415()
    {
        await using var host = await Hosts.InProcess();
        using var response = await host.Client.PostAsync("v1/check", Hosts.Raw("abc"u8.ToArray(), "text/plain; charset=klingon"));
        await AssertError(response, HttpStatusCode.UnsupportedMediaType, "unsupported_charset", "klingon");
    }

    [Fact]
    public async Task BodyOverTheDefaultLimitIs413()
    {
        await using var host = await Hosts.InProcess();
        var body = new byte[(int)ServeOptions.DefaultMaxRequestBodyBytes + 1];
        Array.Fill(body, (byte)'a');
        using var response = await host.Client.PostAsync("v1/check", Hosts.Raw(body, "text/plain"));
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "2 MB");

        var atLimit = new byte[(int)ServeOptions.DefaultMaxRequestBodyBytes];
        Array.Fill(atLimit, (byte)'a');
        using var ok = await host.Client.PostAsync("v1/check", Hosts.Raw(atLimit, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task BodyLimitIsConfigurable()
    {
        await using var host = await Hosts.InProcess(Hosts.Options(o => o.MaxRequestBodyBytes = 1024));
        using var response = await host.Client.PostAsync("v1/check", Hosts.Json(JsonSerializer.Serialize(new { text = new string('政', 400) })));
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "1 KB");
        using var small = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task TokenIsRequiredOnTheApiWhenSet()
    {
        await using var host = await Hosts.InProcess(Hosts.Options(o => o.Token = "s3cret-token"));

        using var none = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府"}"""));
        await AssertError(none, HttpStatusCode.Unauthorized, "unauthorized", "Bearer");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "v1/check") { Content = Hosts.Json("""{"text":"市攻府"}""") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokeN");
        await AssertError(await host.Client.SendAsync(wrong), HttpStatusCode.Unauthorized, "unauthorized");

        using var rules = await host.Client.GetAsync("v1/rules");
        await AssertError(rules, HttpStatusCode.Unauthorized, "unauthorized");

        using var right = new HttpRequestMessage(HttpMethod.Post, "v1/check") { Content = Hosts.Json("""{"text":"市攻府召开会议"}""") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using var ok = await host.Client.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        // Probes and the page itself stay open; the page asks for the token when the API says 401.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task UnauthorizedComesBeforeEverythingElse()
    {
        await using var host = await Hosts.InProcess(Hosts.Options(o => { o.Token = "t"; o.MaxRequestBodyBytes = 10; }));
        using var response = await host.Client.PostAsync("v1/check", Hosts.Raw(new byte[100], "application/xml"));
        await AssertError(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task WrongMethodAndUnknownPathAreJson()
    {
        await using var host = await Hosts.InProcess();
        using var get = await host.Client.GetAsync("v1/check");
        await AssertError(get, HttpStatusCode.MethodNotAllowed, "method_not_allowed", "POST");
        Assert.Contains("POST", get.Content.Headers.Allow);
        using var missing = await host.Client.GetAsync("v1/nothing");
        await AssertError(missing, HttpStatusCode.NotFound, "not_found", "/v1/nothing");
    }

    [Fact]
    public async Task ACheckThatTakesTooLongIs503AndTheSlotIsReturnedAfterwards()
    {
        using var release = new ManualResetEventSlim();
        var options = Hosts.Options(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxConcurrentChecks = 1;
            o.LintOverride = (linter, text, html) => text == "stuck" ? Block(release) : linter.LintText("request", text, TextLint.Core.Sources.DocumentFormat.Text);
        });
        await using var host = await Hosts.InProcess(options);
        try
        {
            using var stuck = await host.Client.PostAsync("v1/check", Hosts.Raw("stuck"u8.ToArray(), "text/plain"));
            await AssertError(stuck, HttpStatusCode.ServiceUnavailable, "timeout", "超时");

            // The stuck check still holds the only slot: the next request cannot start.
            using var busy = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
            await AssertError(busy, HttpStatusCode.ServiceUnavailable, "busy");
        }
        finally
        {
            release.Set();
        }
        // Once it ends, the slot is free again.
        HttpResponseMessage? ok = null;
        for (int i = 0; i < 100 && ok?.StatusCode != HttpStatusCode.OK; i++)
        {
            ok?.Dispose();
            ok = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议"}"""));
        }
        Assert.Equal(HttpStatusCode.OK, ok!.StatusCode);
        ok.Dispose();
    }

    private static TextLint.Core.Reporting.DocumentResult Block(ManualResetEventSlim release)
    {
        release.Wait(TimeSpan.FromMinutes(2));
        return new TextLint.Core.Reporting.DocumentResult { Path = "request" };
    }
}
