using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>Totals over one run, built up as documents finish.</summary>
public sealed class RunSummary
{
    /// <summary>Documents linted or attempted.</summary>
    public int Documents { get; private set; }
    /// <summary>Documents that could not be linted.</summary>
    public int FailedDocuments { get; private set; }
    /// <summary>Readable characters linted.</summary>
    public long Characters { get; private set; }
    /// <summary>Findings per severity.</summary>
    public SortedDictionary<Severity, int> BySeverity { get; } = new();
    /// <summary>Findings per rule id.</summary>
    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);
    /// <summary>Findings per category.</summary>
    public SortedDictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);
    /// <summary>Total findings.</summary>
    public int Findings { get; private set; }
    /// <summary>Wall time of the run, set when it ends.</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Findings left out because a baseline recorded them (not counted in <see cref="Findings"/>).</summary>
    public int Suppressed { get; private set; }
    /// <summary>Findings the documents' own <c>textlint-disable</c> comments turned off (not counted in <see cref="Findings"/>).</summary>
    public int TurnedOffByComments { get; private set; }
    /// <summary>Documents in which some rule reached <see cref="LinterOptions.MaxFindingsPerRule"/> and stopped looking (<see cref="DocumentResult.CappedRules"/>).</summary>
    public int CappedDocuments { get; private set; }
    /// <summary>True when the run was interrupted (Ctrl+C) and the report is partial.</summary>
    public bool Cancelled { get; set; }
    /// <summary>Characters per second over <see cref="Elapsed"/> (0 before it is set).</summary>
    public double CharactersPerSecond => Elapsed > TimeSpan.Zero ? Characters / Elapsed.TotalSeconds : 0;

    /// <summary>Counts one document's results.</summary>
    public void Add(DocumentResult result)
    {
        Documents++;
        if (result.Error is not null) FailedDocuments++;
        Characters += result.CharacterCount;
        Suppressed += result.SuppressedFindings;
        TurnedOffByComments += result.TurnedOffByComments;
        if (result.CappedRules.Count > 0) CappedDocuments++;
        foreach (var f in result.Findings)
        {
            Findings++;
            BySeverity[f.Severity] = BySeverity.GetValueOrDefault(f.Severity) + 1;
            ByRule[f.RuleId] = ByRule.GetValueOrDefault(f.RuleId) + 1;
            ByCategory[f.Category] = ByCategory.GetValueOrDefault(f.Category) + 1;
        }
    }

    /// <summary>Number of findings at or above <paramref name="threshold"/>.</summary>
    public int CountAtOrAbove(Severity threshold) => BySeverity.Where(kv => kv.Key >= threshold).Sum(kv => kv.Value);
}
