// Invariant: the traits are those of the HTML tree-construction rules (WHATWG, as AngleSharp implements
// them) plus this project's own reading rules taken from HtmlElementRules, so a reader that follows
// them builds, in its head, the tree the parser would build.
namespace TextLint.Core.Extraction;

/// <summary>What the tree-construction rules and the extraction rules say about an element name.</summary>
[Flags]
internal enum ElementTraits
{
    None = 0,
    /// <summary>Never has content or an end tag.</summary>
    Void = 1 << 0,
    /// <summary>The parser's "special" category: end tags of other elements stop at it.</summary>
    Special = 1 << 1,
    /// <summary>Tracked in the list of active formatting elements (and rebuilt by the parser when closed out of turn).</summary>
    Formatting = 1 << 2,
    /// <summary>Its start tag closes an open <c>p</c> in button scope.</summary>
    ClosesParagraph = 1 << 3,
    /// <summary>Closed by "generate implied end tags".</summary>
    ImpliedEnd = 1 << 4,
    /// <summary>Ends the default scope ("has an element in scope").</summary>
    ScopeBoundary = 1 << 5,
    /// <summary>h1–h6.</summary>
    Heading = 1 << 6,
    /// <summary>Needs parser behaviour the streaming reader does not reproduce; the document goes to the tree parser.</summary>
    Unsupported = 1 << 7,
    /// <summary>Ends a block of text (<see cref="HtmlElementRules.IsBlock"/>).</summary>
    Block = 1 << 8,
    /// <summary>Its content is never text to read (<see cref="HtmlElementRules.IsSkippedByName"/>).</summary>
    Skipped = 1 << 9,
    /// <summary>Raw text content (script, style…): everything up to its end tag is one text run.</summary>
    RawText = 1 << 10,
    /// <summary>RCDATA content (title, textarea): text with character references, no tags.</summary>
    RcData = 1 << 11,
    /// <summary>Pushes a marker on the list of active formatting elements (cells, captions, applet, marquee, object).</summary>
    Marker = 1 << 12,
    /// <summary>Belongs in the head (processed by the "in head" rules wherever it appears).</summary>
    HeadContent = 1 << 13,
}

/// <summary>Element names with their <see cref="ElementTraits"/>, looked up by a span of the source in any case.</summary>
internal static class HtmlElementTraits
{
    private static readonly Dictionary<string, ElementTraits> Table = Build();
    private static readonly Dictionary<string, ElementTraits>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The element's lower-case name (the table's own string for known names, so no allocation) and its traits.
    /// Unknown names are ordinary elements.
    /// </summary>
    public static (string Name, ElementTraits Traits) Of(ReadOnlySpan<char> name)
    {
        if (Lookup.TryGetValue(name, out string? known, out var traits)) return (known, traits);
        string lower = name.ToString().ToLowerInvariant();
        return (lower, FromRules(lower));
    }

    private static ElementTraits FromRules(string name)
    {
        var traits = ElementTraits.None;
        if (HtmlElementRules.IsBlock(name)) traits |= ElementTraits.Block;
        if (HtmlElementRules.IsSkippedByName(name)) traits |= ElementTraits.Skipped;
        if (HtmlElementRules.IsVoid(name)) traits |= ElementTraits.Void;
        traits |= HtmlMarkup.ContentModelOf(name) switch
        {
            ContentModel.RawText => ElementTraits.RawText,
            ContentModel.RcData => ElementTraits.RcData,
            _ => ElementTraits.None,
        };
        return traits;
    }

    private static Dictionary<string, ElementTraits> Build()
    {
        var table = new Dictionary<string, ElementTraits>(StringComparer.OrdinalIgnoreCase);
        void Add(ElementTraits traits, params string[] names)
        {
            foreach (var name in names)
                table[name] = (table.TryGetValue(name, out var existing) ? existing : FromRules(name)) | traits;
        }
        Add(ElementTraits.Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
            "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing",
            "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
            "plaintext", "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody", "td",
            "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        Add(ElementTraits.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(ElementTraits.ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary",
            "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "hr", "xmp");
        Add(ElementTraits.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
        Add(ElementTraits.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
        Add(ElementTraits.Marker, "applet", "caption", "td", "th", "marquee", "object");
        Add(ElementTraits.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(ElementTraits.HeadContent, "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title");
        // MathML, templates, frames, ruby, plaintext and the renamed or obsolete elements follow rules of their
        // own (inline SVG is skipped by the reader itself); "search" is new enough that parsers disagree on
        // whether it closes a paragraph.
        Add(ElementTraits.Unsupported,
            "math", "template", "frameset", "frame", "plaintext", "image", "isindex", "rb", "rp", "rt", "rtc", "search", "menuitem");
        return table;
    }
}
