// Invariant: the format is decided from the file name when it is known, and only otherwise from the
// content; both decisions are pure functions of their input.
namespace TextLint.Core.Sources;

/// <summary>How a document's text is read.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>Markdown: read as text, without code blocks, code spans and comments.</summary>
    Markdown,
    /// <summary>A Word document (.docx): its paragraphs read as text, one per line (<see cref="Decoding.DocxText"/>).</summary>
    Docx,
}

/// <summary>Decides a document's format from its name or content.</summary>
public static class DocumentFormats
{
    /// <summary>How far <see cref="Sniff"/> looks for an HTML tag.</summary>
    public const int SniffLength = 1024;

    /// <summary>The format implied by the extension (.html .htm .shtml .xhtml → Html; .txt → Text; .md .markdown → Markdown; .docx → Docx), or null when unknown.</summary>
    public static DocumentFormat? FromPath(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".shtml" or ".xhtml" => DocumentFormat.Html,
            ".txt" => DocumentFormat.Text,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".docx" => DocumentFormat.Docx,
            _ => null,
        };
    }

    /// <summary>
    /// Html when the text starts (after whitespace and a BOM) with <c>&lt;!doctype html</c>, <c>&lt;html</c>,
    /// <c>&lt;head</c> or <c>&lt;body</c>, or contains such a tag in its first <see cref="SniffLength"/> characters; otherwise Text.
    /// </summary>
    public static DocumentFormat Sniff(ReadOnlySpan<char> text)
    {
        var head = text.Length > SniffLength ? text[..SniffLength] : text;
        head = head.TrimStart("\uFEFF \t\r\n\f");
        if (StartsWithHtmlTag(head)) return DocumentFormat.Html;
        for (int lt = head.IndexOf('<'); lt >= 0; )
        {
            if (StartsWithHtmlTag(head[lt..])) return DocumentFormat.Html;
            int next = head[(lt + 1)..].IndexOf('<');
            lt = next < 0 ? -1 : lt + 1 + next;
        }
        return DocumentFormat.Text;
    }

    private static bool StartsWithHtmlTag(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (string tag in (ReadOnlySpan<string>)["<html", "<head", "<body"])
        {
            if (!s.StartsWith(tag, StringComparison.OrdinalIgnoreCase)) continue;
            // "<header" and "<bodyguard>" are not the tags looked for: the name must end here.
            if (s.Length == tag.Length) return true;
            char after = s[tag.Length];
            if (after is '>' or '/' or ' ' or '\t' or '\r' or '\n' or '\f') return true;
        }
        return false;
    }
}
