// Invariant: either the blocks are exactly those the tree walk over AngleSharp's document gives (same
// text, same source spans, same order), or the reader gives up and returns null so the caller parses
// the document. It keeps the stack of open elements the parser would keep, following the HTML
// tree-construction rules for the markup it accepts: explicit and omitted end tags (p, li, dd, dt,
// option, table rows and cells), implied head, body, tbody and tr, misplaced end tags the parser
// ignores. Whatever makes the parser move nodes or rebuild elements (foster parenting, the adoption
// agency, reconstructed formatting elements), foreign content, templates and frames make it give up.
namespace TextLint.Core.Extraction;

/// <summary>
/// Reads the text of HTML documents that need no repair by the tree builder in one forward pass over
/// the source, without building a tree: the common case of CMS-generated pages, for a fraction of the
/// cost of a parse. <see cref="HtmlExtractor"/> tries it first and parses with AngleSharp when it gives up.
/// </summary>
internal sealed class WellFormedHtmlReader
{
    private enum Mode { BeforeHtml, BeforeHead, InHead, InHeadNoscript, AfterHead, InBody }

    /// <summary>The insertion mode the nearest table-, select- or body-level element puts its content in.</summary>
    private enum Context : byte { Body, Table, TableBody, Row, Cell, Caption, ColumnGroup, Select }

    private enum FormPointer { None, Open, Dangling }

    private struct OpenElement
    {
        public string Name;
        public ElementTraits Traits;
        /// <summary>Whether the element's content is read (the tree walk's "visible").</summary>
        public bool Visible;
        public Context Context;
    }

    private readonly string _s;
    private readonly List<TextBlock> _blocks = [];
    private readonly BlockBuilder _body;
    private readonly List<AttributeSpan> _attributes = [];
    private OpenElement[] _stack = new OpenElement[32];
    private int _depth;
    private Mode _mode = Mode.BeforeHtml;
    private FormPointer _form;
    /// <summary>Whether the start tag being handled ends in "/&gt;" (which only foreign elements honour).</summary>
    private bool _selfClosing;

    private WellFormedHtmlReader(string source)
    {
        _s = source;
        _body = new BlockBuilder(BlockPart.Body, _blocks, capacity: 256);
    }

    /// <summary>The blocks of <paramref name="source"/>, or null when the document needs the tree parser.</summary>
    public static IReadOnlyList<TextBlock>? TryExtract(string source)
    {
        // NUL is replaced or dropped depending on where it stands; a byte-order mark is the parser's to skip;
        // AngleSharp reads "&;" otherwise than the specification (the tree walk then drops the text);
        // WeChat pages read one element by id and take their title from elsewhere.
        if (source.Length == 0 || source[0] == '\uFEFF' || source.AsSpan().Contains('\0')
            || source.Contains("&;", StringComparison.Ordinal) || WeChatArticle.LooksLikeArticle(source))
            return null;
        var reader = new WellFormedHtmlReader(source);
        return reader.Run() ? HtmlExtractor.SortBySource(reader._blocks) : null;
    }

    private bool Run()
    {
        string s = _s;
        int n = s.Length, p = 0;
        while (p < n)
        {
            int lt = s.IndexOf('<', p);
            if (lt < 0) lt = n;
            if (lt > p && !OnText(p, lt)) return false;
            if (lt >= n) break;
            _attributes.Clear();
            var token = HtmlMarkup.ReadMarkup(s, lt, _attributes);
            if (token.Kind == MarkupKind.None)
            {
                if (!OnText(lt, lt + 1)) return false; // a '<' that starts no markup is text
                p = lt + 1;
                continue;
            }
            if (token.Truncated) return false;
            p = token.End;
            if (token.Kind == MarkupKind.Comment) continue;
            var (name, traits) = HtmlElementTraits.Of(token.Name(s));
            if ((traits & ElementTraits.Unsupported) != 0) return false;
            _selfClosing = token.SelfClosing;
            bool ok = token.Kind == MarkupKind.StartTag ? OnStartTag(name, traits, ref p) : OnEndTag(name, traits);
            if (!ok) return false;
        }
        while (_depth > 0) Pop();
        _body.Flush();
        return true;
    }

    // ---- text -------------------------------------------------------------------------------------

    private bool OnText(int from, int to)
    {
        string s = _s;
        int p = from;
        if (_mode != Mode.InBody)
        {
            // Before the body, whitespace is dropped or goes to the head; anything else starts the body.
            while (p < to)
            {
                int end = SourceAligner.ReadTextChar(s, p, s.Length, inAttribute: false, out char single, out string? expansion);
                char first = expansion is null ? single : expansion[0];
                if (!HtmlMarkup.IsWhitespace(first)) break;
                p = end;
            }
            if (p >= to) return true;
            if (_mode == Mode.InHeadNoscript) return false; // the parser would close the noscript first
            StartBody(attributesGiven: false);
        }
        ref var top = ref _stack[_depth - 1];
        if (top.Context is Context.Table or Context.TableBody or Context.Row or Context.ColumnGroup)
        {
            // Text that is not whitespace directly in a table is moved out of it by the parser.
            for (int q = p; q < to;)
            {
                int end = SourceAligner.ReadTextChar(s, q, s.Length, inAttribute: false, out char single, out string? expansion);
                if (expansion is not null || !HtmlMarkup.IsWhitespace(single)) return false;
                q = end;
            }
        }
        if (!top.Visible) return true;
        _body.AppendSourceRun(s, p, to);
        return true;
    }

    // ---- start tags -------------------------------------------------------------------------------

    private bool OnStartTag(string name, ElementTraits traits, ref int p)
    {
        while (true)
        {
            switch (_mode)
            {
                case Mode.BeforeHtml:
                    if (name == "html") { _mode = Mode.BeforeHead; return true; }
                    _mode = Mode.BeforeHead;
                    continue;
                case Mode.BeforeHead:
                    if (name == "html") return true;
                    _mode = Mode.InHead;
                    if (name == "head") return true;
                    continue;
                case Mode.InHeadNoscript:
                    // With scripting off, a noscript in the head holds style sheets and metadata only.
                    return name is "link" or "meta" or "style" or "basefont" or "bgsound" or "noframes"
                        && InHeadElement(name, traits, ref p);
                case Mode.InHead:
                case Mode.AfterHead:
                    if (name is "html" or "head") return true;
                    if ((traits & ElementTraits.HeadContent) != 0) return InHeadElement(name, traits, ref p);
                    if (_mode == Mode.InHead)
                    {
                        if (name == "noscript") { _mode = Mode.InHeadNoscript; return true; }
                        _mode = Mode.AfterHead;
                        continue;
                    }
                    if (name == "body") { StartBody(attributesGiven: true); return true; }
                    StartBody(attributesGiven: false);
                    continue;
                default:
                    return InBodyStartTag(name, traits, ref p);
            }
        }
    }

    /// <summary>An element the "in head" rules insert into the head: none of its content is visible.</summary>
    private bool InHeadElement(string name, ElementTraits traits, ref int p)
    {
        if (name == "title") return ReadTitle(ref p);
        if (name == "meta") { ReadMetaDescription(); return true; }
        if ((traits & ElementTraits.RawText) != 0) return SkipRawText(name, ref p);
        return true; // base, basefont, bgsound, link: void, nothing to read
    }

    private void StartBody(bool attributesGiven)
    {
        _mode = Mode.InBody;
        var (name, traits) = HtmlElementTraits.Of("body");
        bool visible = !attributesGiven || !IsHiddenByAttributes();
        Push(name, traits, visible, Context.Body);
    }

    private bool InBodyStartTag(string name, ElementTraits traits, ref int p)
    {
        while (true)
        {
            ref var top = ref _stack[_depth - 1];
            switch (top.Context)
            {
                case Context.Select:
                    return InSelectStartTag(name, traits);
                case Context.Table:
                case Context.TableBody:
                case Context.Row:
                    if (!InTableStartTag(name, traits, ref p, out bool reprocess)) return false;
                    if (reprocess) continue;
                    return true;
                case Context.ColumnGroup:
                    if (name == "col") return Insert(name, traits, ref p);
                    if (name == "html") return true;
                    Pop();
                    continue;
                case Context.Cell:
                case Context.Caption:
                    if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
                    {
                        CloseContextOwner(top.Context);
                        continue;
                    }
                    return InBodyRules(name, traits, ref p);
                default:
                    return InBodyRules(name, traits, ref p);
            }
        }
    }

    /// <summary>The "in body" insertion mode's start-tag rules, for the tags this reader accepts.</summary>
    private bool InBodyRules(string name, ElementTraits traits, ref int p)
    {
        switch (name)
        {
            case "html":
                return true; // attributes merge into <html>, whose own visibility reads nothing
            case "body":
            case "caption" or "col" or "colgroup" or "frame" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return false;
            case "head":
                return true;
            case "li":
            case "dd" or "dt":
                if (!CloseListItem(name)) return false;
                break;
            case "button":
                if (InScope("button") >= 0) return false;
                break;
            case "a":
                if (OpenSinceMarker("a") > 0) return false; // the adoption agency would run
                break;
            case "nobr":
                if (InScope("nobr") >= 0) return false;
                break;
            case "table":
                // Whether <table> closes an open <p> depends on the document's quirks mode.
                if (InScope("p", "button") >= 0) return false;
                break;
            case "form":
                if (_form != FormPointer.None) return true; // a form while the pointer is set is ignored, tag and all
                break;
            case "option" or "optgroup":
                if (_stack[_depth - 1].Name == "option") Pop();
                break;
            case "svg":
                return SkipSvg(ref p);
        }
        if ((traits & ElementTraits.ClosesParagraph) != 0 && InScope("p", "button") is int paragraph and >= 0
            && !PopThrough(paragraph)) return false;
        if ((traits & ElementTraits.Heading) != 0 && (_stack[_depth - 1].Traits & ElementTraits.Heading) != 0) Pop();
        // A fourth identical formatting element pushes the first out of the parser's list.
        if ((traits & ElementTraits.Formatting) != 0 && OpenSinceMarker(name) >= 3) return false;
        if (name == "form") _form = FormPointer.Open;
        return Insert(name, traits, ref p);
    }

    /// <summary>The li / dd / dt start-tag step: an open item of the same kind is closed first.</summary>
    private bool CloseListItem(string name)
    {
        for (int i = _depth - 1; i > 0; i--)
        {
            ref var node = ref _stack[i];
            bool sameKind = name == "li" ? node.Name == "li" : node.Name is "dd" or "dt";
            if (sameKind) return PopThrough(i);
            if ((node.Traits & ElementTraits.Special) != 0 && node.Name is not ("address" or "div" or "p")) return true;
        }
        return true;
    }

    private bool InSelectStartTag(string name, ElementTraits traits)
    {
        if (name is not ("option" or "optgroup")) return false;
        if (_stack[_depth - 1].Name == "option") Pop();
        if (name == "optgroup" && _stack[_depth - 1].Name == "optgroup") Pop();
        int unused = 0;
        return Insert(name, traits, ref unused);
    }

    /// <summary>Start tags whose current node is a table, table section or row.</summary>
    private bool InTableStartTag(string name, ElementTraits traits, ref int p, out bool reprocess)
    {
        reprocess = false;
        var context = _stack[_depth - 1].Context;
        if (name is "script" or "style") return Insert(name, traits, ref p);
        // Two tags old ASP pages put between rows, which the table modes insert and close at once
        // instead of moving them out of the table: a hidden input, and a form (ignored while another
        // form is open; its end tag is then ignored too).
        if (name == "input" && FindAttribute("type") is { } type && AttributeValue(type).Equals("hidden", StringComparison.OrdinalIgnoreCase))
            return Insert(name, traits, ref p);
        if (name == "form")
        {
            if (_form != FormPointer.None) return true;
            _form = FormPointer.Open;
            if (!Insert(name, traits, ref p)) return false;
            Pop(); // leaves the pointer dangling, as the parser does
            return true;
        }
        switch (context)
        {
            case Context.Table:
                switch (name)
                {
                    case "caption" or "colgroup" or "tbody" or "tfoot" or "thead":
                        return Insert(name, traits, ref p);
                    case "col":
                        PushImplied("colgroup");
                        reprocess = true;
                        return true;
                    case "tr" or "td" or "th":
                        PushImplied("tbody");
                        reprocess = true;
                        return true;
                    default:
                        return false;
                }
            case Context.TableBody:
                switch (name)
                {
                    case "tr":
                        return Insert(name, traits, ref p);
                    case "td" or "th":
                        PushImplied("tr");
                        reprocess = true;
                        return true;
                    case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                        Pop();
                        reprocess = true;
                        return true;
                    default:
                        return false;
                }
            default: // Row
                switch (name)
                {
                    case "td" or "th":
                        return Insert(name, traits, ref p);
                    case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr":
                        Pop();
                        reprocess = true;
                        return true;
                    default:
                        return false;
                }
        }
    }

    /// <summary>
    /// Inserts an element as the tree walk then reads it: title and meta description taken out, hidden
    /// and skipped content not read, alt text of images, block boundaries on entry and exit.
    /// </summary>
    private bool Insert(string name, ElementTraits traits, ref int p)
    {
        bool parentVisible = _stack[_depth - 1].Visible;
        if (name == "title" && !parentVisible) return ReadTitle(ref p);
        if (name == "meta" && ReadMetaDescription()) return true;
        bool visible = parentVisible && (traits & ElementTraits.Skipped) == 0 && !IsHiddenByAttributes();
        if (parentVisible && !visible) _body.Flush();
        if (visible && name == "img")
        {
            _body.Flush();
            ReadAttribute("alt", BlockPart.Alt);
            return true;
        }
        if ((traits & ElementTraits.RawText) != 0) return SkipRawText(name, ref p);
        bool isBlock = visible && (traits & ElementTraits.Block) != 0;
        if (isBlock) _body.Flush();
        // Elements without children read here (their exit flush would follow the entry flush with nothing between).
        if ((traits & ElementTraits.RcData) != 0)
        {
            // textarea, or a title where it is not read: the content is text the parser keeps in the element.
            if (ClosingTag(p, name) is not { } end) return false;
            p = PastEndTag(end);
            return true;
        }
        if ((traits & ElementTraits.Void) != 0) return true;
        Push(name, traits, visible, ContextOf(name, _stack[_depth - 1].Context));
        return true;
    }

    /// <summary>An element the parser creates without a tag of its own (tbody, tr, colgroup).</summary>
    private void PushImplied(string name)
    {
        var (known, traits) = HtmlElementTraits.Of(name);
        bool parentVisible = _stack[_depth - 1].Visible;
        bool visible = parentVisible && (traits & ElementTraits.Skipped) == 0;
        if (visible && (traits & ElementTraits.Block) != 0) _body.Flush();
        Push(known, traits, visible, ContextOf(known, _stack[_depth - 1].Context));
    }

    private static Context ContextOf(string name, Context parent) => name switch
    {
        "select" => Context.Select,
        "td" or "th" => Context.Cell,
        "tr" => Context.Row,
        "tbody" or "thead" or "tfoot" => Context.TableBody,
        "table" => Context.Table,
        "caption" => Context.Caption,
        "colgroup" => Context.ColumnGroup,
        _ => parent,
    };

    // ---- end tags ---------------------------------------------------------------------------------

    private bool OnEndTag(string name, ElementTraits traits)
    {
        if (_mode == Mode.InHeadNoscript)
        {
            if (name != "noscript") return false;
            _mode = Mode.InHead;
            return true;
        }
        if (_mode != Mode.InBody)
        {
            if (name is "body" or "html" or "br") return false;
            if (name == "head" && _mode == Mode.InHead) _mode = Mode.AfterHead;
            else if (name == "head" && _mode != Mode.AfterHead) return false;
            return true; // any other end tag before the body is ignored
        }
        // </body> and </html> only change the insertion mode; what follows still goes into the open elements.
        if (name is "body" or "html") return true;
        while (true)
        {
            var context = _stack[_depth - 1].Context;
            switch (context)
            {
                case Context.Select:
                    return InSelectEndTag(name);
                case Context.ColumnGroup:
                    if (name != "colgroup") return false;
                    Pop();
                    return true;
                case Context.Table or Context.TableBody or Context.Row when name == "form":
                    return EndForm();
                case Context.Table:
                    if (name != "table") return false;
                    Pop();
                    return true;
                case Context.TableBody:
                    if (name == _stack[_depth - 1].Name) { Pop(); return true; }
                    if (name != "table") return false;
                    Pop();
                    continue;
                case Context.Row:
                    if (name == "tr") { Pop(); return true; }
                    if (name == "table" || (name is "tbody" or "thead" or "tfoot" && _depth >= 2 && _stack[_depth - 2].Name == name))
                    {
                        Pop();
                        continue;
                    }
                    return false;
                case Context.Cell:
                    if (name is "td" or "th")
                    {
                        if (NearestWithContextOwner(Context.Cell) is not { } cell || _stack[cell].Name != name) return false;
                        CloseContextOwner(Context.Cell);
                        return true;
                    }
                    if (name is "table" or "tbody" or "tfoot" or "thead" or "tr") { CloseContextOwner(Context.Cell); continue; }
                    if (name is "caption" or "col" or "colgroup") return false;
                    return InBodyEndTag(name, traits);
                case Context.Caption:
                    if (name == "caption") { CloseContextOwner(Context.Caption); return true; }
                    if (name == "table") { CloseContextOwner(Context.Caption); continue; }
                    if (name is "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr") return false;
                    return InBodyEndTag(name, traits);
                default:
                    if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" or "table")
                        return AnyOtherEndTag(name, traits);
                    return InBodyEndTag(name, traits);
            }
        }
    }

    private bool InSelectEndTag(string name)
    {
        ref var top = ref _stack[_depth - 1];
        switch (name)
        {
            case "option":
                if (top.Name != "option") return false;
                Pop();
                return true;
            case "optgroup":
                if (top.Name == "option" && _depth >= 2 && _stack[_depth - 2].Name == "optgroup") Pop();
                if (_stack[_depth - 1].Name != "optgroup") return false;
                Pop();
                return true;
            case "select":
                int select = InScope("select");
                return select >= 0 && PopThrough(select);
            default:
                return false;
        }
    }

    /// <summary>The "in body" insertion mode's end-tag rules, for the tags this reader accepts.</summary>
    private bool InBodyEndTag(string name, ElementTraits traits)
    {
        switch (name)
        {
            case "p":
                int paragraph = InScope("p", "button");
                if (paragraph >= 0) return PopThrough(paragraph);
                // The parser makes an empty paragraph for a stray </p>: a block boundary.
                if (_stack[_depth - 1].Visible) _body.Flush();
                return true;
            case "br":
                if (_stack[_depth - 1].Visible) _body.Flush(); // read as <br>
                return true;
            case "li":
                int item = InScope("li", "ol", "ul");
                return item < 0 || PopThrough(item);
            case "form":
                return EndForm();
            case "applet" or "marquee" or "object":
                int owner = InScope(name);
                if (owner >= 0) PopThrough(owner, clearsFormatting: true);
                return true;
        }
        if ((traits & ElementTraits.Heading) != 0)
        {
            for (int i = _depth - 1; i > 0; i--)
            {
                if ((_stack[i].Traits & ElementTraits.Heading) != 0) return PopThrough(i);
                if ((_stack[i].Traits & ElementTraits.ScopeBoundary) != 0) return true;
            }
            return true;
        }
        if (name is "dd" or "dt" || (traits & (ElementTraits.ClosesParagraph | ElementTraits.Special)) == (ElementTraits.ClosesParagraph | ElementTraits.Special)
            || name is "button" or "dialog")
        {
            int open = InScope(name);
            return open < 0 || PopThrough(open);
        }
        return AnyOtherEndTag(name, traits);
    }

    /// <summary>
    /// "Any other end tag", and the adoption agency's simple case: the nearest open element of that name is
    /// closed when only ordinary elements lie above it; a special element in between makes the parser
    /// ignore the tag (or, for a formatting element, restructure the tree, which this reader leaves to it).
    /// </summary>
    private bool AnyOtherEndTag(string name, ElementTraits traits)
    {
        for (int i = _depth - 1; i > 0; i--)
        {
            ref var node = ref _stack[i];
            if (node.Name == name) return PopThrough(i);
            if ((node.Traits & ElementTraits.Special) != 0)
                return (traits & ElementTraits.Formatting) == 0 || OpenSinceMarker(name) == 0;
        }
        return true;
    }

    private bool EndForm()
    {
        var pointer = _form;
        _form = FormPointer.None;
        if (pointer != FormPointer.Open) return true;
        int form = InScope("form");
        if (form < 0) return false; // the form stays open with no pointer: a later <form> would nest
        // Everything above the form must close by implied end tags; otherwise the parser removes the form from the middle.
        for (int i = _depth - 1; i > form; i--)
            if ((_stack[i].Traits & ElementTraits.ImpliedEnd) == 0) return false;
        return PopThrough(form);
    }

    /// <summary>Closes the cell or caption that set <paramref name="context"/>, with everything open inside it.</summary>
    private void CloseContextOwner(Context context)
    {
        int owner = NearestWithContextOwner(context) ?? throw new InvalidOperationException($"no open {context}");
        PopThrough(owner, clearsFormatting: true);
    }

    /// <summary>Index of the element that set the current context (the nearest td/th for a cell, caption for a caption).</summary>
    private int? NearestWithContextOwner(Context context)
    {
        for (int i = _depth - 1; i > 0; i--)
        {
            if (_stack[i].Context != context) return null;
            if (ContextOf(_stack[i].Name, Context.Body) == context) return i;
        }
        return null;
    }

    /// <summary>
    /// An inline SVG (icons in menus and buttons): the tree walk reads nothing of foreign elements, so
    /// only where it ends matters. Its content is parsed as foreign content; the reader follows it while
    /// it is nested SVG elements, text and comments, and gives up on what the parser treats specially
    /// there: HTML tags that break out of it, CDATA sections, scripts, markup inside title, desc and
    /// foreignObject (parsed as HTML), end tags that do not close the current element, no end at all.
    /// </summary>
    private bool SkipSvg(ref int p)
    {
        if (_stack[_depth - 1].Visible) _body.Flush();
        if (_selfClosing) return true;
        string s = _s;
        var open = new List<string>(8) { "svg" };
        while (true)
        {
            int lt = s.IndexOf('<', p);
            if (lt < 0) return false;
            var token = HtmlMarkup.ReadMarkup(s, lt);
            if (token.Kind == MarkupKind.None) { p = lt + 1; continue; }
            if (token.Truncated) return false;
            p = token.End;
            if (token.Kind == MarkupKind.Comment)
            {
                if (s.AsSpan(lt).StartsWith("<![CDATA[", StringComparison.Ordinal)) return false;
                continue;
            }
            var name = token.Name(s);
            string current = open[^1];
            if (token.Kind == MarkupKind.StartTag)
            {
                if (current is "foreignobject" or "desc" or "title" || BreaksOutOfSvg(name)) return false;
                if (!token.SelfClosing) open.Add(name.ToString().ToLowerInvariant());
                continue;
            }
            if (!name.Equals(current, StringComparison.OrdinalIgnoreCase)) return false;
            open.RemoveAt(open.Count - 1);
            if (open.Count == 0) return true;
        }
    }

    /// <summary>Start tags that end foreign content (the parser pops back to HTML), plus those this reader does not follow inside it.</summary>
    private static bool BreaksOutOfSvg(ReadOnlySpan<char> name) => HtmlMarkup.IsOneOf(name,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "script", "math", "svg");

    // ---- the stack --------------------------------------------------------------------------------

    private void Push(string name, ElementTraits traits, bool visible, Context context)
    {
        if (_depth == _stack.Length) Array.Resize(ref _stack, _depth * 2);
        _stack[_depth++] = new OpenElement { Name = name, Traits = traits, Visible = visible, Context = context };
    }

    private void Pop()
    {
        ref var node = ref _stack[--_depth];
        if (node.Visible && (node.Traits & ElementTraits.Block) != 0) _body.Flush();
        if (node.Name == "form" && _form == FormPointer.Open) _form = FormPointer.Dangling;
    }

    /// <summary>
    /// Pops the elements above <paramref name="index"/> and the element at it. False (nothing popped) when a
    /// formatting element would be popped from above it: the parser would rebuild it later, unless the
    /// element closed is a marker that clears the formatting list.
    /// </summary>
    private bool PopThrough(int index, bool clearsFormatting = false)
    {
        if (!clearsFormatting)
            for (int i = _depth - 1; i > index; i--)
                if ((_stack[i].Traits & ElementTraits.Formatting) != 0) return false;
        while (_depth > index) Pop();
        return true;
    }

    /// <summary>Index of the nearest open <paramref name="name"/> in scope (default scope plus <paramref name="extraBoundaries"/>), or -1.</summary>
    private int InScope(string name, params ReadOnlySpan<string> extraBoundaries)
    {
        for (int i = _depth - 1; i > 0; i--)
        {
            ref var node = ref _stack[i];
            if (node.Name == name) return i;
            if ((node.Traits & ElementTraits.ScopeBoundary) != 0) return -1;
            foreach (var boundary in extraBoundaries)
                if (node.Name == boundary) return -1;
        }
        return -1;
    }

    /// <summary>How many elements named <paramref name="name"/> are open since the last formatting marker.</summary>
    private int OpenSinceMarker(string name)
    {
        int count = 0;
        for (int i = _depth - 1; i > 0; i--)
        {
            ref var node = ref _stack[i];
            if ((node.Traits & ElementTraits.Marker) != 0) break;
            if (node.Name == name) count++;
        }
        return count;
    }

    // ---- content read from tags -------------------------------------------------------------------

    private bool SkipRawText(string name, ref int p)
    {
        if (ClosingTag(p, name) is not { } close) return false;
        if (name == "script" && MayBeDoubleEscaped(_s.AsSpan(p, close - p))) return false;
        p = PastEndTag(close); // raw-text elements are skipped by name: Insert has flushed already
        return true;
    }

    /// <summary>
    /// Whether a script's content may hide its first <c>&lt;/script</c> from the tokenizer: only after
    /// <c>&lt;!--</c> and then <c>&lt;script</c> (the double-escaped state). The old-style
    /// <c>&lt;script&gt;&lt;!-- … //--&gt;&lt;/script&gt;</c> of many government sites is not.
    /// </summary>
    private static bool MayBeDoubleEscaped(ReadOnlySpan<char> content)
    {
        int escape = content.IndexOf("<!--", StringComparison.Ordinal);
        return escape >= 0 && content[escape..].Contains("<script", StringComparison.OrdinalIgnoreCase);
    }

    private int PastEndTag(int close)
    {
        if (close >= _s.Length) return _s.Length;
        var token = HtmlMarkup.ReadMarkup(_s, close);
        return token.Kind == MarkupKind.None ? close : token.End;
    }

    /// <summary>
    /// Where the raw text or RCDATA content begun at <paramref name="from"/> ends, or null when it runs to
    /// the end of input (the tokenizer's end-of-file handling there is the parser's to apply) or holds a
    /// lookalike of its end tag.
    /// </summary>
    private int? ClosingTag(int from, string name)
    {
        int close = HtmlMarkup.FindClosingTag(_s, from, name);
        if (close >= _s.Length) return null;
        // An end tag of another name inside RCDATA ("</tit", "</titleX") is text to the tokenizer, but
        // AngleSharp does not always read it so; in raw text only a lookalike of its own end tag is suspect.
        bool rcData = name is "title" or "textarea";
        var content = _s.AsSpan(from, close - from);
        int lt = content.IndexOf("</", StringComparison.Ordinal);
        while (lt >= 0)
        {
            var after = content[(lt + 2)..];
            if (rcData ? !after.IsEmpty && HtmlMarkup.IsAsciiLetter(after[0]) : after.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return null;
            int next = after.IndexOf("</", StringComparison.Ordinal);
            lt = next < 0 ? -1 : lt + 2 + next;
        }
        return close;
    }

    /// <summary>The title's content as a block of its own; the cursor moves past its end tag.</summary>
    private bool ReadTitle(ref int cursor)
    {
        if (ClosingTag(cursor, "title") is not { } to) return false;
        var title = new BlockBuilder(BlockPart.Title, _blocks);
        title.AppendSourceRun(_s, cursor, to);
        title.Flush();
        cursor = PastEndTag(to);
        return true;
    }

    /// <summary>A <c>meta name=description</c>: its content as a block. False for any other meta.</summary>
    private bool ReadMetaDescription()
    {
        if (FindAttribute("name") is not { } metaName) return false;
        if (!AttributeValue(metaName).Trim().Equals("description", StringComparison.OrdinalIgnoreCase)) return false;
        ReadAttribute("content", BlockPart.Meta);
        return true;
    }

    private void ReadAttribute(string attributeName, BlockPart part)
    {
        if (FindAttribute(attributeName) is not { } attribute) return;
        if (AttributeValue(attribute).IsWhiteSpace()) return; // as string.IsNullOrWhiteSpace on the parsed value
        AttributeText.AppendValue(_s, attribute, null, new BlockBuilder(part, _blocks));
    }

    private bool IsHiddenByAttributes() =>
        FindAttribute("hidden") is not null || (FindAttribute("style") is { } style && HtmlElementRules.IsHidingStyle(AttributeValue(style)));

    private AttributeSpan? FindAttribute(string name) => AttributeText.Find(_s, _attributes, name);

    private ReadOnlySpan<char> AttributeValue(AttributeSpan attribute) => AttributeText.DecodedValue(_s, attribute);
}
