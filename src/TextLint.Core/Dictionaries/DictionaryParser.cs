using TextLint.Core.Findings;

namespace TextLint.Core.Dictionaries;

/// <summary>
/// Reads the project's dictionary format: UTF-8 text, one entry per line,
/// <c>term[TAB severity[TAB suggestion[|suggestion…][TAB note]]]</c>; <c>-</c> or an empty field
/// means "the default"; lines starting with <c>#</c> are comments, except header directives
/// <c>#@ key: value</c> (<c>rule</c>, <c>category</c>, <c>severity</c>) that set the defaults for
/// the lines after them, and <c>#@ source:</c>, the list's provenance. Malformed lines are errors naming the file and line, never silently skipped:
/// a list the user believes is active must be active.
/// </summary>
public static class DictionaryParser
{
    /// <summary>Defaults that apply before any header directive.</summary>
    public sealed record Defaults(string RuleId, string Category, Severity Severity);

    /// <summary>Parses a whole list. Throws <see cref="TextLintException"/> on a malformed line.</summary>
    public static List<DictionaryEntry> Parse(TextReader reader, string sourceName, Defaults defaults)
    {
        var entries = new List<DictionaryEntry>();
        var current = defaults;
        foreach (var listLine in ListLines.Read(reader))
        {
            int lineNumber = listLine.Number;
            if (listLine.IsDirective)
            {
                current = ApplyDirective(current, listLine.DirectiveKey!, listLine.DirectiveValue, sourceName, lineNumber);
                continue;
            }

            var fields = listLine.Text.Split('\t');
            string term = fields[0].Trim();
            if (term.Length == 0)
                throw new TextLintException($"{sourceName}:{lineNumber}: empty term (fields are separated by TAB)");

            var severity = current.Severity;
            if (fields.Length > 1 && !IsDefault(fields[1]) && !SeverityNames.TryParse(fields[1], out severity))
                throw new TextLintException($"{sourceName}:{lineNumber}: unknown severity '{fields[1].Trim()}' (use error, warning, info or -)");

            IReadOnlyList<string> suggestions = fields.Length > 2 && !IsDefault(fields[2])
                ? fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            string? note = fields.Length > 3 && !IsDefault(fields[3]) ? fields[3].Trim() : null;
            if (fields.Length > 4)
                throw new TextLintException($"{sourceName}:{lineNumber}: too many TAB-separated fields (at most term, severity, suggestion, note)");

            entries.Add(new DictionaryEntry(term, current.RuleId, current.Category, severity, suggestions, note, $"{sourceName}:{lineNumber}"));
        }
        return entries;
    }

    private static bool IsDefault(string field) => field.Trim() is "" or "-";

    private static Defaults ApplyDirective(Defaults current, string key, string value, string sourceName, int lineNumber)
    {
        switch (key)
        {
            case "rule": return current with { RuleId = value };
            case "category": return current with { Category = value };
            case "severity":
                if (!SeverityNames.TryParse(value, out var severity))
                    throw new TextLintException($"{sourceName}:{lineNumber}: unknown severity '{value}' in header");
                return current with { Severity = severity };
            case "allowlist": case "source": case "license": case "description": return current; // markers and provenance: informative only
            default:
                throw new TextLintException($"{sourceName}:{lineNumber}: unknown header directive '{key}' (expected rule, category, severity, source, license or description)");
        }
    }
}
