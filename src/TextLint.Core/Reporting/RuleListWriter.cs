using TextLint.Core.Findings;
using TextLint.Core.Rules;

namespace TextLint.Core.Reporting;

/// <summary>Prints the list of rules a linter knows (for <c>textlint rules</c> and the web host).</summary>
public static class RuleListWriter
{
    /// <summary>A table with one row per rule: id, category, severity, title, description.</summary>
    public static ReportTable BuildTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var table = new ReportTable($"{rules.Count} 条规则",
            new ReportColumn("规则"), new ReportColumn("类别"), new ReportColumn("级别"), new ReportColumn("名称"), new ReportColumn("说明"));
        foreach (var rule in rules)
            table.AddRow(rule.Id, rule.Category, rule.DefaultSeverity.ToName(), rule.Title, rule.Description);
        return table;
    }

    /// <summary>
    /// Writes <c>{"rules":[{"id","category","severity","title","message","description","example"}]}</c>
    /// with the same conventions as the JSON report (camelCase, UTF-8 Chinese unescaped).
    /// </summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<RuleDescriptor> rules)
    {
        using var writer = new StreamingJsonWriter(output);
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            writer.String("id", rule.Id);
            writer.String("category", rule.Category);
            writer.String("severity", rule.DefaultSeverity.ToName());
            writer.String("title", rule.Title);
            writer.String("message", rule.Message);
            writer.String("description", rule.Description);
            writer.String("example", rule.Example);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        writer.Finish();
    }
}
