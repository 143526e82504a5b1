// Invariant: each build is loaded into a load context of its own, so both run in this one process
// with their own statics (caches, per-thread scratch); only the inputs and the data files next to
// this program are shared. Rounds alternate which build goes first.

using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace TextLint.Benchmarks;

/// <summary>
/// The <c>compare-builds</c> subcommand: two builds of TextLint.Core (e.g. a branch's and the commit
/// before it, each a <c>bin/Release/net10.0</c> folder of this project) side by side in one process,
/// round by round, on the thread CPU clock. On a shared machine whose speed drifts between runs this
/// is the comparison to trust: a busy spell slows both builds alike.
/// </summary>
public static class CompareBuilds
{
    /// <summary>
    /// What each round runs: <c>html</c> (LintHtml over 1,000 audit pages), <c>gov</c> (Lint over 2 M
    /// chars of gov text), each also as <c>…-nosuspect</c>, and <c>suspect</c> (SuspectDetector.Find
    /// alone over the gov text, for changes to that rule: the whole lint would hide them in its noise).
    /// </summary>
    public static readonly string[] Workloads = ["html", "html-nosuspect", "gov", "gov-nosuspect", "suspect"];

    /// <summary>Prints min and median seconds per round of <paramref name="workload"/> for the builds in <paramref name="folderA"/> and <paramref name="folderB"/>.</summary>
    public static void Run(string workload, string folderA, string folderB, int rounds = 21)
    {
        if (!Workloads.Contains(workload)) throw new ArgumentException($"workload must be one of: {string.Join(", ", Workloads)}");
        bool html = workload.StartsWith("html", StringComparison.Ordinal);
        bool suspect = !workload.EndsWith("-nosuspect", StringComparison.Ordinal);
        string[] inputs = html ? [.. Enumerable.Range(0, 1000).Select(AuditPages.Page)] : [GovText.Text(GovText.LongLength)];
        var builds = new[] { folderA, folderB }.Select(folder => workload == "suspect" ? MakeSuspectFinder(folder) : MakeLinter(folder, html, suspect, inputs)).ToArray();
        foreach (var lint in builds) Round(lint, inputs); // loads data, gets the code to its final tier
        var seconds = new[] { new List<double>(), new List<double>() };
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < 2; k++)
            {
                int b = r % 2 == 0 ? k : 1 - k;
                double start = ThreadCpuClock.Now();
                Round(builds[b], inputs);
                seconds[b].Add(ThreadCpuClock.Now() - start);
            }
        }
        string[] names = ["A", "B"];
        for (int b = 0; b < 2; b++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[b]} {workload}: min {seconds[b].Min():0.000} s, median {Median(seconds[b]):0.000} s ({rounds} rounds, thread CPU time)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B / A: min {seconds[1].Min() / seconds[0].Min():0.00}, median {Median(seconds[1]) / Median(seconds[0]):0.00}"));
    }

    private static void Round(Func<string, object> lint, string[] inputs)
    {
        foreach (var input in inputs) lint(input);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>A default linter of the build in <paramref name="folder"/> (typo.suspect off unless <paramref name="suspect"/>), as a delegate.</summary>
    private static Func<string, object> MakeLinter(string folder, bool html, bool suspect, string[] inputs)
    {
        var core = LoadCore(folder);
        var optionsType = core.GetType("TextLint.Core.LinterOptions", throwOnError: true)!;
        object options = Activator.CreateInstance(optionsType)!;
        if (!suspect) ((IDictionary)optionsType.GetProperty("RuleSeverities")!.GetValue(options)!)["typo.suspect"] = null;
        var linterType = core.GetType("TextLint.Core.Linter", throwOnError: true)!;
        object linter = Activator.CreateInstance(linterType, options)!;
        var lint = linterType.GetMethod(html ? "LintHtml" : "Lint", [typeof(string)])!.CreateDelegate<Func<string, object>>(linter);
        // A build that keeps repeated blocks forgets them when the inputs come round again: each round is
        // a first sight of them, as in the build before it.
        var forget = linterType.GetMethod("ForgetRepeatedBlocks", BindingFlags.Instance | BindingFlags.NonPublic);
        if (forget is null) return lint;
        string first = inputs[0];
        return input =>
        {
            if (ReferenceEquals(input, first)) forget.Invoke(linter, null);
            return lint(input);
        };
    }

    /// <summary>The build in <paramref name="folder"/>'s <c>SuspectDetector.Default.Find</c>, as a delegate over strings.</summary>
    private static Func<string, object> MakeSuspectFinder(string folder)
    {
        var core = LoadCore(folder);
        var detectorType = core.GetType("TextLint.Core.Rules.Suspect.SuspectDetector", throwOnError: true)!;
        object detector = detectorType.GetProperty("Default")!.GetValue(null)!;
        var find = detectorType.GetMethod("Find", [typeof(ReadOnlySpan<char>)])!.CreateDelegate<SpanFunction>(detector);
        return text => find(text);
    }

    /// <summary>TextLint.Core of the build in <paramref name="folder"/>, in a load context of its own.</summary>
    private static Assembly LoadCore(string folder)
    {
        folder = Path.GetFullPath(folder);
        return new FolderLoadContext(folder).LoadFromAssemblyPath(Path.Combine(folder, "TextLint.Core.dll"));
    }

    /// <summary>A method over a span (<c>Find</c>) that returns a reference type.</summary>
    private delegate object SpanFunction(ReadOnlySpan<char> text);

    /// <summary>Loads TextLint.Core and the libraries it ships with from one build folder; the framework comes from the default context.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        private static readonly string[] OwnAssemblies = ["TextLint.Core", "AngleSharp", "JiebaNet.Segmenter", "JiebaNet.Analyser", "Newtonsoft.Json"];

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || !OwnAssemblies.Contains(name.Name)) return null;
            string path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
