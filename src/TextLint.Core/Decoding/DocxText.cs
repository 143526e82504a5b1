// Invariant: the text is a pure function of the document part's XML: one line per paragraph (a table
// cell's paragraphs included), in document order, so a finding's line is the paragraph a reader counts.
using System.IO.Compression;
using System.Xml;

namespace TextLint.Core.Decoding;

/// <summary>
/// The text of a Word document (.docx, Office Open XML) as a reader sees it: the body's paragraphs, one per
/// line, with tabs and line breaks kept; text deleted in tracked changes and field codes are left out,
/// inserted text is kept. Site archives carry such attachments and inspections read them like pages.
/// </summary>
public static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string BodyPart = "word/document.xml";

    /// <summary>Most bytes of the body part read (a zip bomb must not exhaust memory): 64 MB of XML.</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The text of the .docx in <paramref name="bytes"/>; a <see cref="TextLintException"/> names
    /// <paramref name="displayName"/> and the problem when it is no readable Word document.
    /// </summary>
    public static string Read(byte[] bytes, string displayName)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var body = archive.GetEntry(BodyPart)
                ?? throw new TextLintException($"{displayName}: not a Word document (.docx): it has no {BodyPart}");
            using var data = body.Open();
            using var limited = new Sources.CountingStream(data, MaxBodyBytes,
                $"{displayName}: the document's text part is larger than {Sources.LimitedReading.FormatBytes(MaxBodyBytes)}; not read");
            return ReadBody(limited);
        }
        catch (InvalidDataException e)
        {
            // A password-protected .docx is an OLE compound file, not a zip.
            throw new TextLintException($"{displayName}: not a readable .docx (password-protected, or not a Word 2007+ file): {e.Message}");
        }
        catch (XmlException e)
        {
            throw new TextLintException($"{displayName}: corrupt .docx: {e.Message}");
        }
        catch (Sources.LimitExceededException e)
        {
            throw new TextLintException(e.Message);
        }
    }

    private static string ReadBody(Stream xml)
    {
        var text = new System.Text.StringBuilder();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(xml, settings);
        int paragraphs = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordNamespace)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "p":
                    if (paragraphs++ > 0) text.Append('\n');
                    reader.Read();
                    break;
                case "t":
                    // Reading the content moves past the element: no further Read here.
                    text.Append(reader.ReadElementContentAsString().Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case "tab":
                    text.Append('\t');
                    reader.Read();
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    reader.Read();
                    break;
                case "delText" or "instrText":
                    reader.Skip(); // deleted in tracked changes; a field's code, not its shown result
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        return text.ToString();
    }
}
