using TextLint.Core.Extraction;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Extraction;

/// <summary>Markdown posts: code and comments are not prose; everything else is read where it stands.</summary>
public class MarkdownExtractorTests
{
    private static readonly Linter Default = new();
    private static readonly MarkdownExtractor Extractor = new();

    private static List<string> Texts(string source)
    {
        var blocks = Extractor.Extract(source);
        BlockAssert.MapIsExact(source, blocks);
        return blocks.Select(b => b.Text).ToList();
    }

    [Fact]
    public void Code_blocks_code_spans_and_comments_are_left_out_and_offsets_stay_the_sources()
    {
        const string source = "# 再接再励\n\n正文再接再励。\n\n```python\n# 再接再励\nprint(\"攻府\")\n```\n\n行内 `攻府` 与转义的 \\`攻府\\`。\n\n<!-- 北朝鲜 -->\n~~~\n秸杆\n~~~\n末段秸杆。\n";

        var found = Default.LintText("post.md", source, DocumentFormat.Markdown).Findings.Select(f => (f.Text, f.Offset)).ToList();

        int escaped = source.IndexOf("\\`攻府", StringComparison.Ordinal) + 2;
        Assert.Equal(
            [("再接再励", 2), ("再接再励", source.IndexOf("正文再接再励", StringComparison.Ordinal) + 2), ("攻府", escaped), ("秸杆", source.LastIndexOf("秸杆", StringComparison.Ordinal))],
            found);
    }

    [Theory]
    [InlineData("甲\n```\n代码\n", new[] { "甲\n" })]                                   // a fence never closed runs to the end
    [InlineData("甲\n````\n```\n代码\n````\n乙", new[] { "甲\n", "乙" })]               // a shorter fence does not close a longer one
    [InlineData("甲\n``` a`b\n乙", new[] { "甲\n``` a`b\n乙" })]                      // a backtick in the info string: no fence (and no span closes)
    [InlineData("    ```\n甲", new[] { "    ```\n甲" })]                                // four spaces: not a fence
    [InlineData("甲``代`码``乙", new[] { "甲", "乙" })]                                  // a double-backtick span holds a single backtick
    [InlineData("甲`乙\n\n丙`丁", new[] { "甲`乙\n\n丙`丁" })]                           // a span does not cross a blank line
    [InlineData("甲`代\r\n码`乙\r\n```\r\n码\r\n```\r\n丙", new[] { "甲", "乙\r\n", "丙" })] // CRLF
    [InlineData("<!-->甲<!-- 注 -->乙<!-- 不闭合", new[] { "甲", "乙" })]
    public void Blocks_are_the_prose_between_code_and_comments(string source, string[] expected) =>
        Assert.Equal(expected, Texts(source));

    [Fact]
    public void Markdown_files_are_read_as_markdown_and_text_files_as_text()
    {
        Assert.Equal(DocumentFormat.Markdown, DocumentFormats.FromPath("post.md"));
        Assert.Equal(DocumentFormat.Markdown, DocumentFormats.FromPath("README.MARKDOWN"));
        Assert.Equal(DocumentFormat.Text, DocumentFormats.FromPath("post.txt"));
        Assert.Contains(".markdown", InputExpander.WalkedExtensions);
        Assert.True(EntryFilter.HasTextExtension("site.zip!/posts/a.markdown"));
        Assert.Single(Default.LintBytes("post.txt", "`攻府`"u8.ToArray()).Findings);
        Assert.Empty(Default.LintBytes("post.md", "`攻府`"u8.ToArray()).Findings);
    }
}
