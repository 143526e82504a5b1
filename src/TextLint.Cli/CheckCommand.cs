using System.CommandLine;
using System.Diagnostics;
using System.Text;
using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Cli;

/// <summary><c>textlint check PATH... | -</c>: lints files, folders or standard input and writes a report.</summary>
internal static class CheckCommand
{
    public static Command Create(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, TerminalInfo terminal)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "要检查的文件或文件夹；- 表示从标准输入读取 (files, folders, or - for stdin)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "报告格式 (report format): text | json | sarif | summary",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "把报告写入文件（所在文件夹必须已存在）(write the report to FILE)",
            HelpName = "FILE",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "出现该级别及以上的问题时退出码为 1，默认 error (exit 1 on findings at or above): error | warning | info | none",
        };
        failOn.AcceptOnlyFromAmong([.. FailOnNames.Names]);
        var dict = new Option<string[]>("--dict")
        {
            Description = "用户词表文件，可重复；命中时规则为 user (user term list, repeatable)",
            HelpName = "FILE",
        };
        var allow = new Option<string[]>("--allow")
        {
            Description = "白名单文件，可重复 (allowlist file, repeatable)",
            HelpName = "FILE",
        };
        var protect = new Option<string[]>("--protect")
        {
            Description = "受保护短语文件（每行一个正确写法，如本地领导姓名、单位名称），可重复；其近似误写报错 (protected phrase list, repeatable)",
            HelpName = "FILE",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "只报告这些规则 id 前缀，逗号分隔或重复 (only rules with these id prefixes), e.g. typo,sensitive",
            HelpName = "PREFIX[,PREFIX]",
        };
        var config = new Option<string?>("--config", "-c")
        {
            Description = "YAML 配置文件；命令行选项追加到或覆盖配置 (YAML config file; flags add to or override it)",
            HelpName = "FILE",
        };
        var noDefaultDicts = new Option<bool>("--no-default-dicts")
        {
            Description = "不加载内置词表，只用 --dict 给出的词表 (do not load the built-in lists)",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "不输出汇总行，也不在标准错误上重复文件错误 (no summary line, no per-file errors on stderr)",
        };

        var command = new Command("check", "检查文件、文件夹或标准输入，输出报告 (lint files and write a report)")
        {
            paths, format, output, failOn, dict, allow, only, config, noDefaultDicts, quiet,
        };
        command.Options.Add(protect);
        command.SetAction(parse => Execute(new CheckSettings(
            Paths: parse.GetValue(paths) ?? [],
            Format: parse.GetValue(format) ?? "text",
            OutputFile: parse.GetValue(output),
            FailOn: parse.GetValue(failOn),
            Dictionaries: parse.GetValue(dict) ?? [],
            Allowlists: parse.GetValue(allow) ?? [],
            Only: parse.GetValue(only) ?? [],
            ConfigFile: parse.GetValue(config),
            NoDefaultDictionaries: parse.GetValue(noDefaultDicts),
            Quiet: parse.GetValue(quiet)) { ProtectedPhrases = parse.GetValue(protect) ?? [] }, openStdin, stdout, stderr, terminal));
        return command;
    }

    private sealed record CheckSettings(
        string[] Paths, string Format, string? OutputFile, string? FailOn, string[] Dictionaries, string[] Allowlists,
        string[] Only, string? ConfigFile, bool NoDefaultDictionaries, bool Quiet)
    {
        public string[] ProtectedPhrases { get; init; } = [];
    }

    private static int Execute(CheckSettings settings, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, TerminalInfo terminal)
    {
        var (options, failOn) = BuildOptions(settings.ConfigFile, settings.Dictionaries, settings.Allowlists, settings.Only, settings.NoDefaultDictionaries);
        foreach (var file in settings.ProtectedPhrases) options.ProtectedPhraseFiles.Add(ExistingFile(file));
        if (settings.FailOn is not null && FailOnNames.TryParse(settings.FailOn, out var fromFlag)) failOn = fromFlag;
        var threshold = (failOn ?? FailOn.Error).Threshold();

        // Check everything that can be wrong with the invocation before any work or any file is created.
        if (settings.OutputFile is { } outputFile)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(outputFile)) ?? ".";
            if (!Directory.Exists(folder))
                throw new TextLintException($"{outputFile}: cannot write report: folder '{folder}' does not exist");
        }
        var items = InputExpander.Expand(settings.Paths);
        if (items.Count == 0)
            throw new TextLintException($"no documents to check in {string.Join(", ", settings.Paths)}");
        var linter = new Linter(options);

        bool toStdout = settings.OutputFile is null;
        TextWriter report = toStdout ? stdout : OpenReportFile(settings.OutputFile!);
        try
        {
            var writer = ReportWriters.Create(settings.Format, report, new ReportWriterOptions
            {
                Rules = settings.Format == "sarif" ? linter.Rules : [],
                UseColor = toStdout && terminal.UseColor,
                // Leave room for the "  12 | " gutter so excerpts do not wrap.
                MaxLineWidth = toStdout && terminal.StdoutIsTerminal ? Math.Max(40, terminal.Width - 10) : 100,
                ShowSummaryLine = !settings.Quiet,
                TableRendererFactory = toStdout && terminal.StdoutIsTerminal ? w => new SpectreTableRenderer(w, terminal) : null,
            });
            // Text on the console already shows "path: error: …"; anywhere else stderr is where a person sees it.
            bool echoErrors = !settings.Quiet && !(toStdout && settings.Format == "text");

            var summary = new RunSummary();
            var clock = Stopwatch.StartNew();
            foreach (var item in items)
            {
                var result = LintOne(linter, item, openStdin);
                summary.Add(result);
                writer.WriteDocument(result);
                if (result.Error is not null && echoErrors)
                {
                    stderr.WriteLine($"textlint: {result.Path}: {Program.OneLine(result.Error)}");
                    stderr.Flush();
                }
            }
            summary.Elapsed = clock.Elapsed;
            writer.Complete(summary);

            // Nothing could be read at all: that is a failed run, not a clean one.
            if (summary.FailedDocuments == summary.Documents) return Program.ExitFailure;
            return threshold is { } least && summary.CountAtOrAbove(least) > 0 ? Program.ExitFindings : Program.ExitClean;
        }
        finally
        {
            if (!toStdout) report.Dispose();
            else report.Flush();
        }
    }

    /// <summary>Configuration file first, then command-line flags: lists are added to, <c>--only</c> and <c>--no-default-dicts</c> override.</summary>
    internal static (LinterOptions Options, FailOn? FailOn) BuildOptions(string? configFile, string[] dictionaries, string[] allowlists, string[] only, bool noDefaultDictionaries)
    {
        var (options, failOn) = configFile is null ? (new LinterOptions(), (FailOn?)null) : ConfigFile.Load(configFile);
        foreach (var file in dictionaries) options.UserDictionaryFiles.Add(ExistingFile(file));
        foreach (var file in allowlists) options.AllowlistFiles.Add(ExistingFile(file));
        var prefixes = only.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (prefixes.Count > 0)
        {
            options.OnlyRulePrefixes.Clear();
            options.OnlyRulePrefixes.AddRange(prefixes);
        }
        if (noDefaultDictionaries) options.UseDefaultDictionaries = false;
        return (options, failOn);
    }

    private static string ExistingFile(string path) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new TextLintException($"{path}: no such file or directory");

    private static StreamWriter OpenReportFile(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TextLintException($"{path}: cannot write report: {e.Message}", e);
        }
    }

    private static DocumentResult LintOne(Linter linter, SourceItem item, Func<Stream> openStdin)
    {
        try
        {
            DocumentResult result;
            if (item.IsStdin)
            {
                using var input = openStdin();
                result = linter.LintBytes(item.DisplayPath, SourceReader.ReadAllBytes(item, input));
            }
            else if (item.FilePath is { } file)
            {
                result = linter.LintFile(file);
            }
            else
            {
                result = linter.LintBytes(item.DisplayPath, SourceReader.ReadAllBytes(item));
            }
            result = result.Path == item.DisplayPath ? result : result with { Path = item.DisplayPath };
            return result.Error is null ? result : result with { Error = WithoutPathPrefix(result.Error, item) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bad document never stops the batch (DESIGN.md decision 5): it becomes a per-file error.
            string message = e is TextLintException or IOException or UnauthorizedAccessException
                ? e.Message
                : $"internal error: {e.GetType().Name}: {e.Message}";
            return new DocumentResult { Path = item.DisplayPath, Error = WithoutPathPrefix(Program.OneLine(message), item) };
        }
    }

    // Core messages name the document ("a.txt: permission denied"); reports already print the path
    // in front of the error, so keep only the reason.
    private static string WithoutPathPrefix(string error, SourceItem item)
    {
        foreach (var name in new[] { item.DisplayPath, item.FilePath })
        {
            if (name is not null && error.StartsWith(name + ": ", StringComparison.Ordinal))
                return error[(name.Length + 2)..];
        }
        return error;
    }
}
