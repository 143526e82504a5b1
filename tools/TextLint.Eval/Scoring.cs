using TextLint.Core.Findings;

namespace TextLint.Eval;

/// <summary>A finding reduced to what scoring needs: rule, severity and span in the sentence.</summary>
public readonly record struct ScoredFinding(string RuleId, Severity Severity, TextSpan Span);

/// <summary>How one sentence was scored.</summary>
public enum Outcome
{
    /// <summary>Has errors; at least one finding overlaps a wrong character.</summary>
    TruePositive,
    /// <summary>Has errors; there are findings but none overlaps a wrong character (counts as FP and FN).</summary>
    Misplaced,
    /// <summary>Clean, with at least one finding.</summary>
    FalseAlarm,
    /// <summary>Has errors; no finding at all.</summary>
    Missed,
    /// <summary>Clean, no finding.</summary>
    TrueNegative,
}

/// <summary>What one rule contributed to a score.</summary>
public sealed class RuleCounts
{
    /// <summary>Sentences counted as found in which this rule had a finding on a wrong character.</summary>
    public int TruePositives { get; set; }
    /// <summary>Of those, sentences in which no other rule hit a wrong character (what removing this rule would lose).</summary>
    public int TruePositivesAlone { get; set; }
    /// <summary>False-positive sentences (misplaced or false alarm) in which this rule had a finding.</summary>
    public int FalsePositives { get; set; }
    /// <summary>Of those, sentences in which this rule was the only one reporting (what removing it would save).</summary>
    public int FalsePositivesAlone { get; set; }
    /// <summary>Clean sentences in which this rule had a finding.</summary>
    public int FalseAlarms { get; set; }
    /// <summary>Findings of this rule (all sentences).</summary>
    public int Findings { get; set; }
    /// <summary>Findings of this rule that overlap no wrong character.</summary>
    public int StrayFindings { get; set; }
}

/// <summary>
/// Located sentence-level detection, as defined in <c>shared/eval/README.md</c>: a sentence with
/// errors is found when at least one finding overlaps one of its wrong characters; a sentence with
/// errors whose findings overlap none of them, and a clean sentence with any finding, are false
/// positives. Precision = TP / (TP + FP); recall = TP / sentences with errors; FPR = clean
/// sentences with any finding / clean sentences.
/// </summary>
public sealed class Score
{
    /// <summary>Severity a finding needs to be counted (Info = every finding).</summary>
    public Severity MinimumSeverity { get; }

    public int Sentences { get; private set; }
    public int ErrorSentences { get; private set; }
    public int CleanSentences { get; private set; }
    public int TruePositives { get; private set; }
    public int Misplaced { get; private set; }
    public int FalseAlarms { get; private set; }
    public int FalsePositives => Misplaced + FalseAlarms;

    /// <summary>Per rule id, what it contributed.</summary>
    public SortedDictionary<string, RuleCounts> Rules { get; } = new(StringComparer.Ordinal);

    public Score(Severity minimumSeverity = Severity.Info) => MinimumSeverity = minimumSeverity;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => ErrorSentences == 0 ? 0 : (double)TruePositives / ErrorSentences;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double FalsePositiveRate => CleanSentences == 0 ? 0 : (double)FalseAlarms / CleanSentences;

    /// <summary>Findings of <paramref name="all"/> that count at <see cref="MinimumSeverity"/>.</summary>
    public List<ScoredFinding> Counted(IEnumerable<ScoredFinding> all) => all.Where(f => f.Severity >= MinimumSeverity).ToList();

    /// <summary>Scores one sentence and adds it to the totals; returns its outcome.</summary>
    public Outcome Add(EvalSentence sentence, IEnumerable<ScoredFinding> allFindings)
    {
        var findings = Counted(allFindings);
        var outcome = Classify(sentence, findings);
        Sentences++;
        if (sentence.HasErrors) ErrorSentences++; else CleanSentences++;
        switch (outcome)
        {
            case Outcome.TruePositive: TruePositives++; break;
            case Outcome.Misplaced: Misplaced++; break;
            case Outcome.FalseAlarm: FalseAlarms++; break;
        }

        var hitting = new HashSet<string>(StringComparer.Ordinal);
        var reporting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            var counts = RuleCountsOf(f.RuleId);
            counts.Findings++;
            reporting.Add(f.RuleId);
            if (OverlapsWrong(sentence, f.Span)) hitting.Add(f.RuleId);
            else counts.StrayFindings++;
        }
        foreach (string rule in hitting)
        {
            var counts = RuleCountsOf(rule);
            counts.TruePositives++;
            if (hitting.Count == 1) counts.TruePositivesAlone++;
        }
        if (outcome is Outcome.Misplaced or Outcome.FalseAlarm)
        {
            foreach (string rule in reporting)
            {
                var counts = RuleCountsOf(rule);
                counts.FalsePositives++;
                if (reporting.Count == 1) counts.FalsePositivesAlone++;
                if (outcome == Outcome.FalseAlarm) counts.FalseAlarms++;
            }
        }
        return outcome;
    }

    /// <summary>The outcome of one sentence given the findings that count.</summary>
    public static Outcome Classify(EvalSentence sentence, IReadOnlyCollection<ScoredFinding> findings)
    {
        if (!sentence.HasErrors) return findings.Count > 0 ? Outcome.FalseAlarm : Outcome.TrueNegative;
        if (findings.Count == 0) return Outcome.Missed;
        return findings.Any(f => OverlapsWrong(sentence, f.Span)) ? Outcome.TruePositive : Outcome.Misplaced;
    }

    /// <summary>Whether <paramref name="span"/> overlaps one of the sentence's wrong characters.</summary>
    public static bool OverlapsWrong(EvalSentence sentence, TextSpan span) => sentence.Wrong.Any(w => w.Overlaps(span));

    private RuleCounts RuleCountsOf(string rule)
    {
        if (!Rules.TryGetValue(rule, out var counts)) Rules[rule] = counts = new RuleCounts();
        return counts;
    }
}
