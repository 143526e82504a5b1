using TextLint.Core.Caching;
using TextLint.Core.LanguageModel;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.LanguageModel;

/// <summary>Pair counts read back from the start-up cache must answer exactly as the ones counted from the lexicon.</summary>
public sealed class CharPairCountsCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textlint-pairs-test-" + Guid.NewGuid().ToString("N"));
    private readonly string _dictPath;
    private static readonly string[] Extra = ["新质生产力", "数字政府"];

    private const string Dictionary = "中华 500 ns\n中华人民共和国 100 ns\n政府 2000 n\n人民 3000 n\n扫黑除恶 40 l\n环保局 30 n\n劳保局 12 n\n";

    public CharPairCountsCacheTests()
    {
        Directory.CreateDirectory(_folder);
        _dictPath = Path.Combine(_folder, "dict.txt");
        File.WriteAllText(_dictPath, Dictionary);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DerivedDataCache Cache => new(Path.Combine(_folder, "cache"));

    private CharPairCounts Counted(Lexicon lexicon) => CharPairCounts.Build(lexicon, Extra, 7);

    private CharPairCounts Loaded(Lexicon lexicon, string[]? extra = null) => CharPairCounts.Load(lexicon, _dictPath, extra ?? Extra, 7, Cache);

    /// <summary>Every pair of every character that occurs, both ways, and the rows of each.</summary>
    private static void AssertSameAnswers(CharPairCounts expected, CharPairCounts actual)
    {
        var chars = (Dictionary + string.Concat(Extra) + "攻府国").Where(c => c > ' ' && !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray();
        Assert.Equal(expected.Count, actual.Count);
        foreach (char a in chars)
        {
            foreach (char b in chars) Assert.Equal(expected.CountOf(a, b), actual.CountOf(a, b));
            Assert.Equal(Row(expected.Followers(a)), Row(actual.Followers(a)));
            Assert.Equal(Row(expected.Predecessors(a)), Row(actual.Predecessors(a)));
        }
    }

    private static List<(char, int)> Row(PairRow row)
    {
        var items = new List<(char, int)>();
        for (int i = 0; i < row.Length; i++) items.Add((row.OtherAt(i), row.CountAt(i)));
        return items;
    }

    private string CacheFile() => Assert.Single(Directory.GetFiles(Cache.Directory, "char-pairs-*.bin"));

    [Fact]
    public void SecondLoadReadsTheCacheAndAnswersTheSame()
    {
        var lexicon = Lexicon.Load(_dictPath);
        var counted = Counted(lexicon);
        var first = Loaded(lexicon);
        string file = CacheFile();
        var writtenAt = File.GetLastWriteTimeUtc(file);
        var second = Loaded(lexicon);

        AssertSameAnswers(counted, first);
        AssertSameAnswers(counted, second);
        Assert.Equal(42, second.CountOf('保', '局')); // 环保局 30 + 劳保局 12
        Assert.Equal(7, second.CountOf('质', '生')); // an extra word at its own frequency
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(file)); // read, not rewritten
        Assert.Same(lexicon, second.Lexicon);
    }

    [Fact]
    public void ChangedDictionaryOrExtraWordsAreCountedAgain()
    {
        Loaded(Lexicon.Load(_dictPath));
        File.AppendAllText(_dictPath, "秸秆 90 n\n");
        var lexicon = Lexicon.Load(_dictPath);
        Assert.Equal(90, Loaded(lexicon).CountOf('秸', '秆'));
        Assert.Equal(5, CharPairCounts.Load(lexicon, _dictPath, [.. Extra, "攻坚"], 5, Cache).CountOf('攻', '坚'));
        Assert.Equal(3, Directory.GetFiles(Cache.Directory, "char-pairs-*.bin").Length);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("table emptied")]
    [InlineData("row start out of range")]
    [InlineData("empty")]
    public void DamagedCacheIsIgnoredAndRewritten(string damage)
    {
        var lexicon = Lexicon.Load(_dictPath);
        var counted = Counted(lexicon);
        Loaded(lexicon);
        string file = CacheFile();
        byte[] bytes = File.ReadAllBytes(file);
        byte[] good = bytes.ToArray();
        // The payload (table, then two sets of rows) ends the file and its size follows from the slot
        // count written just before it: try each power of two.
        int slots = 1024;
        while (true)
        {
            int payload = slots * 8 + 2 * ((char.MaxValue + 2) * 4 + counted.Count * 6);
            if (payload + 8 > bytes.Length) { slots = 0; break; }
            if (BitConverter.ToInt32(bytes, bytes.Length - payload - 4) == slots) break;
            slots *= 2;
        }
        Assert.NotEqual(0, slots);
        int tableStart = bytes.Length - (slots * 8 + 2 * ((char.MaxValue + 2) * 4 + counted.Count * 6));
        switch (damage)
        {
            case "truncated": bytes = bytes[..(bytes.Length - 3)]; break;
            case "table emptied": bytes.AsSpan(tableStart, slots * 8).Clear(); break;
            case "row start out of range": BitConverter.TryWriteBytes(bytes.AsSpan(tableStart + slots * 8 + 4 * 'A'), 1_000_000); break;
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(file, bytes);

        AssertSameAnswers(counted, Loaded(lexicon));
        AssertSameAnswers(counted, Loaded(lexicon)); // and the rewritten file is good
        Assert.Equal(good, File.ReadAllBytes(CacheFile()));
    }

    [Fact]
    public void NoCacheOrUnwritableFolderStillCounts()
    {
        var lexicon = Lexicon.Load(_dictPath);
        string blocked = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache folder would be");
        AssertSameAnswers(Counted(lexicon), CharPairCounts.Load(lexicon, _dictPath, Extra, 7, new DerivedDataCache(Path.Combine(blocked, "cache"))));
        AssertSameAnswers(Counted(lexicon), CharPairCounts.Load(lexicon, _dictPath, Extra, 7, cache: null));
    }
}
