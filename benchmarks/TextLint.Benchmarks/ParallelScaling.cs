// Invariant: each round runs the same work once on one thread and then twice at once on two
// threads, back to back, so a drift of the shared machine's speed between rounds cancels out of
// that round's ratio.

using System.Diagnostics;
using TextLint.Core;

namespace TextLint.Benchmarks;

/// <summary>
/// How much faster two threads get through twice the work than one thread through the work, on
/// this machine, for work that shares nothing: the ceiling a parallel batch run can reach here.
/// </summary>
/// <remarks>
/// The batch target compares <c>--jobs 2</c> with <c>--jobs 1</c>. On a virtual machine whose two
/// cores slow each other down (shared caches, a host that runs other guests on the same physical
/// cores), no batch pipeline can beat what two independent threads doing the same linting get, so
/// this measures that figure, and the same for a loop that touches no memory, which shows how much
/// of the loss is the machine rather than the work.
/// </remarks>
public static class ParallelScaling
{
    /// <summary>Runs every workload for <paramref name="rounds"/> rounds and prints each round's scaling and the median.</summary>
    public static void Run(int rounds = 7, int pages = 1000)
    {
        // Every block linted, repeated or not: this measures what two threads get for the same work.
        var linter = new Linter(new LinterOptions { ReuseRepeatedBlocks = false });
        string[] html = Enumerable.Range(0, pages).Select(AuditPages.Page).ToArray();
        long characters = html.Sum(page => (long)page.Length);
        Console.WriteLine($"// {pages} audit pages ({characters:N0} chars) through Linter.LintHtml; a compute loop that stays in registers as the control");
        Console.WriteLine($"// scaling = 2 × (one thread's wall time) / (two threads' wall time for twice the work); 2.00 is perfect; {Environment.ProcessorCount} cores");

        string[] text = html.Select(page => string.Concat(page.Where(c => c >= '\u4E00' && c <= '\u9FFF' || c == '，' || c == '。'))).ToArray();
        var workloads = new (string Name, Func<long> Work)[]
        {
            ("LintHtml", () => LintAll(linter, html)),
            ("parse only", () => ParseAll(html)),
            ("Lint, text", () => LintTextAll(linter, text)),
            ("compute loop", () => Spin(300_000_000)),
        };
        foreach (var (_, work) in workloads) // warm-up: lazily loaded models, and tiered JIT's optimised code
            for (int i = 0; i < 3; i++) work();

        foreach (var (name, work) in workloads)
        {
            var scalings = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                double one = WallSeconds(1, work);
                double two = WallSeconds(2, work);
                scalings.Add(2 * one / two);
                Console.WriteLine($"{name,-14} round {round + 1}: one thread {one:F3} s, two threads {two:F3} s, scaling {2 * one / two:F2}");
            }
            scalings.Sort();
            Console.WriteLine($"{name,-14} median scaling {scalings[scalings.Count / 2]:F2} (range {scalings[0]:F2}–{scalings[^1]:F2})");
        }
    }

    private static long LintAll(Linter linter, string[] pages)
    {
        long findings = 0;
        foreach (string page in pages) findings += linter.LintHtml(page).Count;
        return findings;
    }

    private static long ParseAll(string[] pages)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        long nodes = 0;
        foreach (string page in pages)
            using (var document = parser.ParseDocument(page)) nodes += document.All.Length;
        return nodes;
    }

    private static long LintTextAll(Linter linter, string[] texts)
    {
        long findings = 0;
        foreach (string text in texts) findings += linter.Lint(text).Count;
        return findings;
    }

    /// <summary>An xorshift loop: integer work only, no memory traffic, no allocation.</summary>
    private static long Spin(int iterations)
    {
        ulong x = 88172645463325252UL;
        for (int i = 0; i < iterations; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        return (long)(x & 0xFFFF);
    }

    /// <summary>Wall seconds for <paramref name="threads"/> threads to each run <paramref name="work"/> once, started together.</summary>
    private static double WallSeconds(int threads, Func<long> work)
    {
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            work();
        })).ToList();
        foreach (var worker in workers) worker.Start();
        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var worker in workers) worker.Join();
        return clock.Elapsed.TotalSeconds;
    }
}
