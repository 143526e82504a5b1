// Invariant under test: text and terms fold the same way, noise disappears except between ASCII
// letters/digits, and every folded span maps back to the exact original characters.

using TextLint.Core.Matching;
using TextLint.Core.Normalization;

namespace TextLint.Core.Tests.Normalization;

public class NormalizerTests
{
    private static readonly Normalizer N = Normalizer.Default;

    private static string FoldedOf(string text)
    {
        using var normalized = N.Normalize(text);
        return normalized.Folded.ToString();
    }

    [Theory]
    [InlineData('Ａ', 'a')]
    [InlineData('ｚ', 'z')]
    [InlineData('Q', 'q')]
    [InlineData('０', '0')]
    [InlineData('！', '!')]
    [InlineData('華', '华')]
    [InlineData('國', '国')]
    [InlineData('勵', '励')]
    [InlineData('鮮', '鲜')]
    [InlineData('薴', '苎')] // a chain in the table: 薴→苧→苎
    [InlineData('中', '中')]
    [InlineData('乾', '乾')] // 乾 is also simplified; the table leaves it alone
    [InlineData('覆', '覆')] // likewise 覆 (覆盖), though Unihan also lists 复
    [InlineData('裡', '里')] // lists itself too, but is no standard simplified character
    [InlineData('復', '复')]
    [InlineData('\uD842', '\uD842')]
    [InlineData('\uDFB7', '\uDFB7')]
    public void FoldMapsOneCharacter(char input, char expected) => Assert.Equal(expected, N.Fold(input));

    [Theory]
    [InlineData(' ')]
    [InlineData('\t')]
    [InlineData('\r')]
    [InlineData('\n')]
    [InlineData('\u3000')]
    [InlineData('\u00A0')]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('*')]
    [InlineData('＊')]
    [InlineData('·')]
    [InlineData('・')]
    [InlineData('-')]
    [InlineData('－')]
    [InlineData('_')]
    [InlineData('＿')]
    public void NoiseFoldsToNul(char noise)
    {
        Assert.Equal('\0', N.Fold(noise));
        Assert.True(N.IsNoise(noise));
    }

    [Fact]
    public void FoldIsIdempotent()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char once = N.Fold((char)c);
            if (once != '\0')
                Assert.Equal(once, N.Fold(once));
        }
    }

    [Theory]
    [InlineData("中華人民共合國", "中华人民共合国")]
    [InlineData("再接再勵", "再接再励")]
    [InlineData("北朝鮮", "北朝鲜")]
    [InlineData("ＴＭＤ", "tmd")]
    [InlineData(" TMD ", "tmd")]
    [InlineData("北*朝*鲜", "北朝鲜")]
    [InlineData("北\u200B朝鲜", "北朝鲜")]
    [InlineData("北 朝 鲜", "北朝鲜")]
    [InlineData("北・朝·鲜", "北朝鲜")]
    [InlineData("北\r\n朝鲜", "北朝鲜")]
    [InlineData("𠮷野家", "𠮷野家")]
    [InlineData("", "")]
    [InlineData("* *", "")]
    public void FoldPatternFoldsLikeText(string term, string expected)
    {
        Assert.Equal(expected, N.FoldPattern(term));
        Assert.Equal(expected, FoldedOf(term));
    }

    [Theory]
    [InlineData("this hit", "this hit")]
    [InlineData("this  hit", "this hit")]   // a run of noise becomes one space
    [InlineData("a*b", "a b")]
    [InlineData("COVID－19", "covid 19")]
    [InlineData("ＡＢＣ　ＤＥＦ", "abc def")]   // full-width letters count as Latin after folding
    [InlineData("abc 北", "abc北")]          // Latin next to Chinese: noise dropped
    [InlineData("北 abc", "北abc")]
    [InlineData("a 1", "a 1")]
    public void NoiseBetweenLatinLettersOrDigitsIsKeptAsOneSpace(string text, string expected) =>
        Assert.Equal(expected, FoldedOf(text));

    [Fact]
    public void LatinExceptionPreventsFalseAlarm()
    {
        var builder = new AhoCorasickBuilder();
        builder.Add(N.FoldPattern("shit"));
        var automaton = builder.Build();
        using (var normalized = N.Normalize("this hit the target"))
            Assert.Equal(0, automaton.CountMatches(normalized.Folded));
        using (var normalized = N.Normalize("S H I T")) // deliberately not caught: it is Latin spacing
            Assert.Equal(0, automaton.CountMatches(normalized.Folded));
        using (var normalized = N.Normalize("ＳＨＩＴ"))
            Assert.Equal(1, automaton.CountMatches(normalized.Folded));
    }

    [Theory]
    [InlineData("北*朝*鲜", 0, 5)]
    [InlineData("北\u200B朝鲜", 0, 4)]
    [InlineData("北 朝 鲜", 0, 5)]
    [InlineData("说北朝鮮。", 1, 3)]
    [InlineData("  北朝鲜  ", 2, 3)]
    [InlineData("x北・朝·鲜y", 1, 5)]
    public void MapSpanCoversFirstToLastMatchedCharacter(string text, int start, int length)
    {
        using var normalized = N.Normalize(text);
        int at = normalized.Folded.IndexOf("北朝鲜");
        Assert.True(at >= 0);
        Assert.Equal((start, length), normalized.MapSpan(at, 3));
    }

    [Fact]
    public void SourceIndexOfPointsAtOriginalCharacters()
    {
        using var normalized = N.Normalize("Ａ *B\u200b華");
        Assert.Equal("a b华", normalized.Folded.ToString());
        Assert.Equal(4, normalized.Length);
        Assert.Equal(6, normalized.SourceLength);
        Assert.Equal([0, 1, 3, 5], Enumerable.Range(0, 4).Select(normalized.SourceIndexOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.SourceIndexOf(4));
    }

    [Fact]
    public void MapSpanOfEmptySpan()
    {
        using var normalized = N.Normalize("ab  ");
        Assert.Equal((1, 0), normalized.MapSpan(1, 0));
        Assert.Equal((4, 0), normalized.MapSpan(2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.MapSpan(1, 2));
    }

    [Fact]
    public void DictionaryInSimplifiedCatchesTraditionalAndNoisyText()
    {
        string[] terms = ["中华人民共和国", "中华人民共合国", "再接再厉", "再接再励", "北朝鲜", "tmd"];
        var builder = new AhoCorasickBuilder();
        foreach (string term in terms) builder.Add(N.FoldPattern(term));
        var automaton = builder.Build();

        const string text = "他說：中華人民共合國萬歲，再接再勵！北*朝*鮮 ＴＭＤ";
        using var normalized = N.Normalize(text);
        var found = automaton.FindAll(normalized.Folded)
            .Select(m => normalized.MapSpan(m.Start, m.Length))
            .Select(span => text.Substring(span.Start, span.Length))
            .ToList();
        Assert.Equal(["中華人民共合國", "再接再勵", "北*朝*鮮", "ＴＭＤ"], found);
    }

    [Fact]
    public void DisposedTextCannotBeRead()
    {
        var normalized = N.Normalize("北朝鲜");
        normalized.Dispose();
        Assert.Throws<ObjectDisposedException>(() => normalized.Folded.Length);
        normalized.Dispose(); // a second dispose is harmless
    }

    [Fact]
    public void CustomFoldsAreValidated()
    {
        var custom = new Normalizer([('甲', '乙'), ('乙', '丙')]);
        Assert.Equal('丙', custom.Fold('甲'));
        Assert.Throws<ArgumentException>(() => new Normalizer([('甲', '乙'), ('乙', '甲')]));
        Assert.Throws<ArgumentException>(() => new Normalizer([('甲', '*')]));
    }

    [Fact]
    public void FoldTableReaderRejectsMalformedLines()
    {
        var folds = Normalizer.ReadCharacterFolds(new StringReader("# comment\n\n華\t华\n"));
        Assert.Equal([('華', '华')], folds);
        Assert.Throws<FormatException>(() => Normalizer.ReadCharacterFolds(new StringReader("華 华\n")));
    }
}
