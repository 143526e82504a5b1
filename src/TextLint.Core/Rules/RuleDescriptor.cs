using TextLint.Core.Findings;

namespace TextLint.Core.Rules;

/// <summary>
/// What a rule is, independent of any document: like a Roslyn <c>DiagnosticDescriptor</c>.
/// </summary>
/// <param name="Id">Stable dotted id, e.g. <c>typo.common</c>.</param>
/// <param name="Category">Category shown in reports (the part of the id before the first dot).</param>
/// <param name="DefaultSeverity">Severity unless configuration changes it.</param>
/// <param name="Title">Short Chinese name.</param>
/// <param name="Message">Chinese message template; <c>{0}</c> is the found text, <c>{1}</c> the first suggestion.</param>
/// <param name="Description">One or two Chinese sentences saying what the rule checks and why.</param>
/// <param name="Example">An example of text it reports, with its fix.</param>
public sealed record RuleDescriptor(
    string Id,
    string Category,
    Severity DefaultSeverity,
    string Title,
    string Message,
    string Description,
    string Example)
{
    /// <summary>Message used when a finding has no suggestion (delete or rephrase); <c>{0}</c> is the found text. Defaults to <see cref="Message"/>.</summary>
    public string? MessageWithoutSuggestion { get; init; }

    /// <summary>Builds the message of one finding.</summary>
    public string FormatMessage(string text, string? suggestion, string? note = null)
    {
        string template = suggestion is null ? MessageWithoutSuggestion ?? Message : Message;
        string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, text, suggestion ?? "");
        return string.IsNullOrEmpty(note) ? message : $"{message}（{note}）";
    }
}
