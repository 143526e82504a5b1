// Invariant: every method reads the source forward from the index it is given and returns an index
// at or after it (never before), so callers that only move forward stay linear in the source length.
// The rules follow the HTML tokenizer closely enough to find where markup ends; they do not build a tree.
namespace TextLint.Core.Extraction;

/// <summary>Kind of markup construct found at a <c>&lt;</c>.</summary>
internal enum MarkupKind { None, StartTag, EndTag, Comment }

/// <summary>
/// A tag or comment in the source: [Start, End), and for tags the name's span. <see cref="Truncated"/>: a
/// tag cut off by the end of input (the tokenizer drops it).
/// </summary>
internal readonly record struct MarkupToken(MarkupKind Kind, int Start, int End, int NameStart, int NameEnd, bool SelfClosing, bool Truncated = false)
{
    public ReadOnlySpan<char> Name(string source) => source.AsSpan(NameStart, NameEnd - NameStart);
}

/// <summary>An attribute inside a start tag: name span and value span (the value without its quotes).</summary>
internal readonly record struct AttributeSpan(int NameStart, int NameEnd, int ValueStart, int ValueEnd)
{
    public ReadOnlySpan<char> Name(string source) => source.AsSpan(NameStart, NameEnd - NameStart);
}

/// <summary>How the tokenizer reads the content of an element.</summary>
internal enum ContentModel { Normal, RawText, RcData }

/// <summary>Source-level HTML tokenizing helpers: where tags, comments and raw text end.</summary>
internal static class HtmlMarkup
{
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// Reads the markup construct starting at <paramref name="lt"/> (which holds '&lt;').
    /// Returns a token of kind <see cref="MarkupKind.None"/> when the '&lt;' is literal text.
    /// </summary>
    public static MarkupToken ReadMarkup(string s, int lt, List<AttributeSpan>? attributes = null)
    {
        int n = s.Length;
        if (lt + 1 >= n) return default;
        char next = s[lt + 1];
        if (IsAsciiLetter(next)) return ReadTag(s, lt, lt + 1, MarkupKind.StartTag, attributes);
        if (next == '/')
        {
            if (lt + 2 >= n) return default; // "</" at the end of input is emitted as text
            char afterSlash = s[lt + 2];
            if (IsAsciiLetter(afterSlash)) return ReadTag(s, lt, lt + 2, MarkupKind.EndTag, null);
            if (afterSlash == '>') return new MarkupToken(MarkupKind.Comment, lt, lt + 3, 0, 0, false); // "</>" is dropped
            return new MarkupToken(MarkupKind.Comment, lt, EndOfBogusComment(s, lt + 2), 0, 0, false);
        }
        if (next == '!')
        {
            if (string.CompareOrdinal(s, lt, "<!--", 0, 4) == 0) return new MarkupToken(MarkupKind.Comment, lt, EndOfComment(s, lt + 4, out _), 0, 0, false);
            return new MarkupToken(MarkupKind.Comment, lt, EndOfBogusComment(s, lt + 2), 0, 0, false);
        }
        if (next == '?') return new MarkupToken(MarkupKind.Comment, lt, EndOfBogusComment(s, lt + 1), 0, 0, false);
        return default;
    }

    private static MarkupToken ReadTag(string s, int lt, int nameStart, MarkupKind kind, List<AttributeSpan>? attributes)
    {
        int n = s.Length;
        int p = nameStart;
        while (p < n && !IsWhitespace(s[p]) && s[p] != '/' && s[p] != '>') p++;
        int nameEnd = p;
        bool selfClosing = false;
        while (true)
        {
            while (p < n && (IsWhitespace(s[p]) || s[p] == '/'))
            {
                selfClosing = s[p] == '/' && p + 1 < n && s[p + 1] == '>';
                p++;
            }
            // A tag cut off by the end of input is dropped by the tokenizer: all of it is markup.
            if (p >= n) return new MarkupToken(kind, lt, n, nameStart, nameEnd, false, Truncated: true);
            if (s[p] == '>') return new MarkupToken(kind, lt, p + 1, nameStart, nameEnd, selfClosing);
            selfClosing = false;
            int attributeNameStart = p++; // the first character may be '=', which then belongs to the name
            while (p < n && !IsWhitespace(s[p]) && s[p] != '/' && s[p] != '>' && s[p] != '=') p++;
            int attributeNameEnd = p;
            while (p < n && IsWhitespace(s[p])) p++;
            int valueStart = p, valueEnd = p;
            if (p < n && s[p] == '=')
            {
                p++;
                while (p < n && IsWhitespace(s[p])) p++;
                if (p < n && (s[p] == '"' || s[p] == '\''))
                {
                    int close = s.IndexOf(s[p], p + 1);
                    if (close < 0) return new MarkupToken(kind, lt, n, nameStart, nameEnd, false, Truncated: true);
                    (valueStart, valueEnd, p) = (p + 1, close, close + 1);
                }
                else
                {
                    valueStart = p;
                    while (p < n && !IsWhitespace(s[p]) && s[p] != '>') p++;
                    valueEnd = p;
                }
            }
            else
            {
                valueStart = valueEnd = attributeNameEnd;
            }
            attributes?.Add(new AttributeSpan(attributeNameStart, attributeNameEnd, valueStart, valueEnd));
        }
    }

    /// <summary>
    /// Where the comment whose text starts at <paramref name="p"/> (just past <c>&lt;!--</c>) ends, as the
    /// HTML tokenizer reads it: the offset just past its close, or the end of the input when it is never
    /// closed. <paramref name="textEnd"/> is where its text ends: the end of the input exactly when the
    /// comment is never closed.
    /// </summary>
    internal static int EndOfComment(string s, int p, out int textEnd)
    {
        int n = s.Length;
        textEnd = p;
        if (p < n && s[p] == '>') return p + 1;                                   // <!-->
        if (p + 1 < n && s[p] == '-' && s[p + 1] == '>') return p + 2;           // <!--->
        while (true)
        {
            int dashes = s.IndexOf("--", p, StringComparison.Ordinal);
            textEnd = dashes < 0 ? n : dashes;
            if (dashes < 0) return n;
            int q = dashes + 2;
            while (q < n && s[q] == '-') q++;                                      // "--->" still closes
            if (q < n && s[q] == '>') return q + 1;
            if (q + 1 < n && s[q] == '!' && s[q + 1] == '>') return q + 2;         // --!>
            p = q;
        }
    }

    private static int EndOfBogusComment(string s, int p)
    {
        int close = s.IndexOf('>', p);
        return close < 0 ? s.Length : close + 1;
    }

    /// <summary>How the content of the element named <paramref name="name"/> is tokenized (scripting disabled, as AngleSharp parses by default).</summary>
    public static ContentModel ContentModelOf(ReadOnlySpan<char> name)
    {
        // Called for every tag: the common short names (p, a, li, div, span…) need no comparison.
        if (name.Length is < 3 or > 9) return ContentModel.Normal;
        if (IsOneOf(name, "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext")) return ContentModel.RawText;
        if (IsOneOf(name, "title", "textarea")) return ContentModel.RcData;
        return ContentModel.Normal;
    }

    /// <summary>
    /// Index of the end tag <c>&lt;/name</c> that closes raw text or RCDATA begun at <paramref name="from"/>,
    /// or the source length when it is never closed (plaintext never is).
    /// </summary>
    public static int FindClosingTag(string s, int from, ReadOnlySpan<char> name)
    {
        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) return s.Length;
        int p = from;
        while (true)
        {
            int lt = s.IndexOf("</", p, StringComparison.Ordinal);
            if (lt < 0) return s.Length;
            if (IsClosingTagAt(s, lt, name)) return lt;
            p = lt + 2;
        }
    }

    /// <summary>True when <c>&lt;/name</c> followed by whitespace, '/' or '&gt;' starts at <paramref name="lt"/>.</summary>
    public static bool IsClosingTagAt(string s, int lt, ReadOnlySpan<char> name)
    {
        int end = lt + 2 + name.Length;
        if (end >= s.Length || s[lt] != '<' || s[lt + 1] != '/') return false;
        if (!s.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        char after = s[end];
        return IsWhitespace(after) || after == '/' || after == '>';
    }

    public static bool IsOneOf(ReadOnlySpan<char> name, params ReadOnlySpan<string> names)
    {
        foreach (string candidate in names)
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
