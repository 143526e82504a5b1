using System.CommandLine;
using System.Globalization;
using TextLint.Core;
using TextLint.Core.Configuration;
using Microsoft.Extensions.Hosting;
using TextLint.Web;

namespace TextLint.Cli;

/// <summary>
/// <c>textlint serve</c>: the HTTP API and the duty-staff page (<see cref="TextLintServer"/>) on
/// loopback unless <c>--urls</c> says otherwise. Runs until Ctrl+C / SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stderr)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"监听地址，可重复或用 ; 分隔，默认只监听本机 (listen URLs; default {ServeOptions.DefaultUrl})",
            HelpName = "URL",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"要求 Authorization: Bearer <token>；也可用环境变量 {ServeOptions.TokenEnvironmentVariable} (require a bearer token on /v1/)",
            HelpName = "TOKEN",
        };
        var maxBody = new Option<string>("--max-body-size")
        {
            Description = "请求体上限，超过返回 413，如 2MB、512KB、100000 (request body limit; default 2MB)",
            HelpName = "SIZE",
            DefaultValueFactory = _ => "2MB",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "单次检查的时间上限（秒），超过返回 503 (seconds one check may take; default 10)",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => ServeOptions.DefaultRequestTimeout.TotalSeconds,
        };
        var concurrency = new Option<int>("--max-concurrency")
        {
            Description = "同时进行的检查数，默认为 CPU 核数 (checks run at once; default: cores)",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var warmUp = new Option<double>("--warm-up")
        {
            Description = "启动后通过本机回环自检预热的最长时间（秒），0 为只发少量请求 (longest loopback warm-up after start, seconds; default 60)",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => ServeOptions.DefaultWarmUpLimit.TotalSeconds,
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "请求未给 failOn 时的默认值 (default failOn of a request): error | warning | info | none",
        };
        failOn.AcceptOnlyFromAmong([.. FailOnNames.Names]);
        var logRequests = new Option<bool>("--log-requests")
        {
            Description = "在日志中记录每次提交的文本（默认不记录）(write submitted text to the log)",
        };
        var config = new ConfigOptions("YAML 配置文件，同 check；不给时从当前文件夹向上查找 textlint.yml (YAML config, as for check)");
        var dict = new Option<string[]>("--dict") { Description = "用户词表文件，可重复 (user term list, repeatable)", HelpName = "FILE" };
        var allow = new Option<string[]>("--allow") { Description = "白名单文件，可重复 (allowlist file, repeatable)", HelpName = "FILE" };
        var only = new Option<string[]>("--only") { Description = "只报告这些规则 id 前缀；请求中的 rules 会替换它 (only these rule prefixes)", HelpName = "PREFIX[,PREFIX]" };
        var noDefaultDicts = new Option<bool>("--no-default-dicts") { Description = "不加载内置词表 (do not load the built-in lists)" };

        var command = new Command("serve", "启动 HTTP 接口和值班检查页面 (serve the HTTP API and the duty-staff page)")
        {
            urls, token, maxBody, timeout, concurrency, warmUp, failOn, logRequests, dict, allow, only, noDefaultDicts,
        };
        config.AddTo(command);
        command.SetAction((parse, cancel) =>
        {
            var (linterOptions, configFailOn) = CheckCommand.BuildOptions(config.Resolve(parse), parse.GetValue(dict) ?? [],
                parse.GetValue(allow) ?? [], parse.GetValue(only) ?? [], parse.GetValue(noDefaultDicts));
            var options = new ServeOptions
            {
                Token = parse.GetValue(token) is { Length: > 0 } t ? t : Environment.GetEnvironmentVariable(ServeOptions.TokenEnvironmentVariable),
                MaxRequestBodyBytes = ParseSize(parse.GetValue(maxBody) ?? "2MB"),
                RequestTimeout = parse.GetValue(timeout) is var seconds && seconds > 0 && seconds <= 3600
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new TextLintException($"--timeout: {seconds} is not between 0 and 3600 seconds"),
                MaxConcurrentChecks = parse.GetValue(concurrency) is var n && n is > 0 and <= 1024
                    ? n : throw new TextLintException($"--max-concurrency: {n} is not between 1 and 1024"),
                WarmUpLimit = parse.GetValue(warmUp) is var warm && warm >= 0 && warm <= 600
                    ? TimeSpan.FromSeconds(warm)
                    : throw new TextLintException($"--warm-up: {warm} is not between 0 and 600 seconds"),
                DefaultFailOn = parse.GetValue(failOn) is { } f && FailOnNames.TryParse(f, out var parsed) ? parsed : configFailOn ?? FailOn.Error,
                LogRequests = parse.GetValue(logRequests),
                LinterOptions = linterOptions,
            };
            foreach (var url in parse.GetValue(urls) ?? [])
                options.Urls.AddRange(url.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return Run(options, stderr, cancel);
        });
        return command;
    }

    private static async Task<int> Run(ServeOptions options, TextWriter stderr, CancellationToken cancel)
    {
        await using var app = TextLintServer.Create(options);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            // Most often: the port is taken.
            throw new TextLintException($"cannot listen on {string.Join(", ", options.Urls.DefaultIfEmpty(ServeOptions.DefaultUrl))}: {e.Message}", e);
        }
        await app.WaitForShutdownAsync(cancel);
        await stderr.FlushAsync(CancellationToken.None);
        return Program.ExitClean;
    }

    /// <summary>Parses <c>2MB</c>, <c>512KB</c>, <c>1.5MB</c>, <c>100000</c> (bytes; K and M are 1024-based).</summary>
    internal static long ParseSize(string text)
    {
        string s = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("MB", 1024L * 1024), ("M", 1024L * 1024), ("KB", 1024L), ("K", 1024L), ("B", 1L) })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal)) { unit = factor; s = s[..^suffix.Length].Trim(); break; }
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * unit > 1024L * 1024 * 1024)
            throw new TextLintException($"--max-body-size: '{text}' is not a size between 1 byte and 1GB (e.g. 2MB, 512KB, 100000)");
        return (long)(value * unit);
    }
}
