using TextLint.Core.Findings;

namespace TextLint.Core.Dictionaries;

/// <summary>
/// Reads a protected phrase list: UTF-8 text, one correct phrase per line, <c>#</c> comments, and
/// header directives <c>#@ key: value</c> before the first phrase — <c>kind</c> (<c>name</c>,
/// <c>formulation</c> (read as name), <c>division</c> or <c>idiom</c>), <c>severity</c>, and the
/// informative <c>source</c>, <c>license</c>, <c>description</c>. The marker line
/// <c>#@ protected-phrases</c> opens the built-in lists. A line with a TAB is an error: a user who
/// hands a term list where a phrase list belongs should hear so.
/// </summary>
public static class ProtectedPhraseParser
{
    /// <summary>The marker line that identifies a protected phrase list among the embedded lists.</summary>
    public const string Marker = "#@ protected-phrases";

    /// <summary>Parses a whole list. Throws <see cref="TextLintException"/> on a malformed line.</summary>
    public static List<ProtectedPhrase> Parse(TextReader reader, string sourceName,
        ProtectedPhraseKind kind = ProtectedPhraseKind.Name, Severity severity = Severity.Error)
    {
        var phrases = new List<ProtectedPhrase>();
        foreach (var (lineNumber, line, key, value) in ListLines.Read(reader))
        {
            if (key is not null)
            {
                switch (key)
                {
                    case "protected-phrases": case "source": case "license": case "description": break;
                    case "kind":
                        kind = value.ToLowerInvariant() switch
                        {
                            "name" or "formulation" => ProtectedPhraseKind.Name,
                            "division" => ProtectedPhraseKind.Division,
                            "idiom" => ProtectedPhraseKind.Idiom,
                            _ => throw new TextLintException($"{sourceName}:{lineNumber}: unknown kind '{value}' (use name, formulation, division or idiom)"),
                        };
                        break;
                    case "severity":
                        if (!SeverityNames.TryParse(value, out severity))
                            throw new TextLintException($"{sourceName}:{lineNumber}: unknown severity '{value}' in header");
                        break;
                    default:
                        throw new TextLintException($"{sourceName}:{lineNumber}: unknown header directive '{key}' (expected kind, severity, source, license or description)");
                }
                continue;
            }
            if (line.Contains('\t'))
                throw new TextLintException($"{sourceName}:{lineNumber}: a protected phrase list holds one phrase per line, without TAB fields");
            phrases.Add(new ProtectedPhrase(line.Trim(), kind, severity, $"{sourceName}:{lineNumber}"));
        }
        return phrases;
    }
}
