// Invariant: reads at most PrescanLength bytes, never throws, and reports only a charset that was
// literally declared in a <meta> element outside comments (a simplified WHATWG "prescan").
using System.Text;

namespace TextLint.Core.Decoding;

/// <summary>Finds the charset an HTML document declares in its first bytes.</summary>
internal static class HtmlCharsetPrescanner
{
    /// <summary>How many leading bytes are examined; the HTML standard uses 1024, pages in the wild put the meta later.</summary>
    public const int PrescanLength = 4096;

    /// <summary>The declared charset label, or null when none is found.</summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes;
        int p = 0;
        while (p < head.Length)
        {
            int lt = head[p..].IndexOf((byte)'<');
            if (lt < 0) return null;
            p += lt;
            if (StartsWith(head, p, "<!--"))
            {
                int close = head[(p + 4)..].IndexOf("-->"u8);
                if (close < 0) return null;
                p += 4 + close + 3;
            }
            else if (StartsWithIgnoreCase(head, p, "<meta") && p + 5 < head.Length && (IsSpace(head[p + 5]) || head[p + 5] == '/'))
            {
                var attributes = ReadAttributes(head, p + 5, out p);
                string? charset = CharsetOf(attributes);
                if (charset is not null) return charset;
            }
            else if (p + 1 < head.Length && (IsLetter(head[p + 1]) || (head[p + 1] == '/' && p + 2 < head.Length && IsLetter(head[p + 2]))))
            {
                // Any other tag: its attributes are read only so that a quoted '>' does not end it early.
                int nameEnd = p + 1;
                while (nameEnd < head.Length && !IsSpace(head[nameEnd]) && head[nameEnd] != '>') nameEnd++;
                ReadAttributes(head, nameEnd, out p);
            }
            else if (p + 1 < head.Length && (head[p + 1] == '!' || head[p + 1] == '/' || head[p + 1] == '?'))
            {
                int close = head[p..].IndexOf((byte)'>');
                if (close < 0) return null;
                p += close + 1;
            }
            else
            {
                p++;
            }
        }
        return null;
    }

    private static string? CharsetOf(List<(string Name, string Value)> attributes)
    {
        string? httpEquiv = null, content = null;
        foreach (var (name, value) in attributes)
        {
            if (name == "charset" && value.Trim().Length > 0) return value.Trim();
            if (name == "http-equiv") httpEquiv ??= value;
            if (name == "content") content ??= value;
        }
        if (httpEquiv is not null && content is not null
            && httpEquiv.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase))
        {
            return CharsetFromContentType(content);
        }
        return null;
    }

    /// <summary>Extracts the value of <c>charset=</c> from a Content-Type value such as <c>text/html; charset=gb2312</c>.</summary>
    internal static string? CharsetFromContentType(string content)
    {
        int at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        int p = at + 7;
        while (p < content.Length && char.IsWhiteSpace(content[p])) p++;
        if (p >= content.Length || content[p] != '=') return null;
        p++;
        while (p < content.Length && char.IsWhiteSpace(content[p])) p++;
        if (p >= content.Length) return null;
        char quote = content[p];
        if (quote is '"' or '\'')
        {
            int close = content.IndexOf(quote, p + 1);
            return close < 0 ? null : content[(p + 1)..close];
        }
        int end = p;
        while (end < content.Length && !char.IsWhiteSpace(content[end]) && content[end] != ';') end++;
        return end > p ? content[p..end] : null;
    }

    private static List<(string Name, string Value)> ReadAttributes(ReadOnlySpan<byte> s, int p, out int end)
    {
        var attributes = new List<(string, string)>();
        while (true)
        {
            while (p < s.Length && (IsSpace(s[p]) || s[p] == '/')) p++;
            if (p >= s.Length) { end = s.Length; return attributes; }
            if (s[p] == '>') { end = p + 1; return attributes; }
            int nameStart = p++;
            while (p < s.Length && !IsSpace(s[p]) && s[p] != '/' && s[p] != '>' && s[p] != '=') p++;
            string name = Encoding.Latin1.GetString(s[nameStart..p]).ToLowerInvariant();
            while (p < s.Length && IsSpace(s[p])) p++;
            string value = "";
            if (p < s.Length && s[p] == '=')
            {
                p++;
                while (p < s.Length && IsSpace(s[p])) p++;
                if (p < s.Length && (s[p] == '"' || s[p] == '\''))
                {
                    byte quote = s[p];
                    int close = s[(p + 1)..].IndexOf(quote);
                    if (close < 0) { end = s.Length; return attributes; }
                    value = Encoding.Latin1.GetString(s.Slice(p + 1, close));
                    p += close + 2;
                }
                else
                {
                    int valueStart = p;
                    while (p < s.Length && !IsSpace(s[p]) && s[p] != '>') p++;
                    value = Encoding.Latin1.GetString(s[valueStart..p]);
                }
            }
            attributes.Add((name, value));
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool StartsWith(ReadOnlySpan<byte> s, int p, string ascii)
    {
        if (p + ascii.Length > s.Length) return false;
        for (int i = 0; i < ascii.Length; i++) if (s[p + i] != ascii[i]) return false;
        return true;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, int p, string asciiLower)
    {
        if (p + asciiLower.Length > s.Length) return false;
        for (int i = 0; i < asciiLower.Length; i++) if ((s[p + i] | 0x20) != asciiLower[i] && s[p + i] != asciiLower[i]) return false;
        return true;
    }
}
