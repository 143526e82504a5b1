using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextLint.Core.Reporting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output is handed to a <see cref="TextWriter"/> piece by
/// piece, so a JSON report of thousands of documents is streamed rather than held in memory.
/// </summary>
internal sealed class StreamingJsonWriter : IDisposable
{
    /// <summary>
    /// Indented, and with Chinese written as is: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
    /// leaves non-ASCII text and HTML-sensitive characters (<c>&lt; &gt; &amp; '</c>) unescaped, which is
    /// right for a report file or a pipe but means the output must not be pasted into an HTML
    /// <c>&lt;script&gt;</c> block as is. Quotes, backslashes and control characters are still escaped.
    /// </summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    public StreamingJsonWriter(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>The JSON writer to write with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Moves everything written so far to the text output.</summary>
    public void Drain()
    {
        Json.Flush();
        if (_buffer.WrittenCount == 0) return;
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
        _output.Flush();
    }

    /// <summary>Drains the last piece and ends the output with a newline, as text files should.</summary>
    public void Finish()
    {
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    /// <summary>Writes a string value, replacing unpaired surrogates (which JSON text cannot carry) with U+FFFD.</summary>
    public void String(string propertyName, string? value)
    {
        if (value is null) Json.WriteNull(propertyName);
        else Json.WriteString(propertyName, FindingJson.Clean(value));
    }

    /// <summary>Writes a string array element the same way as <see cref="String(string, string?)"/>.</summary>
    public void StringValue(string value) => Json.WriteStringValue(FindingJson.Clean(value));

    public void Dispose() => Json.Dispose();
}
