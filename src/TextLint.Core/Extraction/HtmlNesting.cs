// Invariant: one forward pass over the source, stopping as soon as the limit is passed; the estimate
// never exceeds the depth a parser could build (implied-end, void and self-closed elements are not counted).
namespace TextLint.Core.Extraction;

/// <summary>Estimates how deeply a document's elements nest, before handing it to a tree parser.</summary>
internal static class HtmlNesting
{
    /// <summary>True when more than <paramref name="maxDepth"/> elements are open at some point of the source.</summary>
    public static bool ExceedsDepth(string source, int maxDepth)
    {
        // Every open element began at a '<', so a page with few of them cannot nest deeply; counting
        // them is vectorized and ten times cheaper than reading the tags.
        if (source.AsSpan().Count('<') <= maxDepth) return false;
        int depth = 0;
        int p = 0;
        while (true)
        {
            int lt = source.IndexOf('<', p);
            if (lt < 0) return false;
            var token = HtmlMarkup.ReadMarkup(source, lt);
            if (token.Kind == MarkupKind.None) { p = lt + 1; continue; }
            p = token.End;
            if (token.Kind == MarkupKind.Comment) continue;
            var name = token.Name(source);
            bool counts = !HtmlElementRules.IsVoid(name) && !HtmlElementRules.HasImpliedEnd(name);
            if (token.Kind == MarkupKind.StartTag)
            {
                if (HtmlMarkup.ContentModelOf(name) != ContentModel.Normal) p = HtmlMarkup.FindClosingTag(source, p, name);
                if (counts && !token.SelfClosing && ++depth > maxDepth) return true;
            }
            else if (counts && depth > 0)
            {
                depth--;
            }
        }
    }
}
