using TextLint.Core.Findings;

namespace TextLint.Core.Dictionaries;

/// <summary>One term of a dictionary with what a hit on it means.</summary>
/// <param name="Term">The term as written in the list (simplified Chinese; matched through the folded view).</param>
/// <param name="RuleId">Rule that reports it, e.g. <c>typo.common</c>.</param>
/// <param name="Category">Category of that rule.</param>
/// <param name="Severity">Severity of a hit before configuration overrides.</param>
/// <param name="Suggestions">Replacements, best first; empty when the fix is to delete or rephrase.</param>
/// <param name="Note">Optional short Chinese explanation appended to the message.</param>
/// <param name="Origin">Where the entry was read from (<c>file:line</c>), for error messages.</param>
public sealed record DictionaryEntry(
    string Term,
    string RuleId,
    string Category,
    Severity Severity,
    IReadOnlyList<string> Suggestions,
    string? Note,
    string Origin);
