// TextLint evaluation harness: located sentence-level detection on public spelling-check sets.
//
//   dotnet run -c Release --project tools/TextLint.Eval -- [--data ../shared/eval] [--rules PREFIX,...]
//       [--set NAME[,NAME]] [--show-fp N] [--show-fn N] [--show-tp N] [--list-severity info|warning]
//       [--dump-suspects FILE]   (typo.suspect tuning: every scored replacement with its features, as TSV)
//
// Sets: odw-test, odw-train (ECSpell official documents), sighan15-simp, sighan15-trad. --set takes
// names or prefixes (--set odw, --set sighan15-trad). Scoring is defined in shared/eval/README.md
// and implemented in Scoring.cs; every set is scored twice: counting every finding ("any") and
// counting only warning and error findings ("warning+"), because info findings are advice the
// user may ignore and a publishing gate blocks on warning+. Tune on odw-train only.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextLint.Core;
using TextLint.Core.Findings;
using TextLint.Eval;

return EvalProgram.Run(args);

internal static class EvalProgram
{
    private sealed record Options(string? Data, List<string> Rules, List<string> Sets, int ShowFp, int ShowFn, int ShowTp, Severity ListSeverity)
    {
        public string? DumpSuspects { get; init; }
    }

    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Options options;
        try { options = Parse(args); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("usage: TextLint.Eval [--data DIR] [--rules PREFIX,...] [--set NAME,...] [--show-fp N] [--show-fn N] [--show-tp N] [--list-severity info|warning]");
            return 2;
        }

        string? data = DataLocator.Locate(options.Data);
        if (data is null)
        {
            Console.Error.WriteLine($"evaluation data not found: pass --data DIR or set {DataLocator.EnvironmentVariable} (looked for shared/eval above the current folder and the tool)");
            return 2;
        }

        var selected = EvalSets.Known.Where(s => options.Sets.Count == 0 || options.Sets.Any(p => s.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
        if (selected.Count == 0)
        {
            Console.Error.WriteLine($"no set matches {string.Join(",", options.Sets)}; sets: {string.Join(", ", EvalSets.Known.Select(s => s.Name))}");
            return 2;
        }

        if (options.DumpSuspects is { } dumpPath)
        {
            SuspectDump.Write(selected.Select(s => s.Load(data)), dumpPath);
            Console.WriteLine($"wrote {dumpPath}");
            return 0;
        }

        var linterOptions = new LinterOptions();
        linterOptions.OnlyRulePrefixes.AddRange(options.Rules);
        var buildClock = Stopwatch.StartNew();
        var linter = new Linter(linterOptions);
        linter.Lint("预热：加载词典。"); // warm-up, so the first set's throughput is not start-up time
        Console.WriteLine($"data: {data}");
        Console.WriteLine($"rules: {(options.Rules.Count == 0 ? "all (default options)" : string.Join(",", options.Rules))}; linter built in {buildClock.ElapsedMilliseconds} ms");
        Console.WriteLine("scoring: located sentence-level detection (shared/eval/README.md); 'any' counts every finding, 'warning+' only warning and error");
        Console.WriteLine();

        var summary = new List<(string Set, Score Any, Score Warn, double CharsPerSecond)>();
        foreach (var (name, load) in selected)
        {
            var set = load(data);
            var clock = Stopwatch.StartNew();
            var findings = new IReadOnlyList<Finding>[set.Sentences.Count];
            for (int i = 0; i < findings.Length; i++) findings[i] = linter.Lint(set.Sentences[i].Text);
            double seconds = clock.Elapsed.TotalSeconds;
            long chars = set.Sentences.Sum(s => (long)s.Text.Length);

            var any = new Score(Severity.Info);
            var warn = new Score(Severity.Warning);
            var outcomes = new Outcome[findings.Length];
            var listOutcomes = new Outcome[findings.Length];
            for (int i = 0; i < findings.Length; i++)
            {
                var scored = findings[i].Select(ToScored).ToList();
                outcomes[i] = any.Add(set.Sentences[i], scored);
                var w = warn.Add(set.Sentences[i], scored);
                listOutcomes[i] = options.ListSeverity == Severity.Info ? outcomes[i] : w;
            }
            summary.Add((name, any, warn, chars / Math.Max(seconds, 1e-9)));

            Console.WriteLine($"== {name}: {set.Sentences.Count} sentences, {any.ErrorSentences} with errors, {any.CleanSentences} clean; {chars:N0} chars linted in {seconds:F2} s");
            if (set.Skipped.Count > 0) Console.WriteLine($"  skipped {set.Skipped.Count} line(s) whose source and target differ in length: {string.Join(", ", set.Skipped)}");
            PrintScore("any", any);
            PrintScore("warning+", warn);
            PrintRules(any, "any");
            if (warn.Rules.Count > 0 && !SameRuleCounts(any, warn)) PrintRules(warn, "warning+");
            Listing(set, findings, listOutcomes, options.ShowFp, "FP", o => o is Outcome.FalseAlarm or Outcome.Misplaced, options.ListSeverity);
            Listing(set, findings, listOutcomes, options.ShowFn, "FN", o => o is Outcome.Missed or Outcome.Misplaced, options.ListSeverity);
            Listing(set, findings, listOutcomes, options.ShowTp, "TP", o => o is Outcome.TruePositive, options.ListSeverity);
            Console.WriteLine();
        }

        Console.WriteLine("== summary (P/R/F1/FPR)");
        Console.WriteLine($"{"set",-15} {"any",-32} {"warning+",-32} {"chars/s",10}");
        foreach (var (set, any, warn, cps) in summary)
            Console.WriteLine($"{set,-15} {Brief(any),-32} {Brief(warn),-32} {cps,10:N0}");
        return 0;
    }

    private static ScoredFinding ToScored(Finding f) => new(f.RuleId, f.Severity, new TextSpan(f.Offset, f.Length));

    private static string Brief(Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Precision:F3}/{s.Recall:F3}/{s.F1:F3}/{s.FalsePositiveRate:F3}");

    private static void PrintScore(string label, Score s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-9} P {s.Precision:F3}  R {s.Recall:F3}  F1 {s.F1:F3}  FPR {s.FalsePositiveRate:F3}   (TP {s.TruePositives}, FP {s.FalsePositives} = {s.Misplaced} misplaced + {s.FalseAlarms} on clean, FN {s.ErrorSentences - s.TruePositives})"));

    private static bool SameRuleCounts(Score a, Score b) =>
        a.Rules.Count == b.Rules.Count && a.Rules.All(kv => b.Rules.TryGetValue(kv.Key, out var o)
            && o.Findings == kv.Value.Findings && o.TruePositives == kv.Value.TruePositives && o.FalsePositives == kv.Value.FalsePositives);

    private static void PrintRules(Score s, string label)
    {
        if (s.Rules.Count == 0) return;
        Console.WriteLine($"  per rule ({label}): TP sentences [alone] / FP sentences [alone] / of which clean / findings [stray]");
        foreach (var (rule, c) in s.Rules)
            Console.WriteLine($"    {rule,-22} TP {c.TruePositives,4} [{c.TruePositivesAlone,4}]  FP {c.FalsePositives,4} [{c.FalsePositivesAlone,4}]  clean {c.FalseAlarms,4}  findings {c.Findings,5} [{c.StrayFindings,5}]");
    }

    private static void Listing(EvalSet set, IReadOnlyList<Finding>[] findings, Outcome[] outcomes, int max, string label,
        Func<Outcome, bool> select, Severity minimum)
    {
        if (max <= 0) return;
        int shown = 0;
        Console.WriteLine($"  -- {label} (up to {max}, severity {minimum.ToName()}+)");
        for (int i = 0; i < outcomes.Length && shown < max; i++)
        {
            if (!select(outcomes[i])) continue;
            shown++;
            var sentence = set.Sentences[i];
            Console.WriteLine($"  {label} {sentence.Id} [{outcomes[i]}]");
            Console.WriteLine($"     {Mark(sentence)}");
            if (sentence.Target is { } target && sentence.HasErrors) Console.WriteLine($"   → {target}");
            foreach (var f in findings[i].Where(f => f.Severity >= minimum))
            {
                string hit = Score.OverlapsWrong(sentence, new TextSpan(f.Offset, f.Length)) ? "hit" : "stray";
                string suggestion = f.Suggestions.Count > 0 ? " → " + string.Join("|", f.Suggestions) : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"     {hit,-5} {f.RuleId} {f.Severity.ToName()} @{f.Offset}+{f.Length} “{f.Text}”{suggestion} conf {f.Confidence:F2}"));
            }
        }
    }

    /// <summary>The sentence with its wrong characters in 【】, followed by the right ones where known.</summary>
    private static string Mark(EvalSentence sentence)
    {
        var sb = new StringBuilder();
        int at = 0;
        foreach (var w in sentence.Wrong.OrderBy(w => w.Start))
        {
            sb.Append(sentence.Text, at, w.Start - at).Append('【').Append(sentence.Text, w.Start, w.Length);
            if (sentence.Target is { } t) sb.Append('→').Append(t, w.Start, w.Length);
            sb.Append('】');
            at = w.End;
        }
        return sb.Append(sentence.Text, at, sentence.Text.Length - at).ToString();
    }

    private static Options Parse(string[] args)
    {
        string? data = null;
        var rules = new List<string>();
        var sets = new List<string>();
        int showFp = 0, showFn = 0, showTp = 0;
        var listSeverity = Severity.Info;
        string? dump = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw new ArgumentException($"{args[i]} needs a number");
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--rules": rules.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--set": sets.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--show-fp": showFp = Count(); break;
                case "--dump-suspects": dump = Value(); break;
                case "--show-fn": showFn = Count(); break;
                case "--show-tp": showTp = Count(); break;
                case "--list-severity":
                    if (!SeverityNames.TryParse(Value(), out listSeverity)) throw new ArgumentException("--list-severity takes info or warning");
                    break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }
        return new Options(data, rules, sets, showFp, showFn, showTp, listSeverity) { DumpSuspects = dump };
    }
}
