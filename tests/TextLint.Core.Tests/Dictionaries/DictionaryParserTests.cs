using TextLint.Core;
using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Dictionaries;

public class DictionaryParserTests
{
    private static readonly DictionaryParser.Defaults UserDefaults = new("user", "user", Severity.Warning);

    private static List<DictionaryEntry> Parse(string text) =>
        DictionaryParser.Parse(new StringReader(text), "list.txt", UserDefaults);

    [Fact]
    public void HeaderDirectivesSetDefaultsForFollowingLines()
    {
        var entries = Parse("#@ rule: typo.common\n#@ category: typo\n#@ severity: warning\n# comment\n再接再励\t-\t再接再厉\t厉：磨砺\n");
        var entry = Assert.Single(entries);
        Assert.Equal("再接再励", entry.Term);
        Assert.Equal("typo.common", entry.RuleId);
        Assert.Equal("typo", entry.Category);
        Assert.Equal(Severity.Warning, entry.Severity);
        Assert.Equal(["再接再厉"], entry.Suggestions);
        Assert.Equal("厉：磨砺", entry.Note);
        Assert.Equal("list.txt:5", entry.Origin);
    }

    [Fact]
    public void UserFormatTakesSeverityThenSuggestions()
    {
        var entries = Parse("\uFEFF张三丰\n李四光\terror\n王五\tinfo\t王武|汪五\n");
        Assert.Equal(3, entries.Count);
        Assert.Equal(("张三丰", Severity.Warning), (entries[0].Term, entries[0].Severity));
        Assert.Empty(entries[0].Suggestions);
        Assert.Equal(Severity.Error, entries[1].Severity);
        Assert.Equal(["王武", "汪五"], entries[2].Suggestions);
        Assert.All(entries, e => Assert.Equal("user", e.RuleId));
    }

    [Theory]
    [InlineData("词\tsevere\n", "list.txt:1: unknown severity 'severe'")]
    [InlineData("a\n\t-\tb\n", "list.txt:2: empty term")]
    [InlineData("a\t-\tb\tnote\textra\n", "list.txt:1: too many")]
    [InlineData("#@ colour: red\n", "list.txt:1: unknown header directive 'colour'")]
    public void MalformedLinesNameFileAndLine(string text, string expectedStart)
    {
        var error = Assert.Throws<TextLintException>(() => Parse(text));
        Assert.StartsWith(expectedStart, error.Message);
    }

    [Fact]
    public void PhraseListIgnoresCommentsAndFieldsAfterTab()
    {
        var phrases = PhraseListParser.Parse(new StringReader("#@ allowlist\n# why\n人民防空\n\n大麻烦\tnote\n"));
        Assert.Equal(["人民防空", "大麻烦"], phrases);
    }

    [Fact]
    public void MissingUserListIsAOneLineError()
    {
        var error = Assert.Throws<TextLintException>(() => new DictionarySet().AddUserList("/no/such/list.txt"));
        Assert.Equal("/no/such/list.txt: no such file or directory", error.Message);
    }
}
