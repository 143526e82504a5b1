using TextLint.Core.Batch;
using TextLint.Core.Extraction;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

/// <summary>WeChat article pages: body from #js_content only, title from og:title or .rich_media_title, metadata.</summary>
public class WeChatArticleTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="utf-8">
        <meta property="og:title" content="关于推进秸杆综合利用的通知">
        <meta property="og:url" content="http://mp.weixin.qq.com/s/abc">
        <title></title>
        <script>var nickname = htmlDecode("某某市人民政府");var ct = "1714550400";</script>
        </head><body id="activity-detail" class="zh_CN">
        <div class="rich_media_inner">
          <h1 class="rich_media_title" id="activity-name">关于推进秸杆综合利用的通知</h1>
          <div id="meta_content" class="rich_media_meta_list">
            <a class="wx_tap_link js_wx_tap_highlight rich_media_meta_link" id="js_name">某某市人民政府</a>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-05-01 16:00</em>
          </div>
          <div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
            <p>我们要再接再励，争取更大成绩。</p>
            <p style="display:none">隐藏的再接再励</p>
          </div>
          <div id="js_pc_qr_code"><p>微信扫一扫关注该公众号 再接再励</p></div>
        </div>
        </body></html>
        """;

    [Fact]
    public void Only_the_article_body_and_the_og_title_are_read()
    {
        var blocks = new HtmlExtractor().Extract(Page);

        var title = Assert.Single(blocks, b => b.Part == BlockPart.Title);
        Assert.Equal("关于推进秸杆综合利用的通知", title.Text);
        Assert.Equal(Page.IndexOf("关于推进秸杆综合利用的通知", StringComparison.Ordinal), title.SourceStartOf(0));
        var body = blocks.Where(b => b.Part == BlockPart.Body).Select(b => b.Text.Trim()).Where(t => t.Length > 0);
        Assert.Equal(["我们要再接再励，争取更大成绩。"], body);
    }

    [Fact]
    public void The_heading_is_the_title_when_there_is_no_og_title()
    {
        string page = Page.Replace("<meta property=\"og:title\" content=\"关于推进秸杆综合利用的通知\">", "");
        var blocks = new HtmlExtractor().Extract(page);

        var title = Assert.Single(blocks, b => b.Part == BlockPart.Title);
        Assert.Equal("关于推进秸杆综合利用的通知", title.Text.Trim());
    }

    [Fact]
    public void Findings_point_into_the_page_and_metadata_is_carried()
    {
        var result = DocumentProcessor.Process(ArchiveSourcesTests.Linter.Value,
            new SourceDocument { Path = "wx/a.html", Bytes = System.Text.Encoding.UTF8.GetBytes(Page) });

        Assert.Equal("关于推进秸杆综合利用的通知", result.Title);
        Assert.Equal("某某市人民政府", result.Metadata!["account"]);
        Assert.Equal("2024-05-01 16:00", result.Metadata["publishTime"]);
        var typo = Assert.Single(result.Findings, f => f.Text == "再接再励");
        Assert.Equal(Page.IndexOf("我们要再接再励", StringComparison.Ordinal) + 3, typo.Offset);
        var titleTypo = Assert.Single(result.Findings, f => f.Text == "秸杆");
        Assert.Equal("title", titleTypo.Part);
        Assert.Equal(Page.IndexOf("秸杆", StringComparison.Ordinal), titleTypo.Offset);
    }

    [Fact]
    public void Publish_time_falls_back_to_the_ct_variable_in_china_time()
    {
        string page = Page.Replace("<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">2024-05-01 16:00</em>", "");
        Assert.Equal("2024-05-01T16:00:00+08:00", WeChatArticle.ReadMetadata(page)["publishTime"]);
    }

    [Fact]
    public void Ordinary_pages_are_not_taken_for_wechat_articles()
    {
        const string page = "<html><head><title>通知</title></head><body><div id=\"content\"><p>正文</p></div></body></html>";
        Assert.False(WeChatArticle.LooksLikeArticle(page));
        Assert.Empty(WeChatArticle.ReadMetadata(page));
    }
}
