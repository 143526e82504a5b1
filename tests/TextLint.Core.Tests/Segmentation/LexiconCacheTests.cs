using TextLint.Core.Caching;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Tests.Segmentation;

/// <summary>The lexicon read back from the cache must answer exactly as the one parsed from dict.txt.</summary>
public sealed class LexiconCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textlint-cache-test-" + Guid.NewGuid().ToString("N"));
    private readonly string _dictPath;

    // Repeated words, prefixes that are words themselves and words whose prefixes are not.
    private const string Dictionary = "中华 500 ns\n中华人民共和国 100 ns\n政府 2000 n\n人民 3000 n\n政府 2500 n\n扫黑除恶 40 l\n攻 7 v\n";

    public LexiconCacheTests()
    {
        Directory.CreateDirectory(_folder);
        _dictPath = Path.Combine(_folder, "dict.txt");
        File.WriteAllText(_dictPath, Dictionary);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DerivedDataCache Cache => new(Path.Combine(_folder, "cache"));

    private static readonly string[] Probes = ["中华", "中华人", "中华人民共和国", "政府", "人民", "扫黑", "扫黑除恶", "攻", "攻府", "国", ""];

    private static void AssertSameAnswers(Lexicon expected, Lexicon actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.TotalFrequency, actual.TotalFrequency);
        Assert.Equal(expected.MaxWordLength, actual.MaxWordLength);
        foreach (string probe in Probes)
        {
            Assert.Equal(expected.FrequencyOf(probe), actual.FrequencyOf(probe));
            Assert.Equal(expected.Contains(probe), actual.Contains(probe));
            Assert.Equal(expected.TryLookupLogProbability(probe, out bool expectedIsWord, out double expectedLog),
                actual.TryLookupLogProbability(probe, out bool actualIsWord, out double actualLog));
            Assert.Equal(expectedIsWord, actualIsWord);
            Assert.Equal(expectedLog, actualLog);
        }
    }

    private string CacheFile() => Assert.Single(Directory.GetFiles(Cache.Directory, "lexicon-*.bin"));

    [Fact]
    public void SecondLoadReadsTheCacheAndAnswersTheSame()
    {
        var parsed = Lexicon.Load(_dictPath);
        var first = Lexicon.Load(_dictPath, Cache);
        string file = CacheFile();
        var writtenAt = File.GetLastWriteTimeUtc(file);
        var second = Lexicon.Load(_dictPath, Cache);

        AssertSameAnswers(parsed, first);
        AssertSameAnswers(parsed, second);
        Assert.Equal(2500, second.FrequencyOf("政府")); // the later line of a repeated word wins
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(file)); // read, not rewritten
        Assert.Empty(Directory.GetFiles(Cache.Directory, "*.tmp"));
    }

    [Fact]
    public void ChangedDictionaryGetsItsOwnCacheEntry()
    {
        Lexicon.Load(_dictPath, Cache);
        File.AppendAllText(_dictPath, "秸秆 90 n\n");
        var reloaded = Lexicon.Load(_dictPath, Cache);
        Assert.Equal(90, reloaded.FrequencyOf("秸秆"));
        Assert.Equal(2, Directory.GetFiles(Cache.Directory, "lexicon-*.bin").Length);
    }

    [Fact]
    public void OnlyTheNewestFewVersionsAreKept()
    {
        for (int version = 0; version < 5; version++)
        {
            File.AppendAllText(_dictPath, $"词{version} 5 n\n");
            Assert.Equal(5, Lexicon.Load(_dictPath, Cache).FrequencyOf($"词{version}"));
        }
        Assert.Equal(3, Directory.GetFiles(Cache.Directory, "lexicon-*.bin").Length);
    }

    [Fact]
    public void SameSizeEditWithNewTimestampIsNotServedFromTheCache()
    {
        Lexicon.Load(_dictPath, Cache);
        File.WriteAllText(_dictPath, Dictionary.Replace("政府 2500", "政府 9500"));
        File.SetLastWriteTimeUtc(_dictPath, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(9500, Lexicon.Load(_dictPath, Cache).FrequencyOf("政府"));
    }

    [Fact]
    public void MissingDictionaryIsAOneLineError()
    {
        var error = Assert.Throws<TextLintException>(() => Lexicon.Load(Path.Combine(_folder, "nope.txt"), Cache));
        Assert.Contains("nope.txt", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("slot out of range")]
    [InlineData("empty")]
    public void DamagedCacheIsIgnoredAndRewritten(string damage)
    {
        var parsed = Lexicon.Load(_dictPath);
        Lexicon.Load(_dictPath, Cache);
        string file = CacheFile();
        byte[] bytes = File.ReadAllBytes(file);
        byte[] good = bytes.ToArray();
        switch (damage)
        {
            case "truncated": bytes = bytes[..(bytes.Length - 3)]; break;
            case "garbage": bytes.AsSpan(40).Fill(0xA5); break;
            case "slot out of range": bytes.AsSpan(bytes.Length - 4).Fill(0x7F); break; // last slot points past the entries
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(file, bytes);

        AssertSameAnswers(parsed, Lexicon.Load(_dictPath, Cache));
        AssertSameAnswers(parsed, Lexicon.Load(_dictPath, Cache)); // and the rewritten file is good
        Assert.Equal(good, File.ReadAllBytes(CacheFile())); // the damaged file was replaced by a good one
    }

    [Fact]
    public void UnwritableCacheFolderStillLoads()
    {
        string blocked = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache folder would be");
        var lexicon = Lexicon.Load(_dictPath, new DerivedDataCache(Path.Combine(blocked, "cache")));
        AssertSameAnswers(Lexicon.Load(_dictPath), lexicon);
    }
}
