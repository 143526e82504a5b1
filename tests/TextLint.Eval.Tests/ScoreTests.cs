using TextLint.Core.Findings;

namespace TextLint.Eval.Tests;

public class ScoreTests
{
    private static EvalSentence Sentence(string id, params int[] wrong) =>
        new(id, "一二三四五六七八九十", wrong.Select(i => new TextSpan(i, 1)).ToList());

    private static ScoredFinding F(string rule, int start, int length, Severity severity = Severity.Warning) =>
        new(rule, severity, new TextSpan(start, length));

    [Fact]
    public void Outcomes_follow_the_located_definition()
    {
        Assert.Equal(Outcome.TruePositive, Score.Classify(Sentence("a", 3), [F("r", 2, 2)]));
        Assert.Equal(Outcome.Misplaced, Score.Classify(Sentence("a", 3), [F("r", 4, 2)]));
        Assert.Equal(Outcome.Missed, Score.Classify(Sentence("a", 3), []));
        Assert.Equal(Outcome.FalseAlarm, Score.Classify(Sentence("b"), [F("r", 0, 1)]));
        Assert.Equal(Outcome.TrueNegative, Score.Classify(Sentence("b"), []));
        // One finding on a wrong character is enough, whatever else is reported.
        Assert.Equal(Outcome.TruePositive, Score.Classify(Sentence("a", 3, 7), [F("r", 0, 1), F("s", 7, 1)]));
        // Adjacent is not overlapping.
        Assert.Equal(Outcome.Misplaced, Score.Classify(Sentence("a", 3), [F("r", 4, 1), F("r", 2, 1)]));
    }

    [Fact]
    public void Precision_recall_f1_and_fpr()
    {
        var score = new Score();
        score.Add(Sentence("1", 0), [F("r", 0, 1)]);   // TP
        score.Add(Sentence("2", 0), [F("r", 0, 2)]);   // TP
        score.Add(Sentence("3", 0), [F("s", 5, 1)]);   // misplaced: FP
        score.Add(Sentence("4", 0), []);               // missed
        score.Add(Sentence("5"), [F("s", 1, 1)]);      // false alarm
        score.Add(Sentence("6"), []);
        score.Add(Sentence("7"), []);
        score.Add(Sentence("8"), []);

        Assert.Equal(4, score.ErrorSentences);
        Assert.Equal(4, score.CleanSentences);
        Assert.Equal(2, score.TruePositives);
        Assert.Equal(2, score.FalsePositives);
        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.5, score.F1, 9);
        Assert.Equal(0.25, score.FalsePositiveRate, 9);
    }

    [Fact]
    public void Empty_score_is_all_zero()
    {
        var score = new Score();
        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
        Assert.Equal(0, score.FalsePositiveRate);
    }

    [Fact]
    public void Minimum_severity_drops_lower_findings_before_classifying()
    {
        var any = new Score(Severity.Info);
        var warn = new Score(Severity.Warning);
        var clean = Sentence("c");
        var findings = new[] { F("info.rule", 0, 1, Severity.Info) };
        Assert.Equal(Outcome.FalseAlarm, any.Add(clean, findings));
        Assert.Equal(Outcome.TrueNegative, warn.Add(clean, findings));
        Assert.Equal(1.0, any.FalsePositiveRate);
        Assert.Equal(0.0, warn.FalsePositiveRate);
        Assert.Empty(warn.Rules);
    }

    [Fact]
    public void Per_rule_counts_show_contributions_and_sole_responsibility()
    {
        var score = new Score();
        score.Add(Sentence("1", 2), [F("a", 2, 1), F("b", 2, 1)]); // both hit
        score.Add(Sentence("2", 2), [F("a", 2, 1), F("b", 8, 1)]); // a hits, b stray
        score.Add(Sentence("3", 2), [F("b", 8, 1)]);               // misplaced, b alone
        score.Add(Sentence("4"), [F("a", 0, 1), F("b", 1, 1)]);    // false alarm, both

        var a = score.Rules["a"];
        var b = score.Rules["b"];
        Assert.Equal((2, 1), (a.TruePositives, a.TruePositivesAlone));
        Assert.Equal((1, 0), (b.TruePositives, b.TruePositivesAlone));
        Assert.Equal((1, 0, 1), (a.FalsePositives, a.FalsePositivesAlone, a.FalseAlarms));
        Assert.Equal((2, 1, 1), (b.FalsePositives, b.FalsePositivesAlone, b.FalseAlarms));
        Assert.Equal((3, 1), (a.Findings, a.StrayFindings));
        Assert.Equal((4, 3), (b.Findings, b.StrayFindings));
    }
}
