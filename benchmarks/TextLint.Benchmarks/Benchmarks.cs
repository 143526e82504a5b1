// Invariant: setup (data generation, building) never happens inside a timed method except in
// BuildBenchmarks, whose subject is the build itself; scan benchmarks return the match count so
// the work cannot be optimised away and so results can be compared across engines.

using BenchmarkDotNet.Attributes;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Benchmarks;

/// <summary>Plain scan of a 4 M-char Chinese text, every overlapping match counted, unordered and in order.</summary>
[Config(typeof(ShortRunConfig))]
public class ScanBenchmarks
{
    private AhoCorasickAutomaton _automaton = null!;
    private string _text = null!;

    [Params(10_000, 100_000)]
    public int PatternCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new AhoCorasickBuilder();
        foreach (string pattern in BenchmarkData.Patterns(PatternCount)) builder.Add(pattern);
        _automaton = builder.Build();
        _text = BenchmarkData.PlainText();
        Console.WriteLine($"// {PatternCount} patterns: {_automaton.StateCount} states, {_automaton.SlotCount} slots, "
            + $"alphabet {_automaton.AlphabetSize}, {_automaton.MemoryBytes:N0} table bytes, {_automaton.CountMatches(_text):N0} matches");
    }

    /// <summary>Every match counted, in no particular order (the interleaved scan for a text this long).</summary>
    [Benchmark]
    public int Scan() => _automaton.CountMatches(_text);

    /// <summary>Every match counted through the single-stream scan that reports in order of end.</summary>
    [Benchmark]
    public int OrderedScan()
    {
        var sink = new CountingSink();
        _automaton.Scan(_text, ref sink);
        return sink.Count;
    }
}

/// <summary>
/// The same messy text (traditional characters, full-width letters, noise) scanned raw and
/// through <see cref="Normalizer.Normalize"/>; the ratio is the cost of normalising.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class NormalizedScanBenchmarks
{
    private AhoCorasickAutomaton _automaton = null!;
    private string _text = null!;
    private string _folded = null!;

    [Params(10_000, 100_000)]
    public int PatternCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var normalizer = Normalizer.Default;
        var builder = new AhoCorasickBuilder();
        foreach (string pattern in BenchmarkData.Patterns(PatternCount))
        {
            string folded = normalizer.FoldPattern(pattern);
            if (folded.Length > 0) builder.Add(folded);
        }
        _automaton = builder.Build();
        _text = BenchmarkData.NoisyText();
        using (var normalized = normalizer.Normalize(_text)) _folded = normalized.Folded.ToString();
        Console.WriteLine($"// {PatternCount} patterns: raw scan {_automaton.CountMatches(_text):N0} matches, "
            + $"normalized scan {_automaton.CountMatches(_folded):N0} matches over {_folded.Length:N0} folded chars");
    }

    [Benchmark(Baseline = true)]
    public int PlainScan() => _automaton.CountMatches(_text);

    [Benchmark]
    public int NormalizeAndScan()
    {
        using var normalized = Normalizer.Default.Normalize(_text);
        return _automaton.CountMatches(normalized.Folded);
    }

    /// <summary>Normalize alone, to split the cost of <see cref="NormalizeAndScan"/>.</summary>
    [Benchmark]
    public int NormalizeOnly()
    {
        using var normalized = Normalizer.Default.Normalize(_text);
        return normalized.Length;
    }
}

/// <summary>Compiling an automaton from scratch (builder filled inside the timed method).</summary>
[Config(typeof(ShortRunConfig))]
public class BuildBenchmarks
{
    private string[] _patterns = null!;

    [Params(10_000, 100_000)]
    public int PatternCount { get; set; }

    [GlobalSetup]
    public void Setup() => _patterns = BenchmarkData.Patterns(PatternCount);

    [Benchmark]
    public long Build()
    {
        var builder = new AhoCorasickBuilder();
        foreach (string pattern in _patterns) builder.Add(pattern);
        return builder.Build().MemoryBytes;
    }
}
