// Invariant: the cursor only moves forward, except for bounded rewinds to a <table> start tag (whose
// total length never exceeds the source length), so aligning a whole document costs O(source + text).
// A text node is either matched character by character against the source — every code unit gets the
// exact span it was decoded from — or reported as not aligned; it is never given approximate offsets.
using AngleSharp.Dom;

namespace TextLint.Core.Extraction;

/// <summary>
/// Finds where AngleSharp's text nodes come from in the source. AngleSharp records positions for
/// elements but not for text, so the aligner walks the source with a cursor: elements move it to
/// just after their start tag, text nodes are matched from it while skipping markup (tags,
/// comments, raw text of script/style) and decoding character references and newlines.
/// </summary>
internal sealed class SourceAligner(string source)
{
    private readonly string _source = source;
    private int _position;
    /// <summary>Name of the RCDATA element (title, textarea) the cursor is inside, where '&lt;' is text.</summary>
    private string? _rcDataElement;
    private long _rewindBudget = source.Length;

    /// <summary>Where the cursor is (for tests and diagnostics).</summary>
    public int Position => _position;

    /// <summary>
    /// Locates <paramref name="element"/>'s start tag. Returns false when the element has no usable
    /// source position (it was implied by the parser, or its recorded position does not hold its tag).
    /// </summary>
    public bool TryLocateStartTag(IElement element, out MarkupToken tag, List<AttributeSpan>? attributes = null)
    {
        tag = default;
        var reference = element.SourceReference;
        // Implied elements get Position 0. Line cannot be tested instead: it is 16-bit and wraps to 0 every 65,536 lines.
        if (reference is null || reference.Position.Position <= 0) return TryClaimNextStartTag(element, out tag, attributes);
        // AngleSharp's Position is 1-based and points at '<' (equivalently: the 0-based index of the tag name).
        int lt = reference.Position.Position - 1;
        if (lt < 0 || lt >= _source.Length || _source[lt] != '<') return false;
        tag = HtmlMarkup.ReadMarkup(_source, lt, attributes);
        return tag.Kind == MarkupKind.StartTag
            && tag.Name(_source).Equals(element.LocalName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far past the cursor a position-less element may look for its own start tag.</summary>
    private const int ClaimLookahead = 4096;

    /// <summary>
    /// For an element without a recorded position: AngleSharp omits it for implied elements (tbody,
    /// reconstructed formatting tags); this is a safety net for any other element without one. The next start
    /// tag after the cursor is taken as the element's own only when nothing but whitespace, comments
    /// end tags and script/style elements lie between and the names match, so implied elements never
    /// claim a real tag.
    /// </summary>
    private bool TryClaimNextStartTag(IElement element, out MarkupToken tag, List<AttributeSpan>? attributes)
    {
        tag = default;
        if (_rcDataElement is not null) return false;
        string s = _source;
        int limit = Math.Min(s.Length, _position + ClaimLookahead);
        int p = _position;
        while (p < limit)
        {
            if (HtmlMarkup.IsWhitespace(s[p])) { p++; continue; }
            if (s[p] != '<') return false;
            var markup = HtmlMarkup.ReadMarkup(s, p);
            if (markup.Kind is MarkupKind.Comment or MarkupKind.EndTag) { p = markup.End; continue; }
            // A script or style element (possibly position-less too) holds no text: look past it.
            if (markup.Kind == MarkupKind.StartTag && !markup.Name(s).Equals(element.LocalName, StringComparison.OrdinalIgnoreCase)
                && HtmlMarkup.ContentModelOf(markup.Name(s)) == ContentModel.RawText)
            {
                p = HtmlMarkup.FindClosingTag(s, markup.End, markup.Name(s));
                continue;
            }
            if (markup.Kind != MarkupKind.StartTag || !markup.Name(s).Equals(element.LocalName, StringComparison.OrdinalIgnoreCase)) return false;
            tag = attributes is null ? markup : HtmlMarkup.ReadMarkup(s, p, attributes);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Moves the cursor to just after <paramref name="element"/>'s start tag when that is ahead of it.
    /// A table whose tag is behind the cursor (content was foster-parented out of it, so the tree
    /// visited later source first) rewinds the cursor while the rewind budget lasts.
    /// </summary>
    public void SyncTo(IElement element)
    {
        if (!TryLocateStartTag(element, out var tag)) return;
        if (tag.Start < _position)
        {
            bool canRewind = element.LocalName == "table" && _position - tag.End <= _rewindBudget;
            if (!canRewind) return;
            _rewindBudget -= _position - tag.End;
        }
        _position = tag.End;
        _rcDataElement = null;
        EnterContentOf(tag);
        // The parser drops one newline right after <pre>, <listing> and <textarea>.
        if (HtmlMarkup.IsOneOf(tag.Name(_source), "pre", "listing", "textarea") && _position < _source.Length)
        {
            if (_source[_position] == '\n') _position++;
            else if (_source[_position] == '\r') _position += _position + 1 < _source.Length && _source[_position + 1] == '\n' ? 2 : 1;
        }
    }

    /// <summary>After a start tag: skips raw text, or remembers that RCDATA content begins.</summary>
    private void EnterContentOf(MarkupToken startTag)
    {
        if (startTag.SelfClosing) return;
        var name = startTag.Name(_source);
        switch (HtmlMarkup.ContentModelOf(name))
        {
            case ContentModel.RawText:
                _position = HtmlMarkup.FindClosingTag(_source, _position, name);
                break;
            case ContentModel.RcData:
                _rcDataElement = name.ToString().ToLowerInvariant();
                break;
        }
    }

    /// <summary>
    /// Matches <paramref name="data"/> (a text node's content) against the source at the cursor.
    /// On success fills <paramref name="starts"/>/<paramref name="ends"/> (one entry per code unit),
    /// moves the cursor past the match and returns true. On failure returns false and moves the cursor
    /// only over the markup and whitespace that preceded the first mismatch.
    /// </summary>
    public bool TryAlign(string data, int[] starts, int[] ends)
    {
        if (data.Length == 0) return true;
        string s = _source;
        int n = s.Length;
        int p = _position;
        string? rcData = _rcDataElement;
        int i = 0;
        while (i < data.Length)
        {
            if (p >= n) return Fail(i, p, rcData);
            char c = s[p];
            if (c == '<')
            {
                if (rcData is not null)
                {
                    if (HtmlMarkup.IsClosingTagAt(s, p, rcData))
                    {
                        p = HtmlMarkup.ReadMarkup(s, p).End;
                        rcData = null;
                        continue;
                    }
                }
                else
                {
                    var markup = HtmlMarkup.ReadMarkup(s, p);
                    if (markup.Kind != MarkupKind.None)
                    {
                        p = markup.End;
                        if (markup.Kind == MarkupKind.StartTag && !markup.SelfClosing)
                        {
                            var name = markup.Name(s);
                            var model = HtmlMarkup.ContentModelOf(name);
                            if (model == ContentModel.RawText) p = HtmlMarkup.FindClosingTag(s, p, name);
                            else if (model == ContentModel.RcData) rcData = name.ToString().ToLowerInvariant();
                        }
                        continue;
                    }
                }
            }

            int end = ReadTextChar(s, p, n, inAttribute: false, out char single, out string? expansion);
            if (c == '\0')
            {
                // The tree builder drops NUL in body text and turns it into U+FFFD elsewhere.
                if (data[i] == '\uFFFD') single = '\uFFFD';
                else if (data[i] != '\0') { p = end; continue; }
            }
            if (expansion is null)
            {
                if (single != data[i])
                {
                    // Whitespace before the text starts may have been dropped by the parser (e.g. before <head>).
                    if (i == 0 && HtmlMarkup.IsWhitespace(single)) { p = end; continue; }
                    return Fail(i, p, rcData);
                }
                starts[i] = p;
                ends[i] = end;
                i++;
            }
            else
            {
                if (!data.AsSpan(i).StartsWith(expansion, StringComparison.Ordinal))
                {
                    if (i == 0 && expansion.Length == 1 && HtmlMarkup.IsWhitespace(expansion[0])) { p = end; continue; }
                    return Fail(i, p, rcData);
                }
                // Every code unit of an expansion (e.g. a surrogate pair from &#x20000;) covers the whole reference.
                for (int k = 0; k < expansion.Length; k++) { starts[i + k] = p; ends[i + k] = end; }
                i += expansion.Length;
            }
            p = end;
        }
        _position = p;
        _rcDataElement = rcData;
        return true;
    }

    private bool Fail(int matched, int p, string? rcData)
    {
        // Skipped markup and whitespace before the first character are not text of any later node, so
        // the cursor may pass them; a partly matched prefix may still belong to a later node, so not that.
        if (matched == 0)
        {
            _position = p;
            _rcDataElement = rcData;
        }
        return false;
    }

    /// <summary>
    /// Decodes one character of text at <paramref name="p"/>: a character reference, a newline
    /// (CR LF and lone CR read as LF), or a plain code unit. Returns the index just past it; the value is
    /// <paramref name="single"/>, or <paramref name="expansion"/> when a reference yields several code units.
    /// </summary>
    public static int ReadTextChar(string s, int p, int limit, bool inAttribute, out char single, out string? expansion)
    {
        char c = s[p];
        expansion = null;
        single = c;
        if (c == '&')
        {
            int end = CharacterReferences.Decode(s, p, limit, inAttribute, out string value);
            if (end < 0) return p + 1;
            if (value.Length == 1) single = value[0];
            else expansion = value;
            return end;
        }
        if (c == '\r')
        {
            single = '\n';
            return p + 1 < limit && s[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return p + 1;
    }
}
