using System.Text;
using TextLint.Core.Extraction;

namespace TextLint.Core.Tests.Extraction;

public class HtmlExtractorTests
{
    private static readonly HtmlExtractor Extractor = new();
    private static readonly HtmlExtractor Stripper = new() { MaxTreeNestingDepth = -1 };

    private static readonly HtmlExtractor TreeOnly = new() { UseWellFormedReader = false };

    private static IReadOnlyList<TextBlock> Extract(string source, bool stripping = false)
    {
        var blocks = (stripping ? Stripper : Extractor).Extract(source);
        BlockAssert.MapIsExact(source, blocks);
        // The one-pass reader, when it takes a document, must agree with the tree walk exactly.
        if (!stripping) BlockAssert.SameBlocks(source, TreeOnly.Extract(source), blocks);
        return blocks;
    }

    private static TextBlock Body(IReadOnlyList<TextBlock> blocks, string text) =>
        Assert.Single(blocks, b => b.Part == BlockPart.Body && b.Text == text);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InlineTagsAreJoinedAndMapToTheSource(bool stripping)
    {
        const string source = "<html><body><p class=\"x\">中华<b>人民</b>共合国</p></body></html>";
        var block = Body(Extract(source, stripping), "中华人民共合国");
        int start = source.IndexOf('中');
        Assert.Equal((start, source.IndexOf('国') + 1 - start), block.MapSpan(0, 7));
        Assert.Equal("人民</b>共", BlockAssert.SourceOf(source, block, 2, 3));
        Assert.Equal(source.IndexOf('人'), block.SourceStartOf(2));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EntitiesSpanTheWholeReference(bool stripping)
    {
        const string source = "<p>A&amp;B &#x4E2D;&#20013;&nbsp;&copy x&lt;y &unknown; 国</p>";
        var block = Assert.Single(Extract(source, stripping));
        Assert.Equal("A&B 中中\u00A0© x<y &unknown; 国", block.Text);
        Assert.Equal("&amp;", BlockAssert.SourceOf(source, block, 1, 1));
        Assert.Equal("&#x4E2D;&#20013;", BlockAssert.SourceOf(source, block, 4, 2));
        Assert.Equal("&nbsp;", BlockAssert.SourceOf(source, block, 6, 1));
        Assert.Equal("&copy", BlockAssert.SourceOf(source, block, 7, 1));
        Assert.Equal("&lt;", BlockAssert.SourceOf(source, block, 10, 1));
        Assert.Equal("&", BlockAssert.SourceOf(source, block, 13, 1));
    }

    [Fact]
    public void AstralCharactersFromAReferenceBothCoverTheReference()
    {
        const string source = "<p>甲&#x20000;乙𠀁丙</p>";
        var block = Assert.Single(Extract(source));
        Assert.Equal("甲\U00020000乙\U00020001丙", block.Text);
        Assert.Equal("&#x20000;", BlockAssert.SourceOf(source, block, 1, 2));
        Assert.Equal("𠀁丙", BlockAssert.SourceOf(source, block, 4, 3));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TitleAltAndMetaDescriptionAreBlocksMappedInsideTheSource(bool stripping)
    {
        const string source = "<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>某市人民政府 &amp; 门户</title>\r\n"
            + "<meta name=\"Description\" content=\"扫黑险恶&quot;专项&quot;\"><meta name=keywords content=\"关键词\"></head>\r\n"
            + "<body><img src=\"a.png\" alt='秸杆 &lt;图&gt;'><p>正文</p></body></html>";
        var blocks = Extract(source, stripping);
        var title = Assert.Single(blocks, b => b.Part == BlockPart.Title);
        Assert.Equal("某市人民政府 & 门户", title.Text);
        Assert.Equal("某市人民政府 &amp; 门户", BlockAssert.SourceOf(source, title, 0, title.Text.Length));
        var meta = Assert.Single(blocks, b => b.Part == BlockPart.Meta);
        Assert.Equal("扫黑险恶\"专项\"", meta.Text);
        Assert.Equal(source.IndexOf("扫黑险恶", StringComparison.Ordinal), meta.SourceStartOf(0));
        Assert.Equal("&quot;", BlockAssert.SourceOf(source, meta, 4, 1));
        var alt = Assert.Single(blocks, b => b.Part == BlockPart.Alt);
        Assert.Equal("秸杆 <图>", alt.Text);
        Assert.Equal("秸杆 &lt;图&gt;", BlockAssert.SourceOf(source, alt, 0, alt.Text.Length));
        Body(blocks, "正文");
        Assert.Equal([BlockPart.Title, BlockPart.Meta, BlockPart.Alt, BlockPart.Body], blocks.Select(b => b.Part));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InvisibleContentIsLeftOut(bool stripping)
    {
        const string source = "<body><p>可见一</p><script>var a = '<p>脚本</p>';</script><style>p{}</style>"
            + "<noscript>无脚本</noscript><template><p>模板</p></template><pre>预格式</pre><p>前<code>代码</code>后</p>"
            + "<textarea>文本框</textarea><svg><text>矢量</text></svg><math><mi>公式</mi></math>"
            + "<div hidden>隐藏一<div>隐藏二</div></div><span style=\"color:red; DISPLAY: none !important\">隐藏三</span>"
            + "<div style=\"visibility:hidden\">隐藏四</div><span aria-hidden=\"true\">可见二</span><p>可见三</p></body>";
        var texts = Extract(source, stripping).Select(b => b.Text).ToList();
        Assert.Equal(["可见一", "前", "后", "可见二", "可见三"], texts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BlockElementsEndBlocksAndWhitespaceCollapses(bool stripping)
    {
        const string source = "<div>\r\n  第一段\r\n  第二句 <b> 加粗 </b>\t</div><div>甲<br>乙<hr/>丙</div><ul><li>一<li>二</ul><table><tr><td>格一<td>格二</table>";
        var blocks = Extract(source, stripping);
        Assert.Equal(["第一段 第二句 加粗", "甲", "乙", "丙", "一", "二", "格一", "格二"], blocks.Select(b => b.Text));
        var first = blocks[0];
        Assert.Equal("\r\n", BlockAssert.SourceOf(source, first, 3, 1)); // the space stands for the first CRLF of the run
        Assert.Equal(source.IndexOf("第二句", StringComparison.Ordinal), first.SourceStartOf(4));
    }

    [Fact]
    public void CrLfSourcesKeepExactOffsets()
    {
        const string source = "<html>\r\n<body>\r\n<p>中华人民\r\n共合国</p>\r\n<p>攻府</p>\r\n</body>\r\n</html>\r\n";
        var blocks = Extract(source);
        var first = Body(blocks, "中华人民 共合国");
        Assert.Equal("共合国", BlockAssert.SourceOf(source, first, 5, 3));
        var second = Body(blocks, "攻府");
        Assert.Equal(source.IndexOf("攻府", StringComparison.Ordinal), second.SourceStartOf(0));
    }

    [Fact]
    public void LiteralLessThanCommentsAndQuotedGreaterThanAreHandled()
    {
        const string source = "<!-- <p>注释</p> --><p title=\"a>b\">a < b<!-- x -->c <? pi ?>d</p><title>A<b>B</title>";
        var blocks = Extract(source);
        Body(blocks, "a < bc d");
        Assert.DoesNotContain(blocks, b => b.Text.Contains("注释"));
    }

    [Fact]
    public void UppercaseTagsAndAttributesWork()
    {
        const string source = "<HTML><BODY><P>中<B>国</B></P><IMG ALT=\"图\"></BODY></HTML>";
        var blocks = Extract(source);
        Body(blocks, "中国");
        Assert.Equal("图", Assert.Single(blocks, b => b.Part == BlockPart.Alt).Text);
    }

    [Fact]
    public void MisnestedAndUnclosedTagsStillMapExactly()
    {
        const string source = "<p>齐<b>齐<i>哈</b>市</i>政府<p>第二<div>第三<span>第四";
        var blocks = Extract(source);
        Assert.Equal(["齐齐哈市政府", "第二", "第三第四"], blocks.Select(b => b.Text));
        Assert.Equal("市</i>政", BlockAssert.SourceOf(source, blocks[0], 3, 2));
    }

    [Fact]
    public void FosterParentedTextIsEitherExactOrLeftOutAndTableTextSurvives()
    {
        const string source = "<p>前</p><table><tr><td>甲</td></tr>乙<b>丁</b><tr><td>丙</td></tr></table><p>后</p>";
        var blocks = Extract(source); // MapIsExact checks whatever was kept
        var texts = blocks.Select(b => b.Text).ToList();
        foreach (string expected in new[] { "前", "甲", "丙", "后" }) Assert.Contains(expected, texts);
        Assert.Equal(source.IndexOf('丙'), Body(blocks, "丙").SourceStartOf(0));
    }

    [Fact]
    public void ScriptContainingTagsDoesNotDerailAlignment()
    {
        const string source = "<p>甲</p><script>document.write('</p><p>假');</script><p>乙</p><style>/* <p>丙</p> */</style><p>丁</p>";
        var blocks = Extract(source);
        Assert.Equal(["甲", "乙", "丁"], blocks.Select(b => b.Text));
        Assert.Equal(source.LastIndexOf('丁'), blocks[2].SourceStartOf(0));
    }

    [Fact]
    public void TextThatCannotBeAlignedIsSkippedNotMisplaced()
    {
        var aligner = new SourceAligner("<p>甲乙</p><p>丙</p>");
        var starts = new int[8];
        var ends = new int[8];
        Assert.False(aligner.TryAlign("甲丙", starts, ends));     // the source says 甲乙
        Assert.Equal(0, aligner.Position);                       // a matched prefix may belong to the next node: not passed
        Assert.False(aligner.TryAlign("丁", starts, ends));
        Assert.Equal(3, aligner.Position);                       // only the markup before the mismatch was passed
        Assert.True(aligner.TryAlign("甲乙", starts, ends));
        Assert.Equal((3, 4), (starts[0], ends[0]));
        Assert.False(aligner.TryAlign("丁", starts, ends));
        Assert.True(aligner.TryAlign("丙", starts, ends));
        Assert.Equal(12, starts[0]);
    }

    [Fact]
    public void AnElementWithoutAPositionClaimsOnlyItsOwnNextStartTag()
    {
        const string source = "<p>甲</p><!-- c --> <img alt=\"图\"><p>乙</p>";
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("");
        var aligner = new SourceAligner(source);
        Assert.True(aligner.TryAlign("甲", new int[1], new int[1]));
        Assert.False(aligner.TryLocateStartTag(document.CreateElement("tbody"), out _));   // an implied element
        Assert.True(aligner.TryLocateStartTag(document.CreateElement("img"), out var tag));
        Assert.Equal(source.IndexOf("<img", StringComparison.Ordinal), tag.Start);
    }

    [Fact]
    public void ElementsOnLine65536AreStillLocated()
    {
        // AngleSharp's line number is 16-bit: on line 65,536 it reads 0, like an implied element's.
        string source = "<body>" + new string('\n', 65_535) + "<img alt=\"图\"><p>字</p>";
        var blocks = Extract(source);
        Assert.Equal(source.IndexOf('图'), Assert.Single(blocks, b => b.Part == BlockPart.Alt).SourceStartOf(0));
        Assert.Equal(source.IndexOf('字'), Body(blocks, "字").SourceStartOf(0));
    }

    [Fact]
    public void ImpliedTableBodiesDoNotDisturbOffsets()
    {
        const string source = "<table><tr><td>甲</td><td>乙</td></tr></table>";
        var blocks = Extract(source);
        Assert.Equal(["甲", "乙"], blocks.Select(b => b.Text));
        Assert.Equal(source.IndexOf('乙'), blocks[1].SourceStartOf(0));
    }

    [Fact]
    public void NulCharactersDroppedByTheParserDoNotBreakAlignment()
    {
        const string source = "<p>中\0国</p>";
        var block = Assert.Single(Extract(source));
        Assert.Equal("中国", block.Text);
        Assert.Equal((3, 3), block.MapSpan(0, 2));
    }

    [Fact]
    public void BothPathsAgreeOnWellFormedPages()
    {
        var sb = new StringBuilder("<!doctype html><html><head><title>测试页</title></head><body>\n");
        for (int i = 0; i < 50; i++)
            sb.Append($"<div class=\"row\"><h2>标题{i}</h2><p>中华<b>人民</b>共合国&nbsp;政府 <a href=\"/x/{i}.html\">关于印发</a>的通知</p><img alt=\"图{i}\"><script>var x = 1 < 2;</script></div>\n");
        sb.Append("</body></html>");
        string source = sb.ToString();
        var tree = Extract(source);
        var stripped = Extract(source, stripping: true);
        Assert.Equal(tree.Select(b => (b.Part, b.Text, b.MapSpan(0, b.Text.Length))), stripped.Select(b => (b.Part, b.Text, b.MapSpan(0, b.Text.Length))));
    }

    [Fact]
    public void DeeplyNestedDocumentDoesNotCrashAndKeepsOffsets()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.Append("<div>");
        sb.Append("中华人民共合国");
        for (int i = 0; i < 10_000; i++) sb.Append("</div>");
        string source = sb.ToString();
        Assert.True(Extractor.UsesTagStripping(source));
        var block = Assert.Single(Extract(source));
        Assert.Equal("中华人民共合国", block.Text);
        Assert.Equal(source.IndexOf('中'), block.SourceStartOf(0));
    }

    [Fact]
    public void DeeplyNestedInlineTagsWithoutEndTagsAreGuarded()
    {
        var sb = new StringBuilder("<p>");
        for (int i = 0; i < 10_000; i++) sb.Append("<font>字");
        string source = sb.ToString();
        Assert.True(Extractor.UsesTagStripping(source));
        var block = Assert.Single(Extract(source));
        Assert.Equal(10_000, block.Text.Length);
    }

    [Fact]
    public void AngleSharpItselfSurvivesTenThousandNestedElements()
    {
        // The guard exists for time (the parser is quadratic in depth), not for stack safety: prove the latter.
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.Append("<div>");
        sb.Append('字');
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(sb.ToString());
        Assert.Equal("字", document.Body!.TextContent);
    }

    [Fact]
    public void ListsAndParagraphsWithOmittedEndTagsAreNotMistakenForDeepNesting()
    {
        var sb = new StringBuilder("<ul>");
        for (int i = 0; i < 5_000; i++) sb.Append("<li><p>项");
        Assert.False(Extractor.UsesTagStripping(sb.ToString()));
    }

    [Fact]
    public void LargeDocumentsAreLinearAndExact()
    {
        var sb = new StringBuilder("<html><body>");
        while (sb.Length < 2_000_000) sb.Append("<div><p>中华<b>人民</b>共和国&amp;政府<br>网站</p><!-- c --><script>x<y</script></div>\r\n");
        string source = sb.ToString();
        var tree = Extract(source);
        var stripped = new HtmlExtractor { MaxTreeParseLength = 1_000_000 }.Extract(source);
        BlockAssert.MapIsExact(source, stripped);
        Assert.Equal(tree.Count, stripped.Count);
        Assert.All(tree, b => Assert.True(b.Text is "中华人民共和国&政府" or "网站"));
    }

    [Fact]
    public void EmptyAndTextOnlyHtml()
    {
        Assert.Empty(Extract(""));
        Assert.Empty(Extract("<html><body>  \r\n </body></html>"));
        var block = Assert.Single(Extract("没有标签的文本"));
        Assert.Equal(0, block.SourceStartOf(0));
    }
}
