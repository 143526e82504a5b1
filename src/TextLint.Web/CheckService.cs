using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;
using TextLint.Core.Rules;
using TextLint.Core.Sources;

namespace TextLint.Web;

/// <summary>
/// Runs checks for the host: one shared <see cref="Linter"/>, built and warmed up before the first
/// request; at most <see cref="ServeOptions.MaxConcurrentChecks"/> checks at once; every check bounded
/// by <see cref="ServeOptions.RequestTimeout"/>.
/// </summary>
internal sealed class CheckService
{
    /// <summary>Text linted at start-up: 大麻 inside 大麻烦 needs the word-boundary check, so the lexicon loads now, not on the first request.</summary>
    /// <summary>The name a request's document gets in its result.</summary>
    private const string RequestName = "request";

    internal const string WarmUpText = "这是个大麻烦。市攻府召开会议，我们要再接再励。";

    private readonly ServeOptions _options;
    private readonly ILogger _logger;
    private readonly LoopbackWarmUp _warmUp;
    private readonly SemaphoreSlim _slots;
    private readonly Func<Linter, string, bool, DocumentResult> _lint;

    public CheckService(ServeOptions options, ILogger logger, LoopbackWarmUp warmUp)
    {
        _options = options;
        _logger = logger;
        _warmUp = warmUp;
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentChecks));
        _lint = options.LintOverride ?? ((linter, source, isHtml) => linter.LintText(RequestName, source, isHtml ? DocumentFormat.Html : DocumentFormat.Text));
        var clock = Stopwatch.StartNew();
        Linter = options.Linter ?? new Linter(options.LinterOptions);
        var built = clock.Elapsed;
        WarmUp();
        logger.LogInformation("Linter ready: {Rules} rules, {Patterns} patterns; built in {BuildMs} ms, warmed up in {WarmMs} ms",
            Linter.Rules.Count, Linter.PatternCount, (long)built.TotalMilliseconds, (long)(clock.Elapsed - built).TotalMilliseconds);
    }

    /// <summary>The linter every request shares.</summary>
    public Linter Linter { get; }

    /// <summary>Lints a little text and HTML and writes a response to nowhere, so neither the lexicon nor the JIT waits for the first request.</summary>
    private void WarmUp()
    {
        var result = _lint(Linter, WarmUpText, false);
        var html = _lint(Linter, $"<p>{WarmUpText}</p>", true);
        using var sink = new Utf8JsonWriter(Stream.Null, ApiError.WriterOptions);
        WriteResult(sink, new CheckRequest(WarmUpText, false, null, null), result, Severity.Error, TimeSpan.Zero);
        _ = Verdict.Of(html.Findings, Severity.Error);
    }

    /// <summary>Handles <c>POST /v1/check</c>.</summary>
    public async Task HandleCheck(HttpContext context)
    {
        var clock = Stopwatch.StartNew();
        var kind = CheckRequest.KindOf(context.Request.ContentType);
        var body = await RequestBody.ReadAsync(context, _options.MaxRequestBodyBytes);
        var request = CheckRequest.Parse(kind, body, context.Request.ContentType);
        var linter = request.Rules is { Count: > 0 } rules ? Linter.WithOnlyRules(CheckPrefixes(rules)) : Linter;
        var failOn = (request.FailOn ?? _options.DefaultFailOn).Threshold();

        var result = await RunBounded(() => _lint(linter, request.Source, request.IsHtml), context.RequestAborted);
        var findings = result.Findings;
        var elapsed = clock.Elapsed;
        string verdict = Verdict.Of(findings, failOn);
        if (_options.LogRequests && !_warmUp.IsWarmUpRequest(context))
        {
            _logger.LogInformation("check {Kind} {Chars} chars → {Verdict}, {Findings} findings, {Ms} ms; text: {Text}",
                request.InputName, request.Source.Length, verdict, findings.Count, (long)elapsed.TotalMilliseconds, LogExcerpt(request.Source));
        }

        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        using (var json = new Utf8JsonWriter(response.BodyWriter, ApiError.WriterOptions))
            WriteResult(json, request, result, failOn, elapsed);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Rule prefixes of a request, each of which must name at least one rule (a typo must not silently turn every check into a pass).</summary>
    private IReadOnlyList<string> CheckPrefixes(IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (!Linter.Rules.Any(r => RuleSettings.IsUnder(r.Id, prefix) || r.Id.StartsWith(prefix, StringComparison.Ordinal)))
                throw new ApiError(400, "unknown_rule", $"没有规则以 '{prefix}' 开头；见 GET /v1/rules (no rule id starts with '{prefix}')");
        }
        return prefixes;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool in one of the check slots. The deadline covers
    /// the wait for a slot and the work; when it passes the request gets 503. The linter cannot be
    /// interrupted, so timed-out work finishes in the background and keeps its slot until then: at
    /// most <see cref="ServeOptions.MaxConcurrentChecks"/> checks ever use the CPU at once.
    /// </summary>
    internal async Task<T> RunBounded<T>(Func<T> work, CancellationToken aborted)
    {
        var clock = Stopwatch.StartNew();
        if (!await _slots.WaitAsync(_options.RequestTimeout, aborted))
        {
            _logger.LogWarning("check refused: every slot busy for {Seconds} s", _options.RequestTimeout.TotalSeconds);
            throw new ApiError(503, "busy", $"服务繁忙：{_options.RequestTimeout.TotalSeconds:0.#} 秒内没有空闲的检查线程，请稍后重试 (server busy)");
        }
        var task = Task.Run(() =>
        {
            try { return work(); }
            finally { _slots.Release(); }
        }, CancellationToken.None);
        var remaining = _options.RequestTimeout - clock.Elapsed;
        try
        {
            return await task.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, aborted);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("check timed out after {Seconds} s; it finishes in the background", _options.RequestTimeout.TotalSeconds);
            throw new ApiError(503, "timeout", $"检查超时：超过 {_options.RequestTimeout.TotalSeconds:0.#} 秒上限，请缩短文本后重试 (check timed out)");
        }
    }

    private static void WriteResult(Utf8JsonWriter json, CheckRequest request, DocumentResult result, Severity? failOn, TimeSpan elapsed)
    {
        var findings = result.Findings;
        var summary = new RunSummary { Elapsed = elapsed };
        summary.Add(result with { CharacterCount = request.Source.Length });
        json.WriteStartObject();
        json.WriteString("verdict", Verdict.Of(findings, failOn));
        json.WriteString("failOn", failOn?.ToName() ?? "none");
        json.WriteString("input", request.InputName);
        json.WriteStartArray("findings");
        // The submitted document is named "-" (as standard input is to the CLI), so fingerprints match a CLI baseline of the same text.
        foreach (var finding in findings) FindingJson.WriteFinding(json, finding, Fingerprints.Of("-", finding));
        json.WriteEndArray();
        FindingJson.WriteCappedRules(json, result.CappedRules);
        FindingJson.WriteSummary(json, summary);
        json.WriteEndObject();
    }

    private static string LogExcerpt(string text)
    {
        const int Max = 2000;
        string oneLine = text.Length > Max ? text[..Max] + $"…(+{text.Length - Max} chars)" : text;
        return oneLine.ReplaceLineEndings("⏎");
    }
}
