using TextLint.Core.Extraction;

namespace TextLint.Core.Tests.Extraction;

public class PlainTextExtractorTests
{
    [Fact]
    public void WholeTextIsOneBlockAtOffsetZero()
    {
        const string source = "第一行\r\n中华人民共合国\n";
        var blocks = new PlainTextExtractor().Extract(source);
        var block = Assert.Single(blocks);
        Assert.Equal(BlockPart.Text, block.Part);
        Assert.Equal(source, block.Text);
        Assert.Equal((source.IndexOf('中'), 7), block.MapSpan(source.IndexOf('中'), 7));
    }

    [Fact]
    public void EmptyTextHasNoBlocks() => Assert.Empty(new PlainTextExtractor().Extract(""));
}
