// Invariant: every benchmark class uses this one short job, so a full run stays within minutes
// on a shared 2-core machine; extra columns only read results, they never change what is timed.

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TextLint.Core.Matching;

namespace TextLint.Benchmarks;

/// <summary>
/// One launch, 2 warm-ups, 8 measured iterations of ~0.25 s; memory diagnoser; min and median
/// (robust when other processes share the cores); throughput and table-size columns.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithId("Short")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddColumn(new CharsPerSecondColumn(), new TableSizeColumn());
        HideColumns(Column.Error);
    }
}

/// <summary>Throughput of scan benchmarks: <see cref="BenchmarkData.TextLength"/> chars divided by the median time.</summary>
public sealed class CharsPerSecondColumn : IColumn
{
    public string Id => nameof(CharsPerSecondColumn);
    public string ColumnName => "M chars/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Millions of UTF-16 code units per second (the text's length / median: 4,000,000 for scans, 2,000,000 or 1,000 for LintGovText)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type == typeof(BuildBenchmarks) || benchmarkCase.Descriptor.Type == typeof(HtmlLintVsParseBenchmarks))
            return "-";
        long length = BenchmarkData.TextLength;
        if (benchmarkCase.Descriptor.Type == typeof(LintGovTextBenchmarks))
            length = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(LintGovTextBenchmarks.LintPost) ? GovText.PostLength : GovText.LongLength;
        double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        return medianNs is > 0 ? (length / medianNs.Value * 1e3).ToString("F1") : "?";
    }
}

/// <summary>The compiled automaton's <see cref="AhoCorasickAutomaton.MemoryBytes"/> for the case's pattern count (built in the host process).</summary>
public sealed class TableSizeColumn : IColumn
{
    private static readonly Dictionary<int, long> s_bytes = new();

    public string Id => nameof(TableSizeColumn);
    public string ColumnName => "Tables MB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "AhoCorasickAutomaton.MemoryBytes of the automaton the case scans with or builds, in MB (10^6 bytes)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        object? count = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "PatternCount")?.Value;
        if (count is not int patternCount)
            return "-";
        lock (s_bytes)
        {
            if (!s_bytes.TryGetValue(patternCount, out long bytes))
            {
                var builder = new AhoCorasickBuilder();
                foreach (string pattern in BenchmarkData.Patterns(patternCount)) builder.Add(pattern);
                s_bytes[patternCount] = bytes = builder.Build().MemoryBytes;
            }
            return (bytes / 1e6).ToString("F2");
        }
    }
}
