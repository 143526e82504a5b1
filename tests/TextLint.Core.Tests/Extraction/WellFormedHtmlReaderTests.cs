using System.Text;
using TextLint.Core.Extraction;

namespace TextLint.Core.Tests.Extraction;

/// <summary>
/// The one-pass reader must give exactly the blocks of the tree walk over AngleSharp's document, or give
/// up. Checked differentially on generated tag soup (well-formed and broken in the ways real pages are)
/// and on realistic pages, with a floor on how much it accepts so that giving up on everything fails.
/// </summary>
public class WellFormedHtmlReaderTests
{
    private static readonly HtmlExtractor TreeOnly = new() { UseWellFormedReader = false };

    private static void AssertSameAsTree(string source)
    {
        if (WellFormedHtmlReader.TryExtract(source) is { } fast) BlockAssert.SameBlocks(source, TreeOnly.Extract(source), fast);
    }

    /// <summary>The reader's blocks for a page it must take, checked against the tree walk.</summary>
    private static IReadOnlyList<TextBlock> ReadInOnePass(string source)
    {
        var blocks = WellFormedHtmlReader.TryExtract(source);
        Assert.NotNull(blocks);
        BlockAssert.SameBlocks(source, TreeOnly.Extract(source), blocks);
        return blocks;
    }

    [Theory]
    [InlineData(1, 4000)]
    [InlineData(2, 4000)]
    [InlineData(3, 4000)]
    public void GeneratedTagSoupGivesTheTreeWalksBlocksOrIsLeftToTheParser(int seed, int documents)
    {
        var random = new Random(seed);
        int accepted = 0;
        for (int d = 0; d < documents; d++)
        {
            string source = TagSoup.Document(random);
            if (WellFormedHtmlReader.TryExtract(source) is not null) accepted++;
            AssertSameAsTree(source);
        }
        // The generator breaks documents on purpose; a reader that gave up on all of them would prove nothing.
        Assert.True(accepted > documents / 4, $"only {accepted} of {documents} generated documents were read in one pass");
    }

    /// <summary>
    /// Real pages are broken by hand edits and truncation rather than generated badly: well-formed pages
    /// cut, spliced and sprinkled with stray tags (an unclosed title, an end-tag lookalike, a table tag
    /// in the wrong place) must still either agree with the tree walk or be left to the parser.
    /// </summary>
    [Theory]
    [InlineData(11, 3000)]
    [InlineData(12, 3000)]
    public void EditedAndTruncatedPagesGiveTheTreeWalksBlocksOrAreLeftToTheParser(int seed, int documents)
    {
        string[] pages = [TypicalPage, OldStylePage];
        string[] snippets =
        [
            "<p>", "</p>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<li>", "</li>", "<b>",
            "</b>", "<a href=x>", "</a>", "<select>", "<option>", "</select>", "<form>", "</form>", "<br>", "</br>", "<img alt=甲>",
            "<script>x<y</script>", "<!--c-->", "&amp;", "&", "<", "</", "<!", "\r\n", "<title>题</title>", "</tit", "</body>",
            "</html>", "<body>", "<head>", "<caption>", "<col>", "</tbody>", "<h1>", "</h1>", "<dd>", "<span hidden>", "</span>",
            "<textarea>", "<noscript>", "</noscript>", "<button>", "<object>", "<meta name=description content=描述>",
            "<svg><title>图标</title><path d=x/></svg>", "<svg>", "</svg>", "<g>", "<path d=y/>",
        ];
        var random = new Random(seed);
        int accepted = 0;
        for (int d = 0; d < documents; d++)
        {
            var page = new StringBuilder(pages[random.Next(pages.Length)]);
            for (int edits = random.Next(1, 5); edits > 0; edits--)
            {
                int at = random.Next(page.Length + 1);
                switch (random.Next(4))
                {
                    case 0 or 1:
                        page.Insert(at, snippets[random.Next(snippets.Length)]);
                        break;
                    case 2:
                        page.Length = Math.Max(1, at); // cut off
                        break;
                    default:
                        int from = random.Next(page.Length), length = Math.Min(random.Next(1, 60), page.Length - from);
                        page.Insert(at, page.ToString(from, length));
                        break;
                }
            }
            string source = page.ToString();
            if (WellFormedHtmlReader.TryExtract(source) is not null) accepted++;
            AssertSameAsTree(source);
        }
        Assert.True(accepted > documents / 10, $"only {accepted} of {documents} edited pages were read in one pass");
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>标题</title><meta name=\"description\" content=\"描述\"></head>\n<body><p>正文<b>加粗</b>。</p></body></html>\n")]
    [InlineData("<p>一<p>二<ul><li>三<li>四</ul><table><tr><td>五<td>六<tr><td>七</table>")]
    [InlineData("<div>甲<span>乙</div>丙</span>丁")]
    [InlineData("<body><div hidden>隐<p>藏</div><p style=\"display: none\">也隐藏</p>显示</body>")]
    [InlineData("<p>前<script>var x = '<p>';</script>后</p><p>a</p>b</body>c</html>\n d")]
    [InlineData("<select><option>选一<option>选二<optgroup label=x><option>选三</select>后")]
    [InlineData("<table><caption>表题</caption><colgroup><col></colgroup><thead><tr><th>头</th></tr></thead><tbody><tr><td>格</td></tr></tbody></table>")]
    [InlineData("a</p>b</br>c<img alt=\"　\"><img alt=\"图&amp;文\">d")]
    [InlineData("<form><p>表单</form>后<form>二</form>")]
    [InlineData("<h1>一<h2>二</h1>三")]
    [InlineData("<p>搜索<svg viewBox=\"0 0 1 1\"><title>图标</title><path d=\"M0 0\"/><g><circle r=1></circle></g></svg>按钮</p><svg/>后")]
    [InlineData("<div hidden><svg><a href=x><text>字</text></a></svg></div>见")]
    [InlineData("<html><head><noscript><link rel=stylesheet href=a.css><meta name=description content=描述></noscript><title>题</title></head><body>文</body></html>")]
    [InlineData("<head><noscript><p>x</p></noscript></head><body>文</body>")]
    [InlineData("<head><noscript>字</noscript></head><body>文</body>")]
    [InlineData("<dl><dt>术语<dd>解释<dt>术语二</dl>")]
    [InlineData("<p>前<script type=\"text/javascript\"><!--\ndocument.write('<b>x</b>');\n//--></script>后</p>")]
    public void HandWrittenCasesAgreeWithTheTreeWalk(string source) => AssertSameAsTree(source);

    /// <summary>What old ASP pages put between table rows, which the parser keeps in place: read in one pass.</summary>
    [Theory]
    [InlineData("<table><form name=f1 action=x.asp><tr><td>姓名</td></tr></form></table><p>正文</p>")]
    [InlineData("<table><tbody><input type=hidden name=id value=1><tr><input TYPE=\"Hidden\"><td>内容</td></tr></tbody></table>")]
    [InlineData("<table><form><tr><td>一</td></tr></form><form><tr><td>二</td></tr></table><form><p>表单</p></form>")]
    [InlineData("<form><table><tr><td>已在表单中<form>忽略</td></tr></table></form>后")]
    public void FormsAndHiddenInputsBetweenRowsAreReadInOnePass(string source) => ReadInOnePass(source);

    /// <summary>An article pasted from Word into a CMS: Office namespaces, conditional comments, smart tags.</summary>
    [Fact]
    public void WordPastedArticlesAreReadInOnePass()
    {
        const string source = "<table><tr><td class=content>\n<?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" />\n"
            + "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>各乡镇人民政府：<span lang=EN-US><o:p></o:p></span></span></p>\n"
            + "<p class=MsoListParagraph><![if !supportLists]><span lang=EN-US>一、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>"
            + "<span style='font-family:黑体'>压实安全责任</span></p>\n"
            + "<p class=MsoNormal><span>于<st1:chsdate Year=\"2024\" Month=\"2\" Day=\"10\" w:st=\"on\">2月10日</st1:chsdate>前完成排查。</span></p>\n</td></tr></table>";
        var blocks = ReadInOnePass(source);
        Assert.Equal(["各乡镇人民政府：", "一、\u00A0\u00A0 压实安全责任", "于2月10日前完成排查。"], blocks.Select(b => b.Text.Trim()));
    }

    [Theory]
    [InlineData("<b><p>x</b>y</p>")]                       // adoption agency
    [InlineData("<table>表外文字<tr><td>x</td></tr></table>")] // foster parenting
    [InlineData("<table><input type=text><tr><td>x</td></tr></table>")] // foster parenting of a visible input
    [InlineData("<p>x<table><tr><td>y</td></tr></table>")]   // quirks-dependent
    [InlineData("<svg><p>矢量</p></svg>")]                   // an HTML tag breaks out of foreign content
    [InlineData("<svg><![CDATA[x]]></svg><p>y</p>")]         // CDATA in foreign content
    [InlineData("<svg><foreignObject><p>x</p></foreignObject></svg>")] // HTML inside foreign content
    [InlineData("<svg><g></svg>后")]                         // an end tag that does not close the current element
    [InlineData("<math><mi>x</mi></math>")]                 // MathML
    [InlineData("<p>a&;b</p>")]                             // AngleSharp's reading of "&;" differs from the specification's
    [InlineData("<a href=1>x<a href=2>y</a>")]              // nested links
    [InlineData("<li><b>x<li>y")]                           // formatting reconstructed
    [InlineData("<script><!--<script>x</script>--></script><p>y</p>")] // script escapes
    [InlineData("<p>x</p><div")]                            // tag cut off by the end of input
    [InlineData("<title>标题</titl><p>正文</p>")]              // title running to the end of input
    [InlineData("<p>x<script>var a = 1;")]                  // script running to the end of input
    [InlineData("<title>甲</titleX y>\n<title>乙</title><p>x</p>")] // an end-tag lookalike inside a title
    public void MarkupThatTheParserRepairsIsLeftToIt(string source) =>
        Assert.Null(WellFormedHtmlReader.TryExtract(source));

    private const string TypicalPage = "<!DOCTYPE html>\r\n<html lang=\"zh-CN\">\r\n<head>\r\n<meta charset=\"utf-8\">\r\n"
            + "<title>关于做好秸杆禁烧工作的通知_某某市人民政府</title>\r\n<script>var a = 1 < 2;</script>\r\n</head>\r\n<body>\r\n"
            + "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li></ul></div>\r\n"
            + "<div class=\"content\"><p style=\"text-indent:2em\">中华<b>人民</b>共合国&nbsp;攻府</p>\r\n"
            + "<table><tr><td>附件</td><td><a href=\"/f.pdf\">实施方案</a></td></tr></table></div>\r\n</body>\r\n</html>\r\n";

    [Fact]
    public void TypicalGovernmentPageIsReadInOnePassWithExactOffsets()
    {
        const string source = TypicalPage;
        var blocks = ReadInOnePass(source);
        BlockAssert.MapIsExact(source, blocks);
        var paragraph = Assert.Single(blocks, b => b.Text.StartsWith("中华", StringComparison.Ordinal));
        Assert.Equal("中华人民共合国\u00A0攻府", paragraph.Text);
        Assert.Equal("人民</b>共合国", BlockAssert.SourceOf(source, paragraph, 2, 5));
        Assert.Equal("关于做好秸杆禁烧工作的通知_某某市人民政府", Assert.Single(blocks, b => b.Part == BlockPart.Title).Text);
        Assert.Equal(["首页", "政务公开", "附件", "实施方案"], blocks.Where(b => b.Part == BlockPart.Body).Select(b => b.Text).Where(t => !t.StartsWith("中华", StringComparison.Ordinal)));
    }

    private const string OldStylePage = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\r\n<HTML><HEAD>\r\n"
            + "<META http-equiv=Content-Type content=\"text/html; charset=gb2312\"><TITLE>某县人民政府</TITLE>\r\n"
            + "<SCRIPT language=javascript><!--\r\nfunction go(u){window.open(u);}\r\n//--></SCRIPT></HEAD>\r\n"
            + "<BODY leftMargin=0 topMargin=0><CENTER>\r\n<TABLE width=\"100%\" border=0><TBODY><TR><TD><FONT color=#ff0000>"
            + "扫黑险恶专项斗争</FONT><BR>齐齐哈市&nbsp;通知<TD align=right>2023年</TD></TR>\r\n<TR><TD colSpan=2>"
            + "<P>第一段<P>第二段，秸杆禁烧<br>\r\n</TD></TR></TBODY></TABLE></CENTER>\r\n<select onchange=go(this.value)>"
            + "<option value=\"\">友情链接<option value=\"http://www.gov.cn\">中国政府网</select></BODY></HTML>";

    [Fact]
    public void OldStyleTableLayoutPageIsReadInOnePass()
    {
        var blocks = ReadInOnePass(OldStylePage);
        Assert.Equal(["某县人民政府", "扫黑险恶专项斗争", "齐齐哈市\u00A0通知", "2023年", "第一段", "第二段，秸杆禁烧", "友情链接", "中国政府网"],
            blocks.Select(b => b.Text));
    }

    /// <summary>Random documents from the constructs real pages are made of, closed properly or not.</summary>
    private static class TagSoup
    {
        private static readonly string[] Containers =
        [
            "p", "div", "span", "b", "i", "em", "strong", "a", "ul", "ol", "li", "h1", "h2", "h3", "section", "header",
            "table", "tbody", "thead", "tr", "td", "th", "caption", "colgroup", "select", "option", "optgroup", "form",
            "button", "label", "font", "center", "dl", "dt", "dd", "noscript", "pre", "code", "blockquote", "object",
            "marquee", "dialog", "details", "summary", "nobr", "small", "u", "article", "nav", "footer", "main", "address",
            "applet", "menu", "dir", "figure", "figcaption", "fieldset", "legend", "sub", "sup", "abbr", "custom-tag",
        ];

        private static readonly string[] Voids = ["br", "img", "hr", "input", "input type=hidden", "input TYPE=\"Hidden\"", "meta", "link", "wbr", "col", "embed", "area"];

        private static readonly string[] Texts =
        [
            "中华人民共合国", "政府", "，", "。", " ", "\n", "\r\n", "  \t", "&nbsp;", "&amp;", "&lt;p&gt;", "a < b", "&#x4E2D;",
            "&copy", "扫黑除恶", "text", "　", "&#12288;", "1 &gt; 0",
        ];

        private static readonly string[] Attributes =
        [
            "", "", "", " class=\"x\"", " hidden", " style=\"display:none\"", " style=\"color:red\"", " STYLE='visibility: hidden'",
            " id=a", " title=\"提示\"", " style=\"DISPLAY:&#110;one\"", " data-x=\"a>b\"",
        ];

        public static string Document(Random random)
        {
            var html = new StringBuilder();
            var open = new List<string>();
            bool wrapped = random.Next(3) > 0;
            if (random.Next(2) == 0) html.Append("<!DOCTYPE html>\n");
            if (wrapped)
            {
                html.Append("<html>").Append(random.Next(2) == 0 ? "\n" : "").Append("<head>");
                if (random.Next(2) == 0) html.Append("<title>").Append(Pick(random, Texts)).Append("政府</title>");
                if (random.Next(3) == 0) html.Append("<meta name=\"description\" content=\"").Append(Pick(random, Texts)).Append("描述\">");
                if (random.Next(3) == 0) html.Append("<script>var s = '<b>';</script>");
                if (random.Next(4) == 0) html.Append("<style>p { color: red }</style>");
                if (random.Next(5) == 0) html.Append(random.Next(3) == 0 ? "<noscript><img src=x alt=无></noscript>" : "<noscript><link rel=stylesheet href=n.css></noscript>");
                html.Append(random.Next(4) == 0 ? "" : "</head>").Append('\n').Append("<body").Append(Pick(random, Attributes)).Append('>');
            }
            int steps = random.Next(5, 40);
            for (int step = 0; step < steps; step++)
            {
                switch (random.Next(12))
                {
                    case 0 or 1 or 2:
                        string name = Pick(random, Containers);
                        html.Append('<').Append(random.Next(10) == 0 ? name.ToUpperInvariant() : name).Append(Pick(random, Attributes)).Append('>');
                        open.Add(name);
                        break;
                    case 3 or 4:
                        // Mostly the right end tag, sometimes a wrong or missing one.
                        if (open.Count == 0) break;
                        int index = random.Next(4) == 0 ? random.Next(open.Count) : open.Count - 1;
                        html.Append("</").Append(open[index]).Append('>');
                        open.RemoveAt(index);
                        break;
                    case 5:
                        string v = Pick(random, Voids);
                        html.Append('<').Append(v);
                        if (v == "img") html.Append(" alt=\"").Append(Pick(random, Texts)).Append("图\"");
                        if (v == "meta") html.Append(" name=\"description\" content=\"内容\"");
                        html.Append(random.Next(3) == 0 ? "/>" : ">");
                        break;
                    case 6:
                        html.Append(random.Next(5) switch
                        {
                            0 => "<!-- 注释 <p> -->",
                            1 => random.Next(2) == 0 ? "<script>document.write('<p>x</p>');</script>" : "<script><!--\nvar a = '<p>';\n//--></script>",
                            2 => "<textarea>文本<b></textarea>",
                            3 => random.Next(2) == 0 ? "</body>" : "<svg width=\"10\"><title>图标</title><path d=\"M0 0\"/></svg>",
                            _ => "<title>页内标题</title>",
                        });
                        break;
                    default:
                        html.Append(Pick(random, Texts));
                        break;
                }
            }
            if (random.Next(2) == 0)
                for (int i = open.Count - 1; i >= 0; i--) html.Append("</").Append(open[i]).Append('>');
            if (wrapped && random.Next(2) == 0) html.Append("</body>\n</html>");
            if (random.Next(2) == 0) html.Append('\n');
            return html.ToString();
        }

        private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
    }
}
