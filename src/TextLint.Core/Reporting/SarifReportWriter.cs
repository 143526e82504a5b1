using System.Globalization;
using System.Text;
using TextLint.Core.Findings;
using TextLint.Core.Rules;
using TextLint.Core.Sources;

namespace TextLint.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools and report viewers: one run whose <c>tool.driver.rules</c>
/// lists every rule, one result per finding (<c>level</c> error, warning or note), regions with
/// 1-based lines and columns counted in UTF-16 code units (<c>columnKind: utf16CodeUnits</c>),
/// and per-file errors as <c>toolExecutionNotifications</c> of the single invocation.
/// </summary>
/// <remarks>
/// Results are streamed, so the run object lists <c>results</c> before <c>tool</c>: a finding
/// from a rule missing from <see cref="ReportWriterOptions.Rules"/> (say a user list) still gets a
/// rule entry and a valid <c>ruleIndex</c>, appended after the known rules. JSON members are
/// unordered, so readers are unaffected. Artifact URIs are paths relative to
/// <see cref="ReportWriterOptions.BaseDirectory"/> with forward slashes, percent-encoded (UTF-8)
/// except for unreserved characters and <c>/</c>; a path outside that folder becomes a
/// <c>file:///</c> URI and standard input is <c>stdin</c>.
/// </remarks>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The schema every report names in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly StreamingJsonWriter _writer;
    private readonly ReportWriterOptions _options;
    private readonly string _baseDirectory;
    private readonly List<RuleDescriptor> _rules;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<(string Uri, string Message)> _failures = [];
    private readonly List<(string Uri, string Message)> _notes = [];
    private bool _started;

    /// <summary>Creates a writer on <paramref name="output"/>; reads the rule list, tool version and base directory from <paramref name="options"/>.</summary>
    public SarifReportWriter(TextWriter output, ReportWriterOptions? options = null)
    {
        _writer = new StreamingJsonWriter(output);
        _options = options ?? new ReportWriterOptions();
        _baseDirectory = Path.GetFullPath(_options.BaseDirectory ?? Environment.CurrentDirectory);
        _rules = [.. _options.Rules];
        for (int i = 0; i < _rules.Count; i++) _ruleIndex.TryAdd(_rules[i].Id, i);
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        Start();
        string uri = ToArtifactUri(result.Path, _baseDirectory);
        if (result.Error is not null) _failures.Add((uri, $"{result.Path}: {result.Error}"));
        if (result.CappedRules.Count > 0) _notes.Add((uri, $"{result.Path}: {TextReportWriter.CappedNote(result)}"));
        foreach (var finding in result.Findings) WriteResult(result, finding, uri);
        _writer.Drain();
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        Start();
        var json = _writer.Json;
        json.WriteEndArray(); // results

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        _writer.String("name", ToolInfo.Name);
        _writer.String("version", _options.ToolVersion);
        _writer.String("semanticVersion", _options.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in _rules) WriteRule(rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", summary.FailedDocuments == 0 && _failures.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var (level, (uri, message)) in _failures.Select(f => ("error", f)).Concat(_notes.Select(n => ("note", n))))
        {
            json.WriteStartObject();
            _writer.String("level", level);
            json.WriteStartObject("message");
            _writer.String("text", message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            _writer.String("uri", uri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        _writer.String("columnKind", "utf16CodeUnits");
        json.WriteEndObject(); // run
        json.WriteEndArray(); // runs
        json.WriteEndObject();
        _writer.Finish();
        _writer.Dispose();
    }

    /// <summary>SARIF's level for a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string ToLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// The <c>artifactLocation.uri</c> for a document path: relative to <paramref name="baseDirectory"/>
    /// with forward slashes and percent-encoding when the file is inside it, else a <c>file:///</c> URI.
    /// </summary>
    public static string ToArtifactUri(string path, string baseDirectory)
    {
        if (path is "-" or SourceItem.StdinDisplayName) return "stdin";
        string normalized = path;
        if (Path.IsPathRooted(path))
        {
            string relative = Path.GetRelativePath(baseDirectory, path);
            if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                string absolute = Path.GetFullPath(path).Replace('\\', '/');
                return "file://" + (absolute.StartsWith('/') ? "" : "/") + PercentEncode(absolute, keepColon: true);
            }
            normalized = relative;
        }
        normalized = normalized.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        return PercentEncode(normalized, keepColon: false);
    }

    private static string PercentEncode(string text, bool keepColon)
    {
        var builder = new StringBuilder(text.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            bool keep = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' or '/'
                        || (keepColon && c == ':');
            if (keep) builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        var json = _writer.Json;
        json.WriteStartObject();
        _writer.String("$schema", SchemaUri);
        _writer.String("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartArray("results");
    }

    private int RuleIndexOf(Finding finding)
    {
        if (_ruleIndex.TryGetValue(finding.RuleId, out int index)) return index;
        // A rule the linter did not list: describe it from the finding so the index stays valid.
        index = _rules.Count;
        _rules.Add(new RuleDescriptor(finding.RuleId, finding.Category, finding.Severity, finding.RuleId, finding.Message, "", ""));
        _ruleIndex.Add(finding.RuleId, index);
        return index;
    }

    private void WriteResult(DocumentResult document, Finding finding, string uri)
    {
        var json = _writer.Json;
        json.WriteStartObject();
        _writer.String("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", RuleIndexOf(finding));
        _writer.String("level", ToLevel(finding.Severity));
        json.WriteStartObject("message");
        _writer.String("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        _writer.String("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        int startLine = Math.Max(finding.Line, 1), startColumn = Math.Max(finding.Column, 1);
        json.WriteNumber("startLine", startLine);
        json.WriteNumber("startColumn", startColumn);
        var (endLine, endColumn) = EndOf(document.SourceOf(finding), finding, startLine, startColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteNumber("charOffset", finding.Offset);
        json.WriteNumber("charLength", finding.Length);
        json.WriteStartObject("snippet");
        // SARIF's snippet is the artifact's own text in the region (markup included for HTML).
        string snippet = document.SourceOf(finding) is { } source && finding.Offset >= 0 && finding.Length >= 0 && finding.Offset + finding.Length <= source.Length
            ? source.Substring(finding.Offset, finding.Length)
            : finding.Text;
        _writer.String("text", snippet);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        _writer.String(Fingerprints.SarifKey, Fingerprints.Of(document.Path, finding));
        json.WriteEndObject();

        json.WriteStartObject("properties");
        _writer.String("category", finding.Category);
        _writer.String("text", finding.Text);
        json.WriteStartArray("suggestions");
        foreach (var suggestion in finding.Suggestions) _writer.StringValue(suggestion);
        json.WriteEndArray();
        _writer.String("part", finding.Part);
        json.WriteNumber("confidence", finding.Confidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // End position (exclusive column) of the finding; lines break at '\n' as the core counts them.
    private static (int Line, int Column) EndOf(string? source, Finding finding, int line, int column)
    {
        if (source is null || finding.Offset < 0 || finding.Offset + finding.Length > source.Length)
            return (line, column + Math.Max(finding.Length, 0));
        for (int i = finding.Offset; i < finding.Offset + finding.Length; i++)
        {
            if (source[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }

    private void WriteRule(RuleDescriptor rule)
    {
        var json = _writer.Json;
        json.WriteStartObject();
        _writer.String("id", rule.Id);
        _writer.String("name", ToPascalCase(rule.Id));
        json.WriteStartObject("shortDescription");
        _writer.String("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        _writer.String("text", string.IsNullOrEmpty(rule.Description) ? rule.Title : rule.Description);
        json.WriteEndObject();
        if (!string.IsNullOrEmpty(rule.Example))
        {
            json.WriteStartObject("help");
            _writer.String("text", "示例：" + rule.Example);
            json.WriteEndObject();
        }
        json.WriteStartObject("defaultConfiguration");
        _writer.String("level", ToLevel(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        _writer.String("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // SARIF wants a readable identifier for "name": typo.common → TypoCommon.
    private static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var part in id.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        return builder.ToString();
    }
}
