using System.Buffers;
using System.Text;
using System.Text.Json;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// JSON Lines: one compact object per line, written as documents finish, for <c>jq</c>, log pipelines and
/// spreadsheets' import. Lines have a <c>type</c>:
/// <code>
/// {"type":"finding","path":"site.zip!/a.html","url":null,"title":"…","ruleId":"typo.common","category":"typo","severity":"warning","message":"…","text":"再接再励","suggestions":["再接再厉"],"offset":3,"length":4,"line":1,"column":4,"context":"…","part":"body","fingerprint":"…"}
/// {"type":"error","path":"site.zip!/logo.html","url":null,"title":null,"error":"binary file, not text"}
/// {"type":"capped","path":"dump.txt","url":null,"title":null,"cappedRules":["punct.pair"]}
/// {"type":"summary","documents":2,"failedDocuments":1,"characters":15,"findings":1,"bySeverity":{…},"byCategory":{…},"byRule":{…},"elapsedMs":12,"suppressed":0,"turnedOffByComments":0,"cappedDocuments":0,"cancelled":false}
/// </code>
/// A document without findings or error writes no line; the summary line is always last (a file without it was cut short).
/// </summary>
public sealed class JsonlReportWriter(TextWriter output) : IReportWriter
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = StreamingJsonWriter.Options.Encoder, Indented = false };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        if (result.Error is not null)
        {
            WriteLine(json =>
            {
                json.WriteString("type", "error");
                WriteDocumentFields(json, result);
                json.WriteString("error", Clean(result.Error));
            });
        }
        if (result.CappedRules.Count > 0)
        {
            WriteLine(json =>
            {
                json.WriteString("type", "capped");
                WriteDocumentFields(json, result);
                FindingJson.WriteCappedRules(json, result.CappedRules);
            });
        }
        foreach (var finding in result.Findings)
        {
            WriteLine(json =>
            {
                json.WriteString("type", "finding");
                WriteDocumentFields(json, result);
                FindingJson.WriteFindingProperties(json, finding, Fingerprints.Of(result.Path, finding));
            });
        }
        output.Flush();
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        WriteLine(json =>
        {
            json.WriteString("type", "summary");
            FindingJson.WriteSummaryProperties(json, summary);
        });
        output.Flush();
    }

    private static void WriteDocumentFields(Utf8JsonWriter json, DocumentResult result)
    {
        json.WriteString("path", Clean(result.Path));
        if (result.Url is null) json.WriteNull("url"); else json.WriteString("url", Clean(result.Url));
        if (result.Title is null) json.WriteNull("title"); else json.WriteString("title", Clean(result.Title));
    }

    private void WriteLine(Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, LineOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>Unpaired surrogates (from a bad numeric reference) become U+FFFD: JSON text cannot carry them.</summary>
    internal static string Clean(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return value;
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) builder.Append(c).Append(value[++i]);
            else builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return builder.ToString();
    }
}
