// Invariant: one place decides which elements hide their text from readers and which end a block,
// shared by the tree walk and the tag-stripping fallback so both extract the same kind of text.
using AngleSharp.Dom;

namespace TextLint.Core.Extraction;

/// <summary>Which HTML elements end a block of text and which hold no readable text.</summary>
internal static class HtmlElementRules
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "pre", "code", "textarea", "svg", "math",
        "xmp", "listing", "plaintext", "iframe", "noembed", "noframes", "datalist",
        // A title outside the head (e.g. in the body) is not displayed; the head's title is its own block.
        "title",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "img", "input", "legend", "li",
        "main", "menu", "nav", "ol", "optgroup", "option", "p", "section", "select", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video", "audio", "canvas", "object", "embed",
        "frameset", "frame", "marquee", "colgroup", "col", "area", "map",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "basefont", "bgsound", "frame", "image",
    };

    /// <summary>
    /// Elements whose end tag may be omitted: the parser closes them itself, so they never nest deeply
    /// and the nesting estimate ignores them.
    /// </summary>
    private static readonly HashSet<string> ImpliedEndElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
        "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head", "body",
    };

    /// <summary>True when the element's content is never shown as text (by name, not attributes).</summary>
    public static bool IsSkippedByName(ReadOnlySpan<char> name) => SkippedElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>True when the element starts and ends its own block (text does not run across it).</summary>
    public static bool IsBlock(ReadOnlySpan<char> name) => BlockElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>True for elements that never have content or an end tag.</summary>
    public static bool IsVoid(ReadOnlySpan<char> name) => VoidElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>True for elements the parser closes by itself when a sibling starts.</summary>
    public static bool HasImpliedEnd(ReadOnlySpan<char> name) => ImpliedEndElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>True when attributes hide the element: <c>hidden</c>, or inline CSS display:none / visibility:hidden.</summary>
    /// <remarks><c>aria-hidden="true"</c> is deliberately NOT treated as hidden: it hides from screen readers
    /// only, the text is still on screen, and inspectors judge what is on screen.</remarks>
    public static bool IsHiddenByAttributes(IElement element) =>
        element.HasAttribute("hidden") || IsHidingStyle(element.GetAttribute("style"));

    /// <summary>True when an inline style declares <c>display:none</c> or <c>visibility:hidden|collapse</c>.</summary>
    public static bool IsHidingStyle(string? style) => IsHidingStyle(style.AsSpan());

    /// <inheritdoc cref="IsHidingStyle(string?)"/>
    public static bool IsHidingStyle(ReadOnlySpan<char> style)
    {
        if (style.IsEmpty) return false;
        // Read in place: nearly every paragraph of a government page carries an inline style.
        foreach (var range in style.Split(';'))
        {
            var declaration = style[range];
            int colon = declaration.IndexOf(':');
            if (colon < 0) continue;
            var property = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..];
            if (property.Equals("display", StringComparison.OrdinalIgnoreCase))
            {
                if (WithoutImportant(value).Equals("none", StringComparison.OrdinalIgnoreCase)) return true;
            }
            else if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase))
            {
                var v = WithoutImportant(value);
                if (v.Equals("hidden", StringComparison.OrdinalIgnoreCase) || v.Equals("collapse", StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>A declaration's value with every <c>!important</c> removed and trimmed, as a string replace would give.</summary>
    private static ReadOnlySpan<char> WithoutImportant(ReadOnlySpan<char> value)
    {
        if (value.IndexOf("!important", StringComparison.OrdinalIgnoreCase) < 0) return value.Trim();
        return value.ToString().Replace("!important", "", StringComparison.OrdinalIgnoreCase).AsSpan().Trim();
    }
}
