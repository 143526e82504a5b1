using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using TextLint.Core;

namespace TextLint.Web.Tests;

/// <summary>Real hosts for the tests: the in-process test server and Kestrel on loopback, sharing one linter.</summary>
internal static class Hosts
{
    /// <summary>One linter for every host in the run (building one compiles the dictionaries).</summary>
    public static Linter Linter => SharedLinter.Value;

    private static readonly Lazy<Linter> SharedLinter = new(() => new Linter(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Options for a test host: the shared linter, and no warm-up traffic beyond one request of each kind (it would only load the machine).</summary>
    public static ServeOptions Options(Action<ServeOptions>? change = null)
    {
        var options = new ServeOptions { Linter = Linter, WarmUpLimit = TimeSpan.Zero };
        change?.Invoke(options);
        return options;
    }

    /// <summary>The host in-process (<see cref="TestServer"/>): every request goes through the real pipeline, no socket.</summary>
    public static async Task<TestHost> InProcess(ServeOptions? options = null, LogSink? logs = null)
    {
        var app = TextLintServer.Create(options ?? Options(), builder =>
        {
            builder.WebHost.UseTestServer();
            if (logs is not null) builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        return new TestHost(app, app.GetTestClient());
    }

    /// <summary>The host on Kestrel at 127.0.0.1 with a free port.</summary>
    public static async Task<TestHost> Kestrel(ServeOptions? options = null, LogSink? logs = null)
    {
        options ??= Options();
        options.Urls.Clear();
        options.Urls.Add("http://127.0.0.1:0");
        var app = TextLintServer.Create(options, builder =>
        {
            builder.Logging.ClearProviders();
            if (logs is not null) builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        var address = Assert.Single(TextLintServer.Addresses(app));
        Assert.StartsWith("http://127.0.0.1:", address);
        var client = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromSeconds(60) };
        return new TestHost(app, client);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static ByteArrayContent Raw(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}

internal sealed class TestHost(WebApplication app, HttpClient client) : IAsyncDisposable
{
    public WebApplication App { get; } = app;
    public HttpClient Client { get; } = client;
    public Uri BaseAddress => Client.BaseAddress!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Keeps every log line the host writes.</summary>
internal sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();
    public string All => string.Join('\n', Lines);
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
