// Invariant under test: the built-in confusion sets explain the character errors seen in
// inspection notices that are sound or shape slips, lists stay short and never name their own
// character, AreConfusable/Kind are symmetric, and malformed data fails with the line number.

using TextLint.Core.Confusion;
using TextLint.Core.Dictionaries;

namespace TextLint.Core.Tests.Confusion;

public class ConfusionSetsTests
{
    private static readonly ConfusionSets D = ConfusionSets.Default;

    [Fact]
    public void DefaultLoadsCommonCharacters()
    {
        Assert.InRange(D.Count, 5000, 8105);
        foreach (char c in "中华人民共和国政府的是一")
            Assert.True(D.Contains(c), c.ToString());
    }

    // Real errors: 中华人民共合国, 攻府, 扫黑险恶, 秸杆, 总休方案, 国家医保句, 发展机智.
    [Theory]
    [InlineData('和', '合', ConfusionKind.Sound)]  // 共和国 → 共合国
    [InlineData('智', '制', ConfusionKind.Sound)]  // 机制 → 机智
    [InlineData('政', '攻', ConfusionKind.Shape)]  // 政府 → 攻府 (a Wubi slip; the shapes are close too)
    [InlineData('除', '险', ConfusionKind.Shape)]  // 扫黑除恶 → 扫黑险恶
    [InlineData('体', '休', ConfusionKind.Shape)]  // 总体 → 总休
    [InlineData('局', '句', ConfusionKind.Both)]   // 医保局 → 医保句 (jú / jù)
    [InlineData('秆', '杆', ConfusionKind.Both)]   // 秸秆 → 秸杆
    [InlineData('已', '己', ConfusionKind.Shape)]
    [InlineData('已', '巳', ConfusionKind.Shape)]
    [InlineData('未', '末', ConfusionKind.Shape)]
    [InlineData('候', '侯', ConfusionKind.Both)]
    [InlineData('盲', '肓', ConfusionKind.Shape)]
    [InlineData('戌', '戍', ConfusionKind.Shape)]
    [InlineData('戊', '戌', ConfusionKind.Shape)]
    [InlineData('拨', '拔', ConfusionKind.Shape)]
    [InlineData('崇', '祟', ConfusionKind.Shape)]
    [InlineData('汩', '汨', ConfusionKind.Shape)]
    public void ExplainsKnownErrors(char right, char wrong, ConfusionKind expected)
    {
        Assert.Equal(expected, D.Kind(right, wrong));
        Assert.Equal(expected, D.Kind(wrong, right));
        Assert.True(D.AreConfusable(right, wrong));
        Assert.True(D.AreConfusable(wrong, right));
    }

    // One character is the other plus a side component (its radical), or both are a different side
    // component plus the same part: derived from kRSUnicode residual strokes and Cangjie codes.
    [Theory]
    [InlineData('院', '完')]  // 阝 + 完
    [InlineData('治', '台')]  // 氵 + 台
    [InlineData('债', '责')]  // 亻 + 责
    [InlineData('卖', '买')]  // 十 + 买
    [InlineData('郊', '效')]  // 交 + 阝 / 交 + 攵
    public void ComponentPairsAreShapeAlike(char a, char b)
    {
        Assert.True((D.Kind(a, b) & ConfusionKind.Shape) != 0, $"{a}/{b}");
    }

    // A part is taken only after the letters its radical is usually coded with: 卖 JNYK is 十 J + 买
    // NYK, not JN + 达 YK; parts of fewer than four strokes (人 in 仓, 大 in 因) are not used.
    [Theory]
    [InlineData('卖', '达')]
    [InlineData('仓', '人')]
    [InlineData('因', '大')]
    public void AccidentalComponentMatchesAreNotListed(char a, char b)
    {
        Assert.Equal(ConfusionKind.None, D.Kind(a, b) & ConfusionKind.Shape);
    }

    // Known errors that are not character confusions and that these sets deliberately do not
    // explain: 中华人民大和国 (共 → 大) and 中共人民共和国 (华 → 共) are word-level slips.
    [Theory]
    [InlineData('共', '大')]
    [InlineData('华', '共')]
    public void WordLevelSlipsAreNotCharacterConfusions(char right, char wrong)
    {
        Assert.Equal(ConfusionKind.None, D.Kind(right, wrong));
        Assert.False(D.AreConfusable(right, wrong));
    }

    [Fact]
    public void ExactHomophonesComeFirst()
    {
        // 制 (zhì, very common) is the first sound candidate of 智 (zhì).
        Assert.Equal('制', D.SoundAlike('智')[0]);
        Assert.True(D.SoundAlike('合').IndexOf('和') < 3);
    }

    [Fact]
    public void SupplementPairsAreListedBothWays()
    {
        foreach (var (a, b) in new[] { ('政', '攻'), ('除', '险'), ('体', '休'), ('局', '句'), ('未', '末') })
        {
            Assert.Contains(b, D.ShapeAlike(a).ToArray());
            Assert.Contains(a, D.ShapeAlike(b).ToArray());
        }
    }

    [Fact]
    public void ListsAreShortAndNeverNameTheirOwnCharacter()
    {
        int entries = 0;
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if (!D.Contains(c))
            {
                Assert.True(D.SoundAlike(c).IsEmpty);
                Assert.True(D.ShapeAlike(c).IsEmpty);
                continue;
            }
            entries++;
            ReadOnlySpan<char> sound = D.SoundAlike(c), shape = D.ShapeAlike(c);
            Assert.InRange(sound.Length, 0, 30);
            Assert.InRange(shape.Length, 0, 30);
            Assert.True(sound.IndexOf(c) < 0 && shape.IndexOf(c) < 0, c.ToString());
            foreach (char x in sound) Assert.False(char.IsSurrogate(x));
            foreach (char x in shape) Assert.False(char.IsSurrogate(x));
        }
        Assert.Equal(D.Count, entries);
    }

    [Fact]
    public void KindIsSymmetric()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char a = (char)i;
            if (!D.Contains(a)) continue;
            foreach (char b in D.SoundAlike(a))
            {
                Assert.Equal(D.Kind(a, b), D.Kind(b, a));
                Assert.True(D.Kind(b, a).HasFlag(ConfusionKind.Sound));
            }
            foreach (char b in D.ShapeAlike(a))
            {
                Assert.Equal(D.Kind(a, b), D.Kind(b, a));
                Assert.True(D.Kind(b, a).HasFlag(ConfusionKind.Shape));
            }
        }
    }

    [Theory]
    [InlineData('中', '中')]
    [InlineData('A', 'B')]
    [InlineData('\uD800', '\uDC00')]
    public void SameOrUnlistedCharactersAreNotConfusable(char a, char b)
    {
        Assert.Equal(ConfusionKind.None, D.Kind(a, b));
        Assert.False(D.AreConfusable(a, b));
    }

    [Fact]
    public void ConfusionDataIsNotReadAsATermList()
    {
        var set = new DictionarySet().AddBuiltIn();
        Assert.DoesNotContain(set.Entries, e => e.Term == "政");
    }

    [Fact]
    public void ParsesSmallInput()
    {
        var sets = ConfusionSets.Parse(new StringReader("# comment\r\n\r\n政\t正证\t攻\r\n攻\t工\t\n己\t\t已巳"));
        Assert.Equal(3, sets.Count);
        Assert.Equal("正证", sets.SoundAlike('政').ToString());
        Assert.Equal("攻", sets.ShapeAlike('政').ToString());
        Assert.Equal("工", sets.SoundAlike('攻').ToString());
        Assert.True(sets.ShapeAlike('攻').IsEmpty);
        Assert.True(sets.SoundAlike('己').IsEmpty);
        Assert.Equal("已巳", sets.ShapeAlike('己').ToString());
        Assert.Equal(ConfusionKind.Shape, sets.Kind('攻', '政'));
        Assert.Equal(ConfusionKind.Sound, sets.Kind('证', '政'));
        Assert.Equal(ConfusionKind.Shape, sets.Kind('巳', '己'));
        Assert.False(sets.Contains('已'));
        Assert.Equal(ConfusionKind.None, sets.Kind('已', '巳'));
    }

    [Fact]
    public void ReplacementsListSoundAlikesThenShapeAlikesNotAlreadyListed()
    {
        // 证 is both a sound- and a shape-alike of 政 here: it is listed once, among the sound-alikes.
        var sets = ConfusionSets.Parse(new StringReader("政\t正证\t攻证故\n己\t\t已巳"));
        Assert.Equal("正证攻故", sets.Replacements('政').ToString());
        Assert.Equal("已巳", sets.Replacements('己').ToString());
        Assert.True(sets.Replacements('已').IsEmpty);
    }

    [Fact]
    public void ParsesEmptyInput() => Assert.Equal(0, ConfusionSets.Parse(new StringReader("")).Count);

    [Theory]
    [InlineData("政", "no TAB")]
    [InlineData("政\t正", "one TAB")]
    [InlineData("政\t正\t攻\t", "too many")]
    [InlineData("政府\t正\t攻", "exactly one character")]
    [InlineData("\t正\t攻", "exactly one character")]
    [InlineData("政\t正政\t攻", "itself")]
    [InlineData("政\t正\t攻攻", "twice")]
    [InlineData("政\t正 证\t攻", "white space")]
    [InlineData("政\t正\uD842\uDFB7\t攻", "surrogate")]
    public void RejectsMalformedLines(string line, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ConfusionSets.Parse(new StringReader("# header\n" + line + "\n")));
        Assert.StartsWith("Line 2:", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void RejectsLoneSurrogateKey()
    {
        // Built at run time: a lone surrogate does not survive in attribute metadata.
        string line = new string('\uD842', 1) + "\t正\t攻";
        var e = Assert.Throws<FormatException>(() => ConfusionSets.Parse(new StringReader(line)));
        Assert.Contains("surrogate", e.Message);
    }

    [Fact]
    public void RejectsDuplicateKeys()
    {
        var e = Assert.Throws<FormatException>(() => ConfusionSets.Parse(new StringReader("政\t正\t攻\n政\t证\t")));
        Assert.StartsWith("Line 2:", e.Message);
        Assert.Contains("duplicate", e.Message);
    }
}
