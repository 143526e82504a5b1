using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Findings;

public class LineIndexTests
{
    [Theory]
    [InlineData("ab\ncd", 0, 1, 1)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 4, 2, 2)]
    [InlineData("第一行\n第二行", 6, 2, 3)]
    [InlineData("", 0, 1, 1)]
    public void LocatesOneBasedLineAndUtf16Column(string source, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineIndex(source).Locate(offset));
    }
}
