using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using TextLint.Core;
using TextLint.Core.Extraction;

namespace TextLint.Benchmarks;

/// <summary>
/// Where <see cref="Linter.LintHtml"/>'s time goes on the audit pages, measured rather than sampled:
/// each stage is timed cumulatively (parse only, extraction, lint with groups of rules turned off), with
/// the bytes allocated and gen0 collections per page. The differences between rows are the cost of each
/// stage (sampled profiles of this code lose frames and charge GC to whoever allocates). Stages take
/// turns round by round and the best round of each counts, so a busy spell on a shared machine
/// disturbs all stages alike instead of one.
/// </summary>
public static class HtmlLintBreakdown
{
    /// <summary>
    /// Prints the table for the first <paramref name="pages"/> audit pages (the last two rows: the default
    /// linter, and one that lints every block again where the default takes a repeated block's findings from
    /// its first occurrence on an earlier page); with <paramref name="onlyStage"/>
    /// (a row number from 1), runs only that stage, for a profiler to look at.
    /// </summary>
    public static void Run(int? onlyStage = null, int pages = 2000, int rounds = 9)
    {
        var sources = Enumerable.Range(0, pages).Select(AuditPages.Page).ToArray();
        long characters = sources.Sum(s => (long)s.Length);
        var plainParser = new HtmlParser();
        var referencingParser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var extractor = new HtmlExtractor();
        var treeExtractor = new HtmlExtractor { UseWellFormedReader = false };
        // Each round is a first sight of the pages: a linter forgets the blocks it met in the rounds before
        // (else every short block after the first round would be a repeat).
        var linters = new List<Linter>();
        Action<string> Make(string[] off, bool reuse = true)
        {
            var options = new LinterOptions { ReuseRepeatedBlocks = reuse };
            foreach (var id in off) options.RuleSeverities[id] = null;
            var linter = new Linter(options);
            linters.Add(linter);
            return s => linter.LintHtml(s);
        }
        string[] patternRules = ["privacy", "date", "numeral", "repeat", "punct"];
        var stages = new List<Stage>
        {
            new("AngleSharp parse only", s => plainParser.ParseDocument(s).Dispose()),
            new("parse, source refs, default services", s => referencingParser.ParseDocument(s).Dispose()),
            new("nesting-depth pre-scan", s => HtmlNesting.ExceedsDepth(s, extractor.MaxTreeNestingDepth)),
            new("Extract, always AngleSharp tree walk", s => treeExtractor.Extract(s)),
            new("HtmlExtractor.Extract", s => extractor.Extract(s)),
            new("LintHtml, dictionaries only", Make([.. patternRules, "typo.suspect", "typo.transposed", "missing-char", "extra-char", "typo.protected", "typo.division-parent"], reuse: false)),
            new("LintHtml, + protected phrases", Make([.. patternRules, "typo.suspect", "typo.transposed"], reuse: false)),
            new("LintHtml, + pattern rules", Make(["typo.suspect", "typo.transposed"], reuse: false)),
            new("LintHtml, + typo.transposed", Make(["typo.suspect"], reuse: false)),
            new("LintHtml (all rules), every block", Make([], reuse: false)),
            new("LintHtml (all rules)", Make([])),
        };
        if (onlyStage is { } only) stages = [stages[only - 1]];
        foreach (var stage in stages)
            foreach (var s in sources.Take(300)) stage.Work(s); // loads data, gets the code to its final tier
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < rounds; r++)
        {
            foreach (var stage in stages)
            {
                foreach (var linter in linters) linter.ForgetRepeatedBlocks();
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                int collections = GC.CollectionCount(0);
                var paused = GC.GetTotalPauseDuration();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                foreach (var s in sources) stage.Work(s);
                double wall = clock.Elapsed.TotalSeconds;
                process.Refresh();
                stage.Record(wall, (process.TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds,
                    GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - collections);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages} pages, {characters:N0} chars, best of {rounds} interleaved rounds, one thread"));
        // CPU time as well as wall time: on a shared machine the wall clock also counts the time other
        // processes hold the core.
        Console.WriteLine("stage                                wall s  CPU s  GC pause s  wall vs parse  KB alloc/page  gen0/1000 pages");
        double parse = stages[0].BestWall;
        foreach (var stage in stages)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage.Name,-36} {stage.BestWall,6:0.000} {stage.BestCpu,6:0.000} {stage.Pause,11:0.000} {stage.BestWall / parse,13:0.00}x {stage.Bytes / 1024.0 / pages,14:0.0} {stage.Gen0 * 1000.0 / pages,16:0.0}"));
        var everyBlock = stages.Count > 1 ? stages[^2] : stages[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lint / parse throughput: {parse / stages[^1].BestWall * 100:0.0} % (wall), {stages[0].BestCpu / stages[^1].BestCpu * 100:0.0} % (CPU); " +
            $"linting every block, repeated or not: {parse / everyBlock.BestWall * 100:0.0} % (wall), {stages[0].BestCpu / everyBlock.BestCpu * 100:0.0} % (CPU)"));
    }

    private sealed class Stage(string name, Action<string> work)
    {
        public string Name { get; } = name;
        public Action<string> Work { get; } = work;
        public double BestWall { get; private set; } = double.MaxValue;
        public double BestCpu { get; private set; } = double.MaxValue;
        public long Bytes { get; private set; }
        public int Gen0 { get; private set; }
        public double Pause { get; private set; }

        public void Record(double wall, double cpu, double pause, long bytes, int gen0)
        {
            BestCpu = Math.Min(BestCpu, cpu);
            if (wall >= BestWall) return;
            (BestWall, Pause, Bytes, Gen0) = (wall, pause, bytes, gen0);
        }
    }
}
