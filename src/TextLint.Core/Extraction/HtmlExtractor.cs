// Invariant: every block's map points at the exact source characters its text was read from; a text
// node that cannot be aligned to the source is left out (and ends the block it was in) rather than
// reported with offsets that might be wrong. The traversal is iterative, so tree depth cannot overflow
// the stack, and the whole extraction is linear in the source length.
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TextLint.Core.Extraction;

/// <summary>
/// Extracts readable text from HTML: the visible body text (inline elements joined, block elements
/// ending a block), the <c>&lt;title&gt;</c>, <c>img@alt</c> and <c>meta name=description</c>.
/// Skips script, style, noscript, template, pre, code, textarea, svg, math and hidden elements
/// (<c>hidden</c> attribute, inline <c>display:none</c> / <c>visibility:hidden</c>).
/// </summary>
/// <remarks>
/// Parsing uses AngleSharp, except for documents whose tree follows from their tags without repairs
/// (most CMS-generated pages): those are read in one pass by <see cref="WellFormedHtmlReader"/>, which
/// gives the same blocks or gives up and leaves the document to the parser. Documents nested deeper than <see cref="MaxTreeNestingDepth"/> (the parser's
/// cost grows with the square of the depth) or longer than <see cref="MaxTreeParseLength"/> (the tree
/// takes about 35 bytes per source character) are read by a linear tag-stripping scan instead, which
/// keeps the same offsets guarantee but does not repair malformed markup as a browser would.
/// </remarks>
public sealed class HtmlExtractor : IContentExtractor
{
    /// <summary>Estimated element nesting above which the tag-stripping scan is used (browsers cap depth at 512).</summary>
    public int MaxTreeNestingDepth { get; init; } = 1024;

    /// <summary>Source length (UTF-16 code units) above which the tag-stripping scan is used.</summary>
    public int MaxTreeParseLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Whether documents that need no repair by the tree builder are read in one pass over the source
    /// (<see cref="WellFormedHtmlReader"/>) instead of parsed: the same blocks at a fraction of the cost.
    /// Off: every document goes through AngleSharp (for comparison and tests).
    /// </summary>
    public bool UseWellFormedReader { get; init; } = true;

    /// <inheritdoc />
    public IReadOnlyList<TextBlock> Extract(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length == 0) return [];
        if (source.Length > MaxTreeParseLength || HtmlNesting.ExceedsDepth(source, MaxTreeNestingDepth))
            return TagStrippingExtractor.Extract(source);
        if (UseWellFormedReader && WellFormedHtmlReader.TryExtract(source) is { } blocks) return blocks;
        return ExtractFromTree(source);
    }

    /// <summary>Whether <see cref="Extract"/> would read <paramref name="source"/> by tag stripping (for diagnostics and tests).</summary>
    public bool UsesTagStripping(string source) =>
        source.Length > MaxTreeParseLength || HtmlNesting.ExceedsDepth(source, MaxTreeNestingDepth);

    // One parser per thread. A parser made without a browsing context makes its own, and with it the
    // context's services (selector factories, attribute observers, the event loop): per page that was
    // about a tenth of the allocations of a batch run. A context is not meant to be shared between
    // threads, and a parser keeps nothing of a document once it is disposed, so each thread keeps one.
    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>
    /// AngleSharp's default services without the attribute observer. The observer calls some 25 handlers
    /// for every attribute the parser sets, to keep live objects in step (class lists already made, link
    /// relations that load style sheets, image sources, input types); none of them changes the tree's text
    /// or attribute values, which is all the walk reads, and they cost more than the walk itself.
    /// </summary>
    private static readonly IConfiguration s_configuration = AngleSharp.Configuration.Default.Without<IAttributeObserver>();

    private static IReadOnlyList<TextBlock> ExtractFromTree(string source)
    {
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }, BrowsingContext.New(s_configuration));
        using var document = parser.ParseDocument(source);
        var walk = new TreeWalk(source);
        walk.Run(document);
        return SortBySource(walk.Blocks);
    }

    /// <summary>Blocks in source order (title and meta come from the head; alt text sits between body blocks).</summary>
    internal static IReadOnlyList<TextBlock> SortBySource(List<TextBlock> blocks)
    {
        // Usually the walk met them in source order already; the sort below is stable, so it would keep that order.
        if (IsInSourceOrder(blocks)) return blocks;
        var ordered = blocks.Select((block, index) => (block, index))
            .OrderBy(x => x.block.SourceStartOf(0)).ThenBy(x => x.index)
            .Select(x => x.block).ToList();
        return ordered;
    }

    private static bool IsInSourceOrder(List<TextBlock> blocks)
    {
        for (int i = 1; i < blocks.Count; i++)
            if (blocks[i].SourceStartOf(0) < blocks[i - 1].SourceStartOf(0)) return false;
        return true;
    }

    /// <summary>One document's traversal: an explicit stack instead of recursion.</summary>
    private sealed class TreeWalk(string source)
    {
        private readonly string _source = source;
        private readonly SourceAligner _aligner = new(source);
        private int[] _starts = new int[256];
        private int[] _ends = new int[256];

        public List<TextBlock> Blocks { get; } = [];

        private readonly record struct Step(INode Node, bool Visible, bool IsBlockExit);

        // A WeChat article page: its text is #js_content (hidden by an inline style until scripts run),
        // its title og:title or .rich_media_title; the rest of the body is the platform's chrome.
        private IElement? _weChatContent;
        private bool _weChatTitleFromMeta, _weChatTitleFromHeading;

        public void Run(IDocument document)
        {
            if (WeChatArticle.LooksLikeArticle(_source) && document.GetElementById("js_content") is { } content)
            {
                _weChatContent = content;
                _weChatTitleFromMeta = !string.IsNullOrWhiteSpace(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
                _weChatTitleFromHeading = !_weChatTitleFromMeta && document.QuerySelector(".rich_media_title") is not null;
            }
            var body = new BlockBuilder(BlockPart.Body, Blocks, capacity: 256);
            var stack = new Stack<Step>();
            PushChildren(stack, document, visible: false);
            while (stack.Count > 0)
            {
                var step = stack.Pop();
                if (step.IsBlockExit)
                {
                    body.Flush();
                    continue;
                }
                switch (step.Node)
                {
                    case IText text:
                        AppendText(text, body, step.Visible);
                        break;
                    case IElement element:
                        VisitElement(element, step.Visible, stack, body);
                        break;
                }
            }
            body.Flush();
        }

        private void VisitElement(IElement element, bool parentVisible, Stack<Step> stack, BlockBuilder body)
        {
            _aligner.SyncTo(element);
            string name = element.LocalName;
            bool isHtml = element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri;

            if (_weChatContent is not null && isHtml)
            {
                if (name == "title" && (_weChatTitleFromMeta || _weChatTitleFromHeading)) return;
                if (name == "meta" && _weChatTitleFromMeta
                    && element.GetAttribute("property")?.Trim().Equals("og:title", StringComparison.OrdinalIgnoreCase) == true)
                {
                    ExtractAttribute(element, "content", BlockPart.Title);
                    return;
                }
                if (_weChatTitleFromHeading && element.ClassList.Contains("rich_media_title"))
                {
                    ExtractChildrenText(element, BlockPart.Title);
                    _weChatTitleFromHeading = false; // only the first
                    return;
                }
                if (element == _weChatContent)
                {
                    body.Flush();
                    stack.Push(new Step(element, true, IsBlockExit: true));
                    PushChildren(stack, element, visible: true);
                    return;
                }
            }
            if (isHtml && name == "title" && !parentVisible)
            {
                ExtractChildrenText(element, BlockPart.Title);
                return;
            }
            if (isHtml && name == "meta"
                && element.GetAttribute("name")?.Trim().Equals("description", StringComparison.OrdinalIgnoreCase) == true)
            {
                ExtractAttribute(element, "content", BlockPart.Meta);
                return;
            }
            if (isHtml && name == "body") parentVisible = _weChatContent is null;

            // Foreign (SVG, MathML) elements only occur inside svg/math, which are skipped as a whole.
            bool visible = parentVisible && isHtml && !HtmlElementRules.IsSkippedByName(name)
                && !HtmlElementRules.IsHiddenByAttributes(element);
            if (parentVisible && !visible) body.Flush();

            if (visible && isHtml && name == "img")
            {
                body.Flush();
                ExtractAttribute(element, "alt", BlockPart.Alt);
                return;
            }
            // Raw text (script, style…) is never text to align: the aligner already jumped past it.
            if (isHtml && HtmlMarkup.ContentModelOf(name) == ContentModel.RawText) return;

            bool isBlock = visible && isHtml && HtmlElementRules.IsBlock(name);
            if (isBlock)
            {
                body.Flush();
                stack.Push(new Step(element, visible, IsBlockExit: true));
            }
            // Template content lives in a separate fragment; it is still source text the cursor must pass.
            INode children = element is IHtmlTemplateElement template ? template.Content : element;
            PushChildren(stack, children, visible);
        }

        private static void PushChildren(Stack<Step> stack, INode parent, bool visible)
        {
            var children = parent.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(new Step(children[i], visible, false));
        }

        /// <summary>Title: its text children, aligned like body text, as one block of their own.</summary>
        private void ExtractChildrenText(IElement element, BlockPart part)
        {
            var builder = new BlockBuilder(part, Blocks);
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text) AppendText(text, builder, visible: true);
            }
            builder.Flush();
        }

        /// <summary>
        /// An attribute value as a block, mapped inside the start tag. Left out when the value read from
        /// the source differs from the parser's (e.g. a duplicate attribute or a tag the parser rewrote).
        /// </summary>
        private void ExtractAttribute(IElement element, string attributeName, BlockPart part)
        {
            string? parsedValue = element.GetAttribute(attributeName);
            if (string.IsNullOrWhiteSpace(parsedValue)) return;
            var attributes = new List<AttributeSpan>();
            if (!_aligner.TryLocateStartTag(element, out _, attributes)) return;
            foreach (var attribute in attributes)
            {
                if (!attribute.Name(_source).Equals(attributeName, StringComparison.OrdinalIgnoreCase)) continue;
                AttributeText.AppendValue(_source, attribute, parsedValue, new BlockBuilder(part, Blocks));
                return; // the first of duplicate attributes is the one the parser keeps
            }
        }

        /// <summary>
        /// Aligns a text node to the source (visible or not, so the alignment moves past it) and appends
        /// it to <paramref name="builder"/> when visible. A node that cannot be aligned ends the block:
        /// the text before and after a gap is never joined.
        /// </summary>
        private void AppendText(IText text, BlockBuilder builder, bool visible)
        {
            string data = text.Data; // an interface call: once per node, not per character
            if (!Align(data))
            {
                builder.Flush();
                return;
            }
            if (!visible) return;
            for (int i = 0; i < data.Length; i++) builder.Append(data[i], _starts[i], _ends[i]);
        }

        private bool Align(string data)
        {
            if (data.Length > _starts.Length)
            {
                int size = Math.Max(data.Length, _starts.Length * 2);
                _starts = new int[size];
                _ends = new int[size];
            }
            return _aligner.TryAlign(data, _starts, _ends);
        }
    }
}

/// <summary>Finds and decodes attribute values in the source, with their map.</summary>
internal static class AttributeText
{
    /// <summary>The first attribute named <paramref name="name"/> (the one the parser keeps), or null.</summary>
    public static AttributeSpan? Find(string source, List<AttributeSpan> attributes, string name)
    {
        foreach (var attribute in attributes)
            if (attribute.Name(source).Equals(name, StringComparison.OrdinalIgnoreCase)) return attribute;
        return null;
    }

    /// <summary>An attribute's value as the parser decodes it (character references, newlines).</summary>
    public static ReadOnlySpan<char> DecodedValue(string source, AttributeSpan attribute)
    {
        var raw = source.AsSpan(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart);
        if (raw.IndexOfAny('&', '\r') < 0) return raw;
        var value = new System.Text.StringBuilder(raw.Length);
        int p = attribute.ValueStart;
        while (p < attribute.ValueEnd)
        {
            int end = SourceAligner.ReadTextChar(source, p, attribute.ValueEnd, inAttribute: true, out char single, out string? expansion);
            if (expansion is null) value.Append(single);
            else value.Append(expansion);
            p = end;
        }
        return value.ToString();
    }

    /// <summary>
    /// Decodes <paramref name="attribute"/>'s value and, when it equals <paramref name="expected"/> (or no
    /// expectation is given), appends it to <paramref name="builder"/> and flushes it as one block.
    /// </summary>
    public static bool AppendValue(string source, AttributeSpan attribute, string? expected, BlockBuilder builder)
    {
        var chars = new List<(char C, int Start, int End)>(attribute.ValueEnd - attribute.ValueStart);
        int p = attribute.ValueStart;
        while (p < attribute.ValueEnd)
        {
            int end = SourceAligner.ReadTextChar(source, p, attribute.ValueEnd, inAttribute: true, out char single, out string? expansion);
            if (single == '\0' && expansion is null) single = '\uFFFD';
            if (expansion is null) chars.Add((single, p, end));
            else foreach (char c in expansion) chars.Add((c, p, end));
            p = end;
        }
        if (expected is not null)
        {
            if (chars.Count != expected.Length) return false;
            for (int i = 0; i < chars.Count; i++) if (chars[i].C != expected[i]) return false;
        }
        foreach (var (c, start, end) in chars) builder.Append(c, start, end);
        builder.Flush();
        return true;
    }
}
