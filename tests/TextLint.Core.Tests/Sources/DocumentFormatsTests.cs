using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

public class DocumentFormatsTests
{
    [Theory]
    [InlineData("a.html", DocumentFormat.Html)]
    [InlineData("dir/a.HTM", DocumentFormat.Html)]
    [InlineData("a.shtml", DocumentFormat.Html)]
    [InlineData("a.xhtml", DocumentFormat.Html)]
    [InlineData("a.txt", DocumentFormat.Text)]
    [InlineData("README.md", DocumentFormat.Markdown)]
    [InlineData("a.pdf", null)]
    [InlineData("noextension", null)]
    public void FromPathUsesTheExtension(string path, DocumentFormat? expected) => Assert.Equal(expected, DocumentFormats.FromPath(path));

    [Theory]
    [InlineData("<!DOCTYPE html><html>", DocumentFormat.Html)]
    [InlineData("\uFEFF\r\n  <html lang=zh>", DocumentFormat.Html)]
    [InlineData("<head><title>x</title>", DocumentFormat.Html)]
    [InlineData("<BODY>", DocumentFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c -->\n<html>", DocumentFormat.Html)]
    [InlineData("中华人民共和国", DocumentFormat.Text)]
    [InlineData("a <b> tag and <header> are not enough", DocumentFormat.Text)]
    [InlineData("", DocumentFormat.Text)]
    public void SniffLooksForDocumentTags(string text, DocumentFormat expected) => Assert.Equal(expected, DocumentFormats.Sniff(text));

    [Fact]
    public void SniffOnlyLooksAtTheStart()
    {
        string text = new string('字', 2000) + "<html>";
        Assert.Equal(DocumentFormat.Text, DocumentFormats.Sniff(text));
    }
}
