using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextLint.Core;
using TextLint.Core.Batch;
using TextLint.Core.Fixing;
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
        var config = new ConfigOptions("YAML 配置文件；命令行选项追加到或覆盖配置；不给时从当前文件夹向上查找 textlint.yml (YAML config file; flags add to or override it; default: textlint.yml here or above)");
        var noDefaultDicts = new Option<bool>("--no-default-dicts")
        {
            Description = "不加载内置词表，只用 --dict 给出的词表 (do not load the built-in lists)",
        };
        var stdinFilename = new Option<string?>("--stdin-filename")
        {
            Description = "标准输入（-）在报告中的文件名，扩展名决定按网页还是文本检查 (name of the document read from -; its extension picks HTML or text)",
            HelpName = "NAME",
        };
        var noInlineDisable = new Option<bool>("--no-inline-disable")
        {
            Description = "忽略文档中的 <!-- textlint-disable --> 注释，全部报告（审计用）(ignore the documents' textlint-disable comments)",
        };
        var maxFindingsPerRule = new Option<int?>("--max-findings-per-rule")
        {
            Description = $"每个文档每条规则最多报告的问题数，达到后该规则在此文档停止检查；0 为不限，默认 {LinterOptions.DefaultMaxFindingsPerRule} (most findings per rule and document; 0: no limit)",
            HelpName = "N",
        };
        maxFindingsPerRule.Validators.Add(r => { if (r.GetValueOrDefault<int?>() < 0) r.AddError("--max-findings-per-rule must be 0 (no limit) or more"); });
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "不输出汇总行，也不在标准错误上重复文件错误 (no summary line, no per-file errors on stderr)",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "并行检查的线程数，默认为 CPU 核数 (documents linted in parallel; default: cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var include = new Option<string[]>("--include")
        {
            Description = "只检查路径匹配这些通配符的文档，可重复 (only entries matching GLOB, repeatable), e.g. '*.html' 'news/**'",
            HelpName = "GLOB",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "跳过路径匹配这些通配符的文档，可重复 (skip entries matching GLOB, repeatable)",
            HelpName = "GLOB",
        };
        var maxEntryBytes = new Option<string?>("--max-entry-bytes")
        {
            Description = "单个文档（文件、压缩包条目、网页记录）的最大字节数，默认 64MB (largest single document)",
            HelpName = "SIZE",
        };
        var maxTotalBytes = new Option<string?>("--max-total-bytes")
        {
            Description = "每个压缩包最多解压的字节数，默认 16GB (most bytes decompressed per archive)",
            HelpName = "SIZE",
        };
        var maxEntries = new Option<int?>("--max-entries")
        {
            Description = "每个压缩包最多读取的条目数，默认 1000000 (most entries read per archive)",
            HelpName = "N",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "忽略上次 JSON/SARIF 报告中已记录的问题，只报告新问题 (suppress findings recorded in an earlier JSON/SARIF report)",
            HelpName = "FILE",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "自动修正 .txt/.md 文件中唯一建议的错别字（原子写入）(apply unambiguous typo fixes to .txt/.md files)",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "与 --fix 一起使用：不写文件，输出统一格式 diff (with --fix: print a unified diff instead of writing)",
        };
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "不显示进度 (no progress display on stderr)",
        };

        var command = new Command("check", "检查文件、文件夹、压缩包、网页存档或标准输入，输出报告 (lint files, folders, archives or stdin and write a report)")
        {
            paths, format, output, failOn, dict, allow, only, noDefaultDicts, quiet,
            jobs, include, exclude, maxEntryBytes, maxTotalBytes, maxEntries, baseline, fix, dryRun, noProgress,
        };
        config.AddTo(command);
        command.Options.Add(protect);
        command.Options.Add(noInlineDisable);
        command.Options.Add(stdinFilename);
        command.Options.Add(maxFindingsPerRule);
        command.SetAction(parse => Execute(new CheckSettings(
            Paths: parse.GetValue(paths) ?? [],
            Format: parse.GetValue(format) ?? "text",
            OutputFile: parse.GetValue(output),
            FailOn: parse.GetValue(failOn),
            Dictionaries: parse.GetValue(dict) ?? [],
            Allowlists: parse.GetValue(allow) ?? [],
            Only: parse.GetValue(only) ?? [],
            ConfigFile: config.Resolve(parse),
            NoDefaultDictionaries: parse.GetValue(noDefaultDicts),
            Quiet: parse.GetValue(quiet))
        {
            Jobs = parse.GetValue(jobs),
            Include = parse.GetValue(include) ?? [],
            Exclude = parse.GetValue(exclude) ?? [],
            MaxEntryBytes = ByteSize.Parse(parse.GetValue(maxEntryBytes), "--max-entry-bytes", SourceOptions.DefaultMaxEntryBytes),
            MaxTotalBytes = ByteSize.Parse(parse.GetValue(maxTotalBytes), "--max-total-bytes", SourceOptions.DefaultMaxTotalBytes),
            MaxEntries = parse.GetValue(maxEntries) is { } n ? (n > 0 ? n : throw new TextLintException("--max-entries must be at least 1")) : SourceOptions.DefaultMaxEntries,
            Baseline = parse.GetValue(baseline),
            Fix = parse.GetValue(fix),
            DryRun = parse.GetValue(dryRun),
            NoProgress = parse.GetValue(noProgress),
            ProtectedPhrases = parse.GetValue(protect) ?? [],
            NoInlineDisable = parse.GetValue(noInlineDisable),
            StdinFilename = parse.GetValue(stdinFilename),
            MaxFindingsPerRule = parse.GetValue(maxFindingsPerRule),
        }, openStdin, stdout, stderr, terminal));
        return command;
    }

    private sealed record CheckSettings(
        string[] Paths, string Format, string? OutputFile, string? FailOn, string[] Dictionaries, string[] Allowlists,
        string[] Only, string? ConfigFile, bool NoDefaultDictionaries, bool Quiet)
    {
        public int Jobs { get; init; } = Environment.ProcessorCount;
        public string[] Include { get; init; } = [];
        public string[] Exclude { get; init; } = [];
        public long MaxEntryBytes { get; init; } = SourceOptions.DefaultMaxEntryBytes;
        public long MaxTotalBytes { get; init; } = SourceOptions.DefaultMaxTotalBytes;
        public int MaxEntries { get; init; } = SourceOptions.DefaultMaxEntries;
        public string? Baseline { get; init; }
        public bool Fix { get; init; }
        public bool DryRun { get; init; }
        public bool NoProgress { get; init; }
        public string[] ProtectedPhrases { get; init; } = [];
        public bool NoInlineDisable { get; init; }
        public string? StdinFilename { get; init; }
        public int? MaxFindingsPerRule { get; init; }
    }

    /// <summary>Exit code when the run was interrupted (Ctrl+C); the report written so far is complete and valid, but partial.</summary>
    public const int ExitInterrupted = 130;

    /// <summary>Set by tests (on the thread that runs the command) to cancel a run from inside, as Ctrl+C would, after this many documents.</summary>
    [ThreadStatic] internal static int? CancelAfterDocumentsForTests;

    private static int Execute(CheckSettings settings, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, TerminalInfo terminal)
    {
        var (options, failOn) = BuildOptions(settings.ConfigFile, settings.Dictionaries, settings.Allowlists, settings.Only, settings.NoDefaultDictionaries);
        foreach (var file in settings.ProtectedPhrases) options.ProtectedPhraseFiles.Add(ExistingFile(file));
        if (settings.NoInlineDisable) options.InlineDirectives = false;
        if (settings.MaxFindingsPerRule is { } cap) options.MaxFindingsPerRule = cap;
        if (settings.FailOn is not null && FailOnNames.TryParse(settings.FailOn, out var fromFlag)) failOn = fromFlag;
        var threshold = (failOn ?? FailOn.Error).Threshold();
        if (settings.DryRun && !settings.Fix) throw new TextLintException("--dry-run only works with --fix");
        if (settings.StdinFilename is not null && !settings.Paths.Contains("-"))
            throw new TextLintException("--stdin-filename names standard input: give - among the inputs");

        // Check everything that can be wrong with the invocation before any work or any file is created.
        if (settings.OutputFile is { } outputFile)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(outputFile)) ?? ".";
            if (!Directory.Exists(folder))
                throw new TextLintException($"{outputFile}: cannot write report: folder '{folder}' does not exist");
            if (Directory.Exists(outputFile))
                throw new TextLintException($"{outputFile}: cannot write report: is a folder");
        }
        var inputProgress = new InputProgress();
        var sourceOptions = new SourceOptions
        {
            MaxEntryBytes = settings.MaxEntryBytes,
            MaxTotalBytes = settings.MaxTotalBytes,
            MaxEntries = settings.MaxEntries,
            Filter = new EntryFilter(settings.Include, settings.Exclude),
            Progress = inputProgress,
            ReportFile = settings.OutputFile,
            StdinName = settings.StdinFilename is { Length: > 0 } stdinName ? stdinName : null,
        };
        var sources = DocumentSources.Open(settings.Paths, sourceOptions, openStdin);
        // Folders alone that hold nothing to check: say so before creating a report.
        if (settings.Paths.All(Directory.Exists) && sources.OfType<FolderDocumentSource>().All(f => !f.HasDocuments()))
            throw new TextLintException($"no documents to check in {string.Join(", ", settings.Paths)}");
        // The lexicon and the typo model take about as long to load as the linter takes to build:
        // load them on the second core meanwhile, so the first hit that needs them does not wait.
        Linter.PreloadSharedDataInBackground();
        var baseline = settings.Baseline is null ? null : Baseline.Load(settings.Baseline);
        var linter = new Linter(options);

        bool toStdout = settings.OutputFile is null;
        // A dry run's diff owns standard output; the report then goes only to --output.
        bool writeReport = !(settings.DryRun && toStdout);
        TextWriter report = !writeReport ? TextWriter.Null : toStdout ? stdout : OpenReportFile(settings.OutputFile!);
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl+C stops the run and keeps what was checked; a second one ends the process.
            if (cancellation.IsCancellationRequested) return;
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
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
            bool echoErrors = !settings.Quiet && !(toStdout && writeReport && settings.Format == "text");
            bool showProgress = !settings.Quiet && !settings.NoProgress && terminal.StderrIsTerminal
                                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

            var summary = new RunSummary();
            var fixes = new FixTally();
            var clock = Stopwatch.StartNew();
            var pipeline = new BatchPipeline(document => DocumentProcessor.Process(linter, document), settings.Jobs);
            using var progress = showProgress ? new ProgressDisplay(InputSizes(settings.Paths), inputProgress, summary, clock) : null;
            int? cancelAfter = CancelAfterDocumentsForTests;

            void OnResult(DocumentResult result, SourceDocument source)
            {
                if (baseline is not null) result = baseline.Apply(result);
                summary.Add(result);
                writer.WriteDocument(result);
                if (result.Error is not null && echoErrors)
                {
                    string line = $"textlint: {result.Path}: {Program.OneLine(result.Error)}";
                    if (progress is not null) progress.WriteLine(line);
                    else { stderr.WriteLine(line); stderr.Flush(); }
                }
                if (settings.Fix && TextFixer.IsFixable(result, source.FilePath))
                {
                    var outcome = TextFixer.Fix(result, source.FilePath!, settings.DryRun);
                    fixes.Add(outcome);
                    if (outcome.Skipped is not null && !settings.Quiet) stderr.WriteLine($"textlint: {result.Path}: not fixed: {outcome.Skipped}");
                    else if (settings.DryRun && outcome.NewText is not null)
                    {
                        stdout.Write(UnifiedDiff.Create(result.Path, result.Source!, outcome.NewText));
                        stdout.Flush();
                    }
                }
                progress?.Update();
                if (cancelAfter is { } limit && summary.Documents >= limit) cancellation.Cancel();
            }

            var outcome = progress is null
                ? pipeline.Run(sources, OnResult, cancellation.Token)
                : progress.Run(() => pipeline.Run(sources, OnResult, cancellation.Token));
            summary.Elapsed = clock.Elapsed;
            summary.Cancelled = outcome.Cancelled;
            writer.Complete(summary);

            if (!settings.Quiet && (ReportWriters.IsMachineFormat(settings.Format) || !writeReport || outcome.Cancelled))
            {
                stderr.WriteLine(BatchSummaryLine(summary));
            }
            if (settings.Fix && !settings.Quiet) stderr.WriteLine(fixes.Line(settings.DryRun));
            stderr.Flush();

            if (outcome.Cancelled)
            {
                stderr.WriteLine("textlint: interrupted; the report covers the documents checked so far");
                return ExitInterrupted;
            }
            if (summary.Documents == 0)
                throw new TextLintException($"no documents to check in {string.Join(", ", settings.Paths)}");
            // Nothing could be read at all: that is a failed run, not a clean one.
            if (summary.FailedDocuments == summary.Documents) return Program.ExitFailure;
            return threshold is { } least && summary.CountAtOrAbove(least) > 0 ? Program.ExitFindings : Program.ExitClean;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            if (writeReport && !toStdout) report.Dispose();
            else report.Flush();
        }
    }

    /// <summary>The end-of-run line for batch runs: documents, characters, findings by severity and category, errors, suppressed, time and speed.</summary>
    internal static string BatchSummaryLine(RunSummary summary)
    {
        string? byCategory = summary.ByCategory.Count == 0 ? null
            : $"（{string.Join("，", summary.ByCategory.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")))}）";
        var line = new StringBuilder("汇总：");
        line.Append(TextReportWriter.FormatSummaryLine(summary, byCategory));
        line.Append(CultureInfo.InvariantCulture, $"，{summary.Characters:#,0} 个字符，用时 {summary.Elapsed.TotalSeconds:0.00} 秒，{summary.CharactersPerSecond:#,0} 字/秒");
        if (summary.Cancelled) line.Append("，已中断");
        return line.ToString();
    }

    /// <summary>Bytes the inputs hold (files' sizes, folders' text files), for the progress bar; 0 when unknown (stdin).</summary>
    private static long InputSizes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                if (File.Exists(path)) total += new FileInfo(path).Length;
                else if (Directory.Exists(path))
                    foreach (var item in InputExpander.Expand([path])) total += new FileInfo(item.FilePath!).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return total;
    }

    /// <summary>Counts of fixes over a run.</summary>
    private sealed class FixTally
    {
        private int _edits, _files, _skipped;
        public void Add(FixOutcome outcome)
        {
            if (outcome.Skipped is not null) _skipped++;
            if (outcome.Edits.Count == 0) return;
            _edits += outcome.Edits.Count;
            _files++;
        }
        public string Line(bool dryRun) => dryRun
            ? string.Create(CultureInfo.InvariantCulture, $"可自动修正 {_edits} 处，涉及 {_files} 个文件（--dry-run，未写入）") + (_skipped > 0 ? $"，{_skipped} 个文件未修正" : "")
            : string.Create(CultureInfo.InvariantCulture, $"已修正 {_edits} 处，涉及 {_files} 个文件") + (_skipped > 0 ? $"，{_skipped} 个文件未修正" : "");
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
}
