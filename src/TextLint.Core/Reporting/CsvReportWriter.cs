using System.Globalization;
using System.Text;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// CSV for spreadsheets (RFC 4180): a UTF-8 byte-order mark first, so Excel reads Chinese correctly;
/// CRLF line ends; every field quoted when it holds a comma, quote, CR or LF (quotes doubled). One row
/// per finding, and one per document that could not be checked (its reason in <c>error</c>):
/// <c>path,url,title,line,column,severity,category,rule,text,suggestion,message,context,error,fingerprint</c>.
/// <c>suggestion</c> joins several with " / ". A cell a spreadsheet would run as a formula (starting
/// with <c>= + - @</c>, tab or CR) is prefixed with an apostrophe.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    /// <summary>The header row's column names.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["path", "url", "title", "line", "column", "severity", "category", "rule", "text", "suggestion", "message", "context", "error", "fingerprint"];

    private readonly TextWriter _output;
    private readonly StringBuilder _row = new();

    /// <summary>Creates a writer on <paramref name="output"/> and writes the BOM and header row.</summary>
    public CsvReportWriter(TextWriter output)
    {
        _output = output;
        _output.Write('\uFEFF');
        WriteRow(Columns);
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        if (result.Error is not null)
            WriteRow([result.Path, result.Url ?? "", result.Title ?? "", "", "", "", "", "", "", "", "", "", result.Error, ""]);
        foreach (var f in result.Findings)
        {
            WriteRow([
                result.Path, result.Url ?? "", result.Title ?? "",
                f.Line.ToString(CultureInfo.InvariantCulture), f.Column.ToString(CultureInfo.InvariantCulture),
                f.Severity.ToName(), f.Category, f.RuleId, f.Text, string.Join(" / ", f.Suggestions), f.Message, f.Context, "",
                Fingerprints.Of(result.Path, f),
            ]);
        }
        _output.Flush();
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary) => _output.Flush();

    private void WriteRow(IReadOnlyList<string> cells)
    {
        _row.Clear();
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0) _row.Append(',');
            AppendCell(_row, cells[i]);
        }
        _row.Append("\r\n");
        _output.Write(_row);
    }

    /// <summary>One field: formula-safe, then quoted if needed.</summary>
    internal static void AppendCell(StringBuilder row, string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            row.Append(value);
            return;
        }
        row.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
