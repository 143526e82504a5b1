using System.Text;
using System.Text.Json;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// The JSON shape of one finding and of a run summary, shared by the JSON report
/// (<see cref="JsonReportWriter"/>) and the web host, so both say exactly the same thing:
/// camelCase names, every property present (null when absent), maps sorted by key, lone
/// surrogates replaced with U+FFFD.
/// </summary>
public static class FindingJson
{
    /// <summary>
    /// Writes <c>{"ruleId","category","severity","message","text","suggestions","offset","length",
    /// "line","column","context","part","confidence","fingerprint"}</c>; the fingerprint (see
    /// <see cref="Fingerprints"/>) is written only when given.
    /// </summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding, string? fingerprint = null)
    {
        json.WriteStartObject();
        WriteFindingProperties(json, finding, fingerprint);
        json.WriteEndObject();
    }

    /// <summary>Writes the properties of <see cref="WriteFinding"/> into the object already open (a JSON Lines record).</summary>
    public static void WriteFindingProperties(Utf8JsonWriter json, Finding finding, string? fingerprint = null)
    {
        WriteString(json, "ruleId", finding.RuleId);
        WriteString(json, "category", finding.Category);
        WriteString(json, "severity", finding.Severity.ToName());
        WriteString(json, "message", finding.Message);
        WriteString(json, "text", finding.Text);
        json.WriteStartArray("suggestions");
        foreach (var suggestion in finding.Suggestions) json.WriteStringValue(Clean(suggestion));
        json.WriteEndArray();
        json.WriteNumber("offset", finding.Offset);
        json.WriteNumber("length", finding.Length);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        WriteString(json, "context", finding.Context);
        WriteString(json, "part", finding.Part);
        json.WriteNumber("confidence", finding.Confidence);
        if (fingerprint is not null) WriteString(json, "fingerprint", fingerprint);
    }

    /// <summary>
    /// Writes the property <c>"summary":{"documents","failedDocuments","characters","findings",
    /// "bySeverity":{"error","warning","info"},"byCategory","byRule","elapsedMs","suppressed","turnedOffByComments","cappedDocuments","cancelled"}</c>.
    /// </summary>
    public static void WriteSummary(Utf8JsonWriter json, RunSummary summary)
    {
        json.WriteStartObject("summary");
        WriteSummaryProperties(json, summary);
        json.WriteEndObject();
    }

    /// <summary>Writes the properties of <see cref="WriteSummary"/> into the object already open (the JSON Lines summary line).</summary>
    public static void WriteSummaryProperties(Utf8JsonWriter json, RunSummary summary)
    {
        json.WriteNumber("documents", summary.Documents);
        json.WriteNumber("failedDocuments", summary.FailedDocuments);
        json.WriteNumber("characters", summary.Characters);
        json.WriteNumber("findings", summary.Findings);
        json.WriteStartObject("bySeverity");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
            json.WriteNumber(severity.ToName(), summary.BySeverity.GetValueOrDefault(severity));
        json.WriteEndObject();
        WriteCounts(json, "byCategory", summary.ByCategory);
        WriteCounts(json, "byRule", summary.ByRule);
        json.WriteNumber("elapsedMs", (long)summary.Elapsed.TotalMilliseconds);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteNumber("turnedOffByComments", summary.TurnedOffByComments);
        json.WriteNumber("cappedDocuments", summary.CappedDocuments);
        json.WriteBoolean("cancelled", summary.Cancelled);
    }

    /// <summary>Writes <c>"cappedRules":[…]</c>: the rules that reached their limit in the document and stopped looking (see <see cref="DocumentResult.CappedRules"/>).</summary>
    public static void WriteCappedRules(Utf8JsonWriter json, IReadOnlyList<string> cappedRules)
    {
        json.WriteStartArray("cappedRules");
        foreach (var rule in cappedRules) json.WriteStringValue(rule);
        json.WriteEndArray();
    }

    /// <summary>Writes a string property, or null, replacing unpaired surrogates (which JSON text cannot carry) with U+FFFD.</summary>
    public static void WriteString(Utf8JsonWriter json, string propertyName, string? value)
    {
        if (value is null) json.WriteNull(propertyName);
        else json.WriteString(propertyName, Clean(value));
    }

    /// <summary><paramref name="value"/> with every unpaired surrogate replaced by U+FFFD (the same string when there is none).</summary>
    public static string Clean(string value)
    {
        // Decoded sources can contain lone surrogates (e.g. from a bad numeric entity); fix only then.
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return value;
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { builder.Append(c).Append(value[++i]); }
            else if (char.IsSurrogate(c)) builder.Append('\uFFFD');
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts) json.WriteNumber(key, count);
        json.WriteEndObject();
    }
}
