// Invariant: a single forward pass; every character it emits is read straight from the source at the
// position recorded for it, so offsets are exact even though no tree is built. Nesting is tracked only
// for the element that hides content (by name), so malformed markup can at worst hide or show too much.
namespace TextLint.Core.Extraction;

/// <summary>
/// A linear, tree-less reading of HTML used for documents too deep or too large for the tree parser:
/// text between tags, block tags ending blocks, skipped and hidden elements left out.
/// </summary>
internal static class TagStrippingExtractor
{
    public static IReadOnlyList<TextBlock> Extract(string s)
    {
        var blocks = new List<TextBlock>();
        var body = new BlockBuilder(BlockPart.Body, blocks);
        var title = new BlockBuilder(BlockPart.Title, blocks);
        var attributes = new List<AttributeSpan>();
        string? rcDataElement = null;   // inside title/textarea, where '<' is text
        string? hiddenElement = null;   // name of the outermost element whose content is hidden
        int hiddenDepth = 0;
        int n = s.Length, p = 0;
        while (p < n)
        {
            if (s[p] == '<' && (rcDataElement is null || HtmlMarkup.IsClosingTagAt(s, p, rcDataElement)))
            {
                rcDataElement = null;
                attributes.Clear();
                var token = HtmlMarkup.ReadMarkup(s, p, attributes);
                if (token.Kind != MarkupKind.None)
                {
                    p = token.End;
                    if (token.Kind == MarkupKind.StartTag)
                        p = OnStartTag(s, token, attributes, blocks, body, ref rcDataElement, ref hiddenElement, ref hiddenDepth);
                    else if (token.Kind == MarkupKind.EndTag)
                        OnEndTag(s, token, body, title, ref hiddenElement, ref hiddenDepth);
                    continue;
                }
            }
            if (hiddenElement is null && s[p] != '\0') p = (rcDataElement == "title" ? title : body).AppendSourceChar(s, p);
            else p = SourceAligner.ReadTextChar(s, p, n, inAttribute: false, out _, out _);
        }
        body.Flush();
        title.Flush();
        return HtmlExtractor.SortBySource(blocks);
    }

    private static int OnStartTag(string s, MarkupToken token, List<AttributeSpan> attributes, List<TextBlock> blocks,
        BlockBuilder body, ref string? rcDataElement, ref string? hiddenElement, ref int hiddenDepth)
    {
        var name = token.Name(s);
        var model = HtmlMarkup.ContentModelOf(name);
        int p = token.End;
        if (model == ContentModel.RawText) p = HtmlMarkup.FindClosingTag(s, p, name);
        else if (model == ContentModel.RcData) rcDataElement = name.ToString().ToLowerInvariant();

        if (hiddenElement is not null)
        {
            if (name.Equals(hiddenElement, StringComparison.OrdinalIgnoreCase)) hiddenDepth++;
            return p;
        }
        if (name.Equals("title", StringComparison.OrdinalIgnoreCase)) return p;
        if (name.Equals("meta", StringComparison.OrdinalIgnoreCase))
        {
            if (AttributeText.Find(s, attributes, "name") is { } metaName
                && s.AsSpan(metaName.ValueStart, metaName.ValueEnd - metaName.ValueStart).Trim().Equals("description", StringComparison.OrdinalIgnoreCase)
                && AttributeText.Find(s, attributes, "content") is { } content)
            {
                AttributeText.AppendValue(s, content, null, new BlockBuilder(BlockPart.Meta, blocks));
            }
            return p;
        }
        bool hidden = HtmlElementRules.IsSkippedByName(name) || AttributeText.Find(s, attributes, "hidden") is not null
            || (AttributeText.Find(s, attributes, "style") is { } style && HtmlElementRules.IsHidingStyle(s[style.ValueStart..style.ValueEnd]));
        if (hidden)
        {
            body.Flush();
            if (!HtmlElementRules.IsVoid(name) && !token.SelfClosing && model != ContentModel.RawText)
                (hiddenElement, hiddenDepth) = (name.ToString(), 1);
            return p;
        }
        if (HtmlElementRules.IsBlock(name)) body.Flush();
        if (name.Equals("img", StringComparison.OrdinalIgnoreCase) && AttributeText.Find(s, attributes, "alt") is { } alt)
            AttributeText.AppendValue(s, alt, null, new BlockBuilder(BlockPart.Alt, blocks));
        return p;
    }

    private static void OnEndTag(string s, MarkupToken token, BlockBuilder body, BlockBuilder title, ref string? hiddenElement, ref int hiddenDepth)
    {
        var name = token.Name(s);
        if (hiddenElement is not null)
        {
            if (name.Equals(hiddenElement, StringComparison.OrdinalIgnoreCase) && --hiddenDepth == 0) hiddenElement = null;
            return;
        }
        if (name.Equals("title", StringComparison.OrdinalIgnoreCase)) title.Flush();
        if (HtmlElementRules.IsBlock(name)) body.Flush();
    }
}
