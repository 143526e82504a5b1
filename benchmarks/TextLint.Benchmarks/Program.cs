// TextLint benchmarks.
//
// Run all BenchmarkDotNet benchmarks (short job: a few minutes on 2 cores):
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- --filter '*'
// One class only, e.g.:
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- --filter '*ScanBenchmarks*'
// Quick figures without BenchmarkDotNet (build time, table size, allocations, rough throughput):
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- stats
// The unordered scan's kernels (one prefetching stream, three branch-free streams, AVX2 gathered) timed in alternation, best and median of N rounds:
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- kernels [N [PATTERN_COUNT...]]
// Audit benchmarks (see docs/audit.md): 10,000 generated government pages in a tar.gz for whole-process
// --jobs 1 vs --jobs 2 timing, and HTML lint vs AngleSharp parse-only throughput on the same pages:
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- gen-pages /tmp/pages.tar.gz
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- html-vs-parse
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- html-breakdown [ROW]   (time per stage; ROW: that stage only, to profile)
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- --filter '*HtmlLintVsParse*'
// What two threads get on this machine for twice the work of one (the ceiling for --jobs 2 vs --jobs 1):
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- parallel-scaling [ROUNDS]
// Linter.Lint over 2 M chars of clean government text (samples/gov-clean.html), with and without typo.suspect:
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- --filter '*LintGovText*'
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- suspect-stats   (quick best-of-N)
// Two builds side by side in one process (folders of this project's build output, e.g. of a branch and
// of the commit before it, built from `git archive` copies), rounds alternated; WORKLOAD is html, gov,
// html-nosuspect, gov-nosuspect or suspect (SuspectDetector.Find alone over the gov text):
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- compare-builds WORKLOAD DIR_A DIR_B [ROUNDS]
// Write the benchmark inputs to files (100,000 terms, one per line, and a 4,000,000-char text)
// for whole-process comparisons, e.g. with ripgrep:
//   dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- gen-data /tmp/tl-data
//   time rg -F -o -f /tmp/tl-data/terms-100k.txt /tmp/tl-data/text-4m.txt | wc -l
//   (ripgrep reports leftmost non-overlapping matches; TextLint reports every overlapping one.)
//
// Inputs are sampled by frequency from jieba's dict.txt (found through $JIEBA_DICT,
// $NUGET_PACKAGES or ~/.nuget/packages after 'dotnet restore') with fixed seeds; see BenchmarkData.

using System.Text;
using BenchmarkDotNet.Running;
using TextLint.Benchmarks;

switch (args.FirstOrDefault())
{
    case "gen-data":
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: gen-data OUTDIR");
            return 2;
        }
        GenerateData(args[1]);
        return 0;
    case "stats":
        QuickStats.Run();
        return 0;
    case "kernels":
        QuickStats.CompareKernels(args.Length > 1 ? int.Parse(args[1]) : 20, args.Skip(2).Select(int.Parse).ToArray());
        return 0;
    case "gen-pages":
        if (args.Length is < 2 or > 3)
        {
            Console.Error.WriteLine("usage: gen-pages OUT.tar.gz [COUNT]");
            return 2;
        }
        long written = AuditPages.WriteArchive(args[1], args.Length == 3 ? int.Parse(args[2]) : AuditPages.DefaultCount);
        Console.WriteLine($"wrote {args[1]}: {written:N0} characters of page source");
        return 0;
    case "suspect-stats":
        GovText.QuickStats();
        return 0;
    case "html-vs-parse":
        AuditPages.CompareWithParser();
        return 0;
    case "compare-builds":
        if (args.Length is < 4 or > 5 || !CompareBuilds.Workloads.Contains(args[1]))
        {
            Console.Error.WriteLine($"usage: compare-builds {string.Join('|', CompareBuilds.Workloads)} DIR_A DIR_B [ROUNDS]");
            return 2;
        }
        CompareBuilds.Run(args[1], args[2], args[3], args.Length == 5 ? int.Parse(args[4]) : 21);
        return 0;
    case "html-breakdown":
        HtmlLintBreakdown.Run(args.Length > 1 ? int.Parse(args[1]) : null);
        return 0;
    case "parallel-scaling":
        ParallelScaling.Run(args.Length > 1 ? int.Parse(args[1]) : 7);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ScanBenchmarks).Assembly).Run(args);
        return 0;
}

static void GenerateData(string outputDirectory)
{
    Directory.CreateDirectory(outputDirectory);
    var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    string terms = Path.Combine(outputDirectory, "terms-100k.txt");
    File.WriteAllLines(terms, BenchmarkData.Patterns(100_000), utf8);
    string text = Path.Combine(outputDirectory, "text-4m.txt");
    File.WriteAllText(text, BenchmarkData.PlainText(), utf8);
    string noisy = Path.Combine(outputDirectory, "text-4m-noisy.txt");
    File.WriteAllText(noisy, BenchmarkData.NoisyText(), utf8);
    Console.WriteLine($"wrote {terms}, {text} and {noisy}");
}
