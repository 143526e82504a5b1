using TextLint.Core.Dictionaries;
using TextLint.Core.Rules;

namespace TextLint.Core.Verification;

/// <summary>
/// Whether the sentence around a dictionary hit shows the listed term is legitimate there: an advertising
/// rank word opening an official designation (<see cref="OfficialDesignation"/>), an illegal-content marker
/// or an advertising claim in a sentence of enforcement or condemnation (<see cref="CriticalContext"/>), a
/// name that is wrong today in a sentence narrating history (<see cref="HistoricalContext"/>).
/// </summary>
public static class ContextVerifier
{
    /// <summary>Whether the hit <paramref name="folded"/>[<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="entry"/> is cleared by its context.</summary>
    public static bool Clears(DictionaryEntry entry, ReadOnlySpan<char> folded, int start, int length) =>
        (entry.Category == "adlaw" && OfficialDesignation.Follows(folded, start, length))
        || ((entry.RuleId == DictionaryRules.SensitiveIllegal.Id || entry.Category == "adlaw") && CriticalContext.Surrounds(folded, start, length))
        || (entry.Note?.Contains(HistoricalContext.NoteMarker, StringComparison.Ordinal) == true && HistoricalContext.Surrounds(folded, start, length));
}
