using System.Globalization;
using TextLint.Core.Findings;
using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// <c>typo.suspect</c>: characters that fit no word of their context where a sound- or shape-alike
/// character makes a frequent word (总休方案 → 总体方案). Precision first: only confident
/// replacements are reported at <c>info</c>, each with a confidence. The language data loads on the first block that contains Han characters.
/// </summary>
public sealed class SuspectTypoRule : IBlockRule
{
    /// <summary>Unknown typos found from context.</summary>
    public static readonly RuleDescriptor TypoSuspect = new(
        "typo.suspect", "typo", Severity.Info, "疑似错别字（上下文）",
        "疑似错别字：“{0}”可能应为“{1}”",
        "字与上下文都不成词，换成音近或形近字后构成常用词语，疑似错别字；默认为提示，可在配置中提升为警告。",
        "总休方案 → 总体方案");

    private readonly Func<SuspectDetector> _detector;

    /// <summary>A rule over <see cref="SuspectDetector.Default"/>.</summary>
    public SuspectTypoRule() : this(() => SuspectDetector.Default) { }

    /// <summary>A rule over a given detector (built on first use).</summary>
    public SuspectTypoRule(Func<SuspectDetector> detector) => _detector = detector;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [TypoSuspect];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(TypoSuspect) || !CharClass.HasHanPair(text)) return;
        var normalized = findings.Fold(text, out var owned);
        using var _ = owned;
        var candidates = _detector().Find(normalized.Folded);
        if (candidates.Count == 0) return;
        // Spans whose wording is right though statistics find it strange: issuer codes of document numbers, quoted classical text.
        List<(int Start, int End)> quiet = [.. DocumentNumberIssuers.Find(text) ?? [], .. ClassicalVerse.Find(text) ?? []];
        foreach (var c in candidates)
        {
            var (start, length) = normalized.MapSpan(c.WordStart, c.WordLength);
            if (findings.Overlaps(start, length)) continue; // a dictionary rule already reports it, surely
            if (UnlikelySlips.Applies(normalized.Folded, c) || PersonName.Covers(normalized.Folded, c.WordStart)) continue;
            if (PartOfTransliteratedName(text, start, length)) continue;
            // A word spread over a skipped mark (文旅·新媒体) is two words; skipping marks is for catching disguised terms.
            if (length != c.WordLength) continue;
            if (quiet.Exists(span => span.Start < start + length && start < span.End)) continue;
            int wrongAt = normalized.SourceIndexOf(c.Position);
            var found = text.AsSpan(start, length);
            string suggestion = string.Concat(found[..(wrongAt - start)], c.Replacement.ToString(), found[(wrongAt - start + 1)..]);
            double confidence = Confidence(c.Score);
            // Advice by default: on clean official text the statistical check still errs about once in
            // 30,000 characters, too often for a warning (a tool that cries wolf gets switched off).
            // Configuration can raise the rule (typo.suspect: warning); confidence stays on each finding.
            var severity = TypoSuspect.DefaultSeverity;
            string note = string.Create(CultureInfo.InvariantCulture, $"“{c.Original}”疑为“{c.Replacement}”，置信度 {confidence:0.00}");
            findings.Report(TypoSuspect, start, length, [suggestion], note, confidence, severity);
        }
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/> touches the dot of a
    /// transliterated name (热依拉·艾力, 阿依古丽·买买提, 约翰·史密斯): such names are spelled by sound, and their
    /// characters pair as no word of the lexicon does.
    /// </summary>
    private static bool PartOfTransliteratedName(string text, int start, int length) =>
        (start > 0 && IsNameDot(text[start - 1])) || (start + length < text.Length && IsNameDot(text[start + length]));

    private static bool IsNameDot(char c) => c is '·' or '•' or '・' or '‧' or '．';

    /// <summary>Maps a score to [0.5, 1): 0.5 at the report threshold, about 0.9 at the warning threshold.</summary>
    internal static double Confidence(double score) =>
        1.0 / (1.0 + Math.Exp(-(score - SuspectDetector.ReportThreshold) * 0.55));
}
