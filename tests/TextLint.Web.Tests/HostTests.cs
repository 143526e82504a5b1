using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TextLint.Core.Findings;

namespace TextLint.Web.Tests;

/// <summary>The OpenAPI document, the page's files, logging and the small helpers of the host.</summary>
public class HostTests
{
    [Fact]
    public async Task TheCheckResponseHasExactlyThePropertiesTheDocumentNames()
    {
        await using var host = await Hosts.InProcess();
        using var openApi = await host.Client.GetAsync("openapi/v1.json");
        var schemas = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement.GetProperty("components").GetProperty("schemas");
        using var answer = await host.Client.PostAsync("v1/check", Hosts.Json("""{"text":"市攻府召开会议，希望大家再接再励。"}"""));
        var result = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;

        static List<string> Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Keys(schemas.GetProperty("CheckResponse").GetProperty("properties")), Keys(result));
        Assert.Equal(Keys(schemas.GetProperty("Summary").GetProperty("properties")), Keys(result.GetProperty("summary")));
        Assert.Equal(Keys(schemas.GetProperty("Finding").GetProperty("properties")), Keys(result.GetProperty("findings")[0]));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryApiEndpoint()
    {
        await using var host = await Hosts.InProcess();
        using var response = await host.Client.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();

        // Every endpoint the host maps, less the page's files and the catch-alls, is in the document, and nothing else.
        var mapped = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(e => !e.EndsWith(" /") && !e.Contains("index.html") && !e.Contains("app.") && !e.Contains("{*"))
            .Where(e => !e.StartsWith("POST ") || e.EndsWith("/v1/check"))
            .Where(e => !(e.EndsWith("/v1/check") && !e.StartsWith("POST ")))
            .Order().ToList();
        Assert.Equal(mapped, documented);
        Assert.Contains("POST /v1/check", documented);
    }

    [Fact]
    public async Task PageIsServedWithAPolicyThatAllowsNothingFromElsewhere()
    {
        await using var host = await Hosts.InProcess();
        foreach (var (path, type) in new[] { ("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css") })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            string body = await response.Content.ReadAsStringAsync();
            // Offline: no CDN, no web font, no absolute URL of any kind.
            Assert.DoesNotContain("http://", body);
            Assert.DoesNotContain("https://", body);
            Assert.DoesNotContain("//cdn", body);
            if (path == "/")
            {
                Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
                Assert.Contains("lang=\"zh-CN\"", body);
                Assert.Contains("<script src=\"app.js\"", body);
            }
        }
    }

    [Fact]
    public async Task UnchangedFilesAreNotSentAgain()
    {
        await using var host = await Hosts.InProcess();
        using var first = await host.Client.GetAsync("/app.js");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task SubmittedTextIsNotLoggedUnlessAskedFor()
    {
        const string secret = "未公开稿件：市攻府拟于下周调整人事安排";
        var quiet = new LogSink();
        await using (var host = await Hosts.InProcess(logs: quiet))
        {
            using var ok = await host.Client.PostAsync("v1/check", Hosts.Json(JsonSerializer.Serialize(new { text = secret })));
            using var bad = await host.Client.PostAsync("v1/check", Hosts.Json("{\"txt\":\"" + secret + "\"}"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        Assert.Contains("Linter ready", quiet.All);
        Assert.DoesNotContain("攻府", quiet.All);
        Assert.DoesNotContain("人事安排", quiet.All);

        var loud = new LogSink();
        await using (var host = await Hosts.InProcess(Hosts.Options(o => o.LogRequests = true), loud))
        {
            using var ok = await host.Client.PostAsync("v1/check", Hosts.Json(JsonSerializer.Serialize(new { text = secret })));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        Assert.Contains(secret, loud.All);
        Assert.Contains("block", loud.All);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.0.0.2:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://cms.example.gov.cn:5080", false)]
    public void KnowsWhichAddressesAreLoopback(string url, bool loopback) =>
        Assert.Equal(loopback, TextLintServer.IsLoopback(url));

    [Fact]
    public void DefaultsAreSafe()
    {
        var options = new ServeOptions();
        Assert.Equal("http://127.0.0.1:5080", ServeOptions.DefaultUrl);
        Assert.Empty(options.Urls);
        Assert.Equal(2 * 1024 * 1024, options.MaxRequestBodyBytes);
        Assert.False(options.LogRequests);
        Assert.Null(options.Token);
    }

    [Fact]
    public void VerdictFollowsTheThreshold()
    {
        Finding Of(Severity severity) => new() { RuleId = "r", Category = "c", Severity = severity, Message = "m", Text = "t", Offset = 0, Length = 1 };
        Assert.Equal("pass", Verdict.Of([], Severity.Error));
        Assert.Equal("pass", Verdict.Of([], null));
        Assert.Equal("block", Verdict.Of([Of(Severity.Info), Of(Severity.Error)], Severity.Error));
        Assert.Equal("review", Verdict.Of([Of(Severity.Info), Of(Severity.Warning)], Severity.Error));
        Assert.Equal("block", Verdict.Of([Of(Severity.Warning)], Severity.Warning));
        Assert.Equal("review", Verdict.Of([Of(Severity.Error)], null));
    }
}
