// Invariant: these figures are for orientation while tuning; the numbers to report come from the
// BenchmarkDotNet run. Each figure is the best of several runs in this one process, timed by the
// thread's own CPU clock where there is one, so other processes on a shared machine do not count.

using System.Diagnostics;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Benchmarks;

/// <summary>The <c>stats</c> subcommand: build time, table size, allocations and rough throughput.</summary>
public static class QuickStats
{
    public static void Run()
    {
        string text = BenchmarkData.PlainText();
        string noisy = BenchmarkData.NoisyText();
        Console.WriteLine(ThreadCpuClock.IsThreadTime
            ? "scan figures: best of 7, thread CPU time (time other processes hold the core is not counted)"
            : "scan figures: best of 7, wall time (no thread CPU clock on this system)");
        foreach (int count in new[] { 10_000, 100_000 })
        {
            string[] patterns = BenchmarkData.Patterns(count);
            AhoCorasickAutomaton automaton = null!;
            double buildSeconds = double.MaxValue;
            long allocated = 0;
            double firstBuildSeconds = 0;
            for (int run = 0; run < 5; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var builder = new AhoCorasickBuilder();
                foreach (string pattern in patterns) builder.Add(pattern);
                automaton = builder.Build();
                buildSeconds = Math.Min(buildSeconds, watch.Elapsed.TotalSeconds);
                if (run == 0) firstBuildSeconds = watch.Elapsed.TotalSeconds;
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            Console.WriteLine($"{count,7} patterns: build {buildSeconds * 1e3:F0} ms (first {firstBuildSeconds * 1e3:F0} ms), allocated {allocated / 1e6:F1} MB, "
                + $"tables {automaton.MemoryBytes / 1e6:F2} MB ({automaton.StateCount:N0} states in {automaton.SlotCount:N0} slots, alphabet {automaton.AlphabetSize:N0})");

            var first = Stopwatch.StartNew();
            automaton.CountMatches(text);
            Console.WriteLine($"         first scan of plain text: {text.Length / first.Elapsed.TotalSeconds / 1e6:F0} M chars/s");
            double scan = Best(() => automaton.CountMatches(text), out int matches);
            Console.WriteLine($"         scan plain text: {text.Length / scan / 1e6:F0} M chars/s, {matches:N0} matches");
            double ordered = Best(() =>
            {
                var sink = new CountingSink();
                automaton.Scan(text, ref sink);
                return sink.Count;
            }, out _);
            Console.WriteLine($"         ordered (single-stream) scan of plain text: {text.Length / ordered / 1e6:F0} M chars/s");
            double raw = Best(() => automaton.CountMatches(noisy), out _);
            double normalized = Best(() =>
            {
                using var folded = Normalizer.Default.Normalize(noisy);
                return automaton.CountMatches(folded.Folded);
            }, out int normalizedMatches);
            Console.WriteLine($"         noisy text: raw scan {noisy.Length / raw / 1e6:F0} M chars/s, normalize+scan {noisy.Length / normalized / 1e6:F0} M chars/s "
                + $"(ratio {normalized / raw:F2}), {normalizedMatches:N0} matches");
        }
    }

    /// <summary>
    /// The <c>kernels</c> subcommand: the unordered scan's kernels on the plain text, timed in
    /// alternation (one call of each per round) so that drift on a shared machine hits them alike;
    /// prints each kernel's best and median of <paramref name="rounds"/> rounds, for each pattern
    /// count (10,000 and 100,000 unless given), with the table's size and the kernel it gets by default.
    /// </summary>
    public static void CompareKernels(int rounds, IReadOnlyList<int> patternCounts)
    {
        string text = BenchmarkData.PlainText();
        var kernels = Enum.GetValues<AhoCorasickAutomaton.ScanKernel>();
        Console.WriteLine($"scan kernels, {rounds} alternating rounds, {(ThreadCpuClock.IsThreadTime ? "thread CPU time" : "wall time")}; M chars/s best (median)");
        foreach (int count in patternCounts.Count > 0 ? patternCounts : [10_000, 100_000])
        {
            var builder = new AhoCorasickBuilder();
            foreach (string pattern in BenchmarkData.Patterns(count)) builder.Add(pattern);
            AhoCorasickAutomaton automaton = builder.Build();
            int minimumChunk = Math.Max(AhoCorasickAutomaton.MinimumInterleavedChunk, 16 * automaton.MaxPatternLength);
            var seconds = kernels.Select(_ => new List<double>()).ToArray();
            var matches = new int[kernels.Length];
            for (int round = -1; round < rounds; round++)
                for (int k = 0; k < kernels.Length; k++)
                {
                    var sink = new CountingSink();
                    double start = ThreadCpuClock.Now();
                    automaton.ScanUnordered(text, ref sink, minimumChunk, kernels[k]);
                    double elapsed = ThreadCpuClock.Now() - start;
                    matches[k] = sink.Count;
                    if (round >= 0) seconds[k].Add(elapsed); // round -1 warms up
                }
            long tableKilobytes = (long)automaton.SlotCount * AhoCorasickAutomaton.SlotSize / 1024;
            Console.Write($"{count,7} patterns ({tableKilobytes:N0} KB, default {automaton.DefaultKernel}):");
            for (int k = 0; k < kernels.Length; k++)
            {
                seconds[k].Sort();
                Console.Write($"  {kernels[k]} {text.Length / seconds[k][0] / 1e6:F0} ({text.Length / seconds[k][rounds / 2] / 1e6:F0})");
            }
            Console.WriteLine(matches.Distinct().Count() == 1 ? $"  [{matches[0]:N0} matches]" : $"  MATCH COUNTS DIFFER: {string.Join(", ", matches)}");
        }
    }

    private static double Best(Func<int> action, out int result) => ThreadCpuClock.BestOf(7, action, out result);
}
