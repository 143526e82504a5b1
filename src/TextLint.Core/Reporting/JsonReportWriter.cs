using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// One JSON object for the whole run, streamed as documents finish:
/// <code>
/// {"schemaVersion":1,"tool":{"name":"textlint","version":"0.1.0"},
///  "files":[{"path":"a.txt","encoding":"utf-8","findings":[{"ruleId":"typo.common","category":"typo",
///    "severity":"warning","message":"…","text":"再接再励","suggestions":["再接再厉"],"offset":3,"length":4,
///    "line":1,"column":4,"context":"…","part":"text","confidence":1}],"error":null}],
///  "summary":{"documents":1,"failedDocuments":0,"characters":15,"findings":1,
///    "bySeverity":{"error":0,"warning":1,"info":0},"byCategory":{"typo":1},"byRule":{"typo.common":1},"elapsedMs":12}}
/// </code>
/// Property names are camelCase and always present (null when absent); maps are sorted by key;
/// Chinese is written as UTF-8, not <c>\u</c>-escaped. Offsets, lengths and columns count UTF-16
/// code units of the decoded source; lines and columns are 1-based. <c>schemaVersion</c> changes
/// only when a field is removed or changes meaning.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>Version of the report layout described above.</summary>
    public const int SchemaVersion = 1;

    private readonly StreamingJsonWriter _writer;
    private readonly ReportWriterOptions _options;
    private bool _started;

    /// <summary>Creates a writer on <paramref name="output"/>; reads <see cref="ReportWriterOptions.ToolVersion"/>.</summary>
    public JsonReportWriter(TextWriter output, ReportWriterOptions? options = null)
    {
        _writer = new StreamingJsonWriter(output);
        _options = options ?? new ReportWriterOptions();
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        Start();
        var json = _writer.Json;
        json.WriteStartObject();
        _writer.String("path", result.Path);
        _writer.String("encoding", result.Encoding);
        _writer.String("title", result.Title);
        _writer.String("url", result.Url);
        json.WriteStartObject("metadata");
        if (result.Metadata is not null)
            foreach (var (key, value) in result.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal)) _writer.String(key, value);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings) FindingJson.WriteFinding(json, finding, Fingerprints.Of(result.Path, finding));
        json.WriteEndArray();
        FindingJson.WriteCappedRules(json, result.CappedRules);
        _writer.String("error", result.Error);
        json.WriteEndObject();
        _writer.Drain();
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        Start();
        var json = _writer.Json;
        json.WriteEndArray();
        FindingJson.WriteSummary(json, summary);
        json.WriteEndObject();
        _writer.Finish();
        _writer.Dispose();
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        var json = _writer.Json;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        _writer.String("name", ToolInfo.Name);
        _writer.String("version", _options.ToolVersion);
        json.WriteEndObject();
        json.WriteStartArray("files");
    }
}
