using TextLint.Core.Rules.Patterns;

namespace TextLint.Core.Tests.Rules.Patterns;

public class RecurrenceTests
{
    /// <summary>The definition, one position at a time.</summary>
    private static int Naive(string text, int from, int minDistance, int maxDistance)
    {
        for (int i = from; i < text.Length; i++)
            for (int d = minDistance; d <= maxDistance && i + d < text.Length; d++)
                if (text[i] == text[i + d]) return i;
        return -1;
    }

    [Theory]
    [InlineData("", 0, 1, 1, -1)]
    [InlineData("的", 0, 1, 1, -1)]
    [InlineData("我们的的工作", 0, 1, 1, 2)]
    [InlineData("我们的的工作", 3, 1, 1, -1)]
    [InlineData("做好工作工作", 0, 2, 4, 2)]
    [InlineData("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸工作工作", 0, 2, 4, 20)]
    [InlineData("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯", 0, 2, 4, -1)]
    public void FindsTheFirstRecurrence(string text, int from, int minDistance, int maxDistance, int expected) =>
        Assert.Equal(expected, Recurrence.IndexOf(text, from, minDistance, maxDistance));

    [Fact]
    public void AgreesWithTheDefinitionOnRandomText()
    {
        var random = new Random(20261128);
        for (int round = 0; round < 2000; round++)
        {
            // A small alphabet, so that recurrences are common, at every length around the vector width.
            int length = random.Next(0, 40);
            var chars = new char[length];
            for (int k = 0; k < length; k++) chars[k] = (char)('甲' + random.Next(random.Next(2, 30)));
            string text = new(chars);
            int from = random.Next(0, length + 1);
            var (min, max) = random.Next(2) == 0 ? (1, 1) : (2, 4);
            Assert.Equal(Naive(text, from, min, max), Recurrence.IndexOf(text, from, min, max));
        }
    }
}
