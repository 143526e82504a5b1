using System.Text;
using TextLint.Core.Decoding;

namespace TextLint.Core.Tests.Decoding;

public class TextDecoderTests
{
    private const string Chinese = "关于印发《政府信息公开工作年度报告》的通知，中华人民共和国各区县人民政府。";
    private static Encoding Gb18030 => EncodingFor(54936);
    private static Encoding Big5 => EncodingFor(950);

    private static Encoding EncodingFor(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [Fact]
    public void EmptyInputIsEmptyText() => Assert.Equal(new DecodedText("", "utf-8"), TextDecoder.Decode([], false, "a.txt"));

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be")]
    public void ByteOrderMarkDecidesAndIsStripped(byte[] bom, string expectedName)
    {
        Encoding encoding = expectedName switch { "utf-8" => new UTF8Encoding(false), "utf-16le" => new UnicodeEncoding(false, false), _ => new UnicodeEncoding(true, false) };
        byte[] bytes = [.. bom, .. encoding.GetBytes(Chinese)];
        var decoded = TextDecoder.Decode(bytes, isHtml: false, "a.txt");
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Fact]
    public void ByteOrderMarkBeatsADeclaredCharset()
    {
        string html = "<meta charset=\"gbk\"><p>" + Chinese;
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)];
        Assert.Equal(new DecodedText(html, "utf-8"), TextDecoder.Decode(bytes, isHtml: true, "a.html"));
    }

    [Fact]
    public void ValidUtf8IsUtf8() => Assert.Equal(new DecodedText(Chinese, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(Chinese), false, "a.txt"));

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<META CHARSET=gbk />")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-gbk\">")]
    [InlineData("<meta content='text/html;charset=GB2312' http-equiv='content-type'>")]
    public void DeclaredGbCharsetsAreReadAsGb18030(string meta)
    {
        string html = $"<!doctype html><html><head>{meta}<title>标题</title></head><body>{Chinese}</body></html>";
        var decoded = TextDecoder.Decode(Gb18030.GetBytes(html), isHtml: true, "a.html");
        Assert.Equal(html, decoded.Text);
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    [Fact]
    public void ADeclarationInsideACommentIsIgnored()
    {
        string html = "<!-- <meta charset=\"big5\"> --><meta charset=\"gb2312\"><p>" + Chinese;
        Assert.Equal("gb18030", TextDecoder.Decode(Gb18030.GetBytes(html), isHtml: true, "a.html").EncodingName);
    }

    [Fact]
    public void DeclaredBig5IsHonoured()
    {
        string html = "<meta charset=big5><p>中華人民共和國政府網站，關於印發通知。";
        Assert.Equal(new DecodedText(html, "big5"), TextDecoder.Decode(Big5.GetBytes(html), isHtml: true, "a.html"));
    }

    [Fact]
    public void WrongDeclarationFallsBackToWhatTheBytesAre()
    {
        // Converted to UTF-8, old label kept: UTF-8 wins even though GB18030 might decode the bytes.
        string utf8Page = "<meta charset=\"gb2312\"><p>" + Chinese;
        Assert.Equal(new DecodedText(utf8Page, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(utf8Page), isHtml: true, "a.html"));
        // Declared UTF-8 but really GBK: detection finds GB18030.
        string gbPage = "<meta charset=\"utf-8\"><p>" + Chinese;
        Assert.Equal(new DecodedText(gbPage, "gb18030"), TextDecoder.Decode(Gb18030.GetBytes(gbPage), isHtml: true, "a.html"));
        // An unknown label is ignored.
        string unknown = "<meta charset=\"no-such-charset\"><p>" + Chinese;
        Assert.Equal("gb18030", TextDecoder.Decode(Gb18030.GetBytes(unknown), isHtml: true, "a.html").EncodingName);
    }

    [Fact]
    public void MetaIsIgnoredForPlainText()
    {
        string text = "<meta charset=\"big5\">" + Chinese;
        Assert.Equal(new DecodedText(text, "gb18030"), TextDecoder.Decode(Gb18030.GetBytes(text), isHtml: false, "a.txt"));
    }

    [Theory]
    [InlineData("中华人民共和国政府网站", 54936, "gb18030")]
    [InlineData(Chinese, 54936, "gb18030")]
    [InlineData("中華人民共和國政府網站", 950, "big5")]
    [InlineData("關於印發政府資訊公開工作年度報告的通知，各區縣人民政府。", 950, "big5")]
    public void UndeclaredChineseEncodingsAreDetected(string text, int codePage, string expectedName)
    {
        var decoded = TextDecoder.Decode(EncodingFor(codePage).GetBytes(text), isHtml: false, "a.txt");
        Assert.Equal(new DecodedText(text, expectedName), decoded);
    }

    [Fact]
    public void NulBytesMeanBinary()
    {
        var e = Assert.Throws<TextLintException>(() => TextDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13], false, "logo.png"));
        Assert.Equal("logo.png: binary file, not text", e.Message);
    }

    [Fact]
    public void ManyControlCharactersMeanBinary()
    {
        byte[] bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Contains("binary file", Assert.Throws<TextLintException>(() => TextDecoder.Decode(bytes, false, "x.txt")).Message);
    }

    [Fact]
    public void UndecodableBytesAreReportedWithTheFileName()
    {
        // 0x80 and 0xFF are invalid lead bytes in UTF-8, GB18030 and Big5 alike.
        byte[] bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 2 == 0 ? 0xFF : 0x80)).ToArray();
        var e = Assert.Throws<TextLintException>(() => TextDecoder.Decode(bytes, false, "bad.txt"));
        Assert.StartsWith("bad.txt: cannot decode", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void LatinTextStillDecodesAsASingleByteEncoding()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("Le café est très bon, à la française. Über naïve façade.");
        var decoded = TextDecoder.Decode(bytes, false, "fr.txt");
        Assert.Equal("Le café est très bon, à la française. Über naïve façade.", decoded.Text);
    }

    [Fact]
    public void AFewDamagedBytesAreTolerated()
    {
        byte[] good = Gb18030.GetBytes(string.Concat(Enumerable.Repeat(Chinese, 100)));
        byte[] bytes = [.. good, 0xFF]; // a truncated last character
        var decoded = TextDecoder.Decode(bytes, false, "a.txt");
        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.StartsWith(Chinese, decoded.Text);
    }

    [Fact]
    public void LargeInputsDecode()
    {
        var sb = new StringBuilder();
        while (sb.Length < 5_000_000) sb.Append(Chinese).Append('\n');
        string text = sb.ToString();
        Assert.Equal(text, TextDecoder.Decode(Gb18030.GetBytes(text), false, "big.txt").Text);
        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text), false, "big.txt").Text);
    }
}
