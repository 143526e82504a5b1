// Invariant under test: FindAll/Scan report exactly the occurrences a naive search for every
// pattern at every position finds, in (end ascending, longest first) order; ScanUnordered and
// CountMatches report the same occurrences, each once, in any order.

using System.Text;
using TextLint.Core.Matching;

namespace TextLint.Core.Tests.Matching;

public class AhoCorasickAutomatonTests
{
    /// <summary>Every occurrence of every pattern, by brute force, in the order FindAll promises.</summary>
    private static List<Match> NaiveFindAll(IReadOnlyList<string> patternsById, string text)
    {
        var matches = new List<Match>();
        for (int id = 0; id < patternsById.Count; id++)
        {
            string pattern = patternsById[id];
            for (int start = 0; start + pattern.Length <= text.Length; start++)
                if (string.CompareOrdinal(text, start, pattern, 0, pattern.Length) == 0)
                    matches.Add(new Match(id, start, pattern.Length));
        }
        return matches.OrderBy(m => m.End).ThenByDescending(m => m.Length).ToList();
    }

    private static (AhoCorasickAutomaton Automaton, List<string> PatternsById) Build(IEnumerable<string> patterns)
    {
        var builder = new AhoCorasickBuilder();
        var byId = new List<string>();
        foreach (string pattern in patterns)
        {
            int id = builder.Add(pattern);
            if (id == byId.Count) byId.Add(pattern);
            else Assert.Equal(byId[id], pattern);
        }
        return (builder.Build(), byId);
    }

    private static string RandomString(Random random, string alphabet, int minLength, int maxLength)
    {
        int length = random.Next(minLength, maxLength + 1);
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
        return sb.ToString();
    }

    /// <summary><paramref name="count"/> random patterns of 1 to <paramref name="maxLength"/> characters (duplicates possible).</summary>
    private static List<string> RandomPatterns(Random random, string alphabet, int count, int maxLength)
    {
        var patterns = new List<string>(count + 1);
        for (int i = 0; i < count; i++)
            patterns.Add(RandomString(random, alphabet, 1, maxLength));
        return patterns;
    }

    [Fact]
    public void ClassicExampleReportsOverlappingPrefixAndSuffixPatterns()
    {
        var (automaton, ids) = Build(["he", "she", "his", "hers"]);
        var found = automaton.FindAll("ushers").Select(m => (ids[m.PatternId], m.Start, m.Length)).ToList();
        Assert.Equal([("she", 1, 3), ("he", 2, 2), ("hers", 2, 4)], found);
    }

    [Fact]
    public void MatchesAtTheSameEndComeLongestFirst()
    {
        var (automaton, ids) = Build(["鲜", "朝鲜", "北朝鲜", "北朝"]);
        var found = automaton.FindAll("北朝鲜").Select(m => ids[m.PatternId]).ToList();
        Assert.Equal(["北朝", "北朝鲜", "朝鲜", "鲜"], found);
    }

    [Fact]
    public void AddingTheSameStringAgainReturnsTheSameId()
    {
        var builder = new AhoCorasickBuilder();
        int first = builder.Add("政府");
        int second = builder.Add("攻府");
        Assert.Equal(first, builder.Add("政府"));
        Assert.NotEqual(first, second);
        Assert.Equal(2, builder.Count);
        var automaton = builder.Build();
        Assert.Equal(2, automaton.PatternCount);
        Assert.Equal("攻府", automaton.GetPattern(second));
        Assert.Equal(2, automaton.GetPatternLength(second));
        Assert.Single(automaton.FindAll("市政府"));
        Assert.Throws<ArgumentOutOfRangeException>(() => automaton.GetPattern(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => automaton.GetPatternLength(-1));
    }

    [Fact]
    public void EmptyPatternIsRejected()
    {
        var builder = new AhoCorasickBuilder();
        Assert.Throws<ArgumentException>(() => builder.Add(""));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
    }

    [Fact]
    public void EmptyTextAndEmptyAutomatonFindNothing()
    {
        var (automaton, _) = Build(["a", "ab"]);
        Assert.Empty(automaton.FindAll(""));
        Assert.Equal(0, automaton.CountMatches(ReadOnlySpan<char>.Empty));

        var empty = new AhoCorasickBuilder().Build();
        Assert.Equal(0, empty.PatternCount);
        Assert.Empty(empty.FindAll("anything at all 中文"));
        Assert.True(empty.MemoryBytes > 0);
    }

    [Fact]
    public void SurrogatePairsMatchAsTwoCodeUnits()
    {
        var (automaton, ids) = Build(["𠮷野家", "𠮷", "野"]);
        var found = automaton.FindAll("去𠮷野家吃").Select(m => (ids[m.PatternId], m.Start, m.Length)).ToList();
        Assert.Equal([("𠮷", 1, 2), ("野", 3, 1), ("𠮷野家", 1, 4)], found);
    }

    [Fact]
    public void BuilderCanBuildAgainAfterMoreAdds()
    {
        var builder = new AhoCorasickBuilder();
        builder.Add("ab");
        var first = builder.Build();
        builder.Add("b");
        var second = builder.Build();
        Assert.Equal(1, first.CountMatches("ab"));
        Assert.Equal(2, second.CountMatches("ab"));
    }

    public static TheoryData<string, int, int, int> RandomCases() => new()
    {
        // alphabet, pattern count, max pattern length, seed
        { "ab", 6, 4, 1 },
        { "ab", 30, 7, 2 },
        { "abc", 50, 5, 3 },
        { "aab", 12, 10, 4 },
        { "北朝鲜中华人民共和国", 80, 4, 5 },
        { "x\uD842\uDFB7y", 20, 5, 6 }, // lone and paired surrogates
    };

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void RandomPatternsAgreeWithNaiveSearch(string alphabet, int patternCount, int maxPatternLength, int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 60; round++)
        {
            var patterns = RandomPatterns(random, alphabet, patternCount, maxPatternLength);
            patterns.Add(patterns[0]); // a duplicate
            var (automaton, ids) = Build(patterns);
            for (int t = 0; t < 5; t++)
            {
                string text = RandomString(random, alphabet, 0, 300);
                var expected = NaiveFindAll(ids, text);
                Assert.Equal(expected, automaton.FindAll(text));
                Assert.Equal(expected.Count, automaton.CountMatches(text));
            }
        }
    }

    [Fact]
    public void LargeAlphabetAgreesWithNaiveSearch()
    {
        // Thousands of distinct characters and thousands of patterns force the double-array
        // packer to search for free bases, which small alphabets never do.
        var random = new Random(42);
        var alphabet = new StringBuilder();
        for (int i = 0; i < 3000; i++) alphabet.Append((char)(0x4E00 + i));
        string common = alphabet.ToString(0, 40);
        var patterns = new List<string>();
        for (int i = 0; i < 6000; i++)
            patterns.Add(RandomString(random, random.Next(3) == 0 ? alphabet.ToString() : common, 1, 6));
        var (automaton, ids) = Build(patterns);
        for (int t = 0; t < 5; t++)
        {
            string text = RandomString(random, common, 2000, 2000) + RandomString(random, alphabet.ToString(), 500, 500);
            Assert.Equal(NaiveFindAll(ids, text), automaton.FindAll(text));
        }
    }

    [Fact]
    public void MissesPastTheFailureStateFollowTheWholeFailureChain()
    {
        // After "abc" the state's failure chain is "bc" then "c". On "x" neither "abc" nor "bc"
        // has a child, so the step must look past the failure state to find "cx"; on "y" the
        // chain ends at the root, whose child "y" starts "yz".
        var (automaton, ids) = Build(["abcd", "bc", "cx", "yz"]);
        foreach (string text in new[] { "abcx", "abcxabcd", "abcyz", "zabcx", "abcabcx" })
        {
            var expected = NaiveFindAll(ids, text);
            Assert.Equal(expected, automaton.FindAll(text));
            foreach (var kernel in AllKernels)
                Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, text, minimumChunk: 1, kernel)));
        }
        Assert.Contains(automaton.FindAll("abcx"), m => ids[m.PatternId] == "cx" && m.Start == 2);
    }

    [Fact]
    public void EveryKernelFollowsDeepFailuresAndCharactersInNoPatternInEveryLane()
    {
        // "abc" fails to "bc", whose failure state "c" is not the root, so a miss on both "abc"'s
        // and "bc"'s child takes the slow path; on "x" it finds "cx" past the failure state, on
        // "y" it ends at the root's child. '!' and '中' are in no pattern (class 0) and reset the
        // scan. Random mixes of these pieces put such steps in every lane, several at once, at
        // chunk and block boundaries, in texts from shorter than one character per lane up.
        var (automaton, ids) = Build(["abcd", "bc", "cx", "yz", "abcab", "xab"]);
        string[] pieces = ["abcx", "abcyz", "ab", "abc", "!", "中", "x", "abcabcx", "bcd"];
        var random = new Random(21);
        for (int round = 0; round < 200; round++)
        {
            var text = new StringBuilder();
            int pieceCount = random.Next(0, round < 100 ? 12 : 150);
            for (int i = 0; i < pieceCount; i++) text.Append(pieces[random.Next(pieces.Length)]);
            string s = text.ToString();
            var expected = NaiveFindAll(ids, s);
            foreach (var kernel in AllKernels)
                foreach (int minimumChunk in new[] { 1, 4, 9 })
                    Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, s, minimumChunk, kernel)));
        }
    }

    [Fact]
    public void EveryKernelScansWithoutPatternsOrWithOnlyOneCharacterPatterns()
    {
        string text = string.Concat(Enumerable.Repeat("ab!中", 40));
        foreach (var patterns in new[] { Array.Empty<string>(), ["a"], ["b", "a"] })
        {
            var (automaton, ids) = Build(patterns);
            var expected = NaiveFindAll(ids, text);
            foreach (var kernel in AllKernels)
                foreach (int minimumChunk in new[] { 1, 3 })
                    Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, text, minimumChunk, kernel)));
        }
    }

    [Fact]
    public void CharactersInNoPatternResetTheMatch()
    {
        var (automaton, _) = Build(["abc", "bcd"]);
        Assert.Equal(0, automaton.CountMatches("ab!cd"));
        Assert.Equal(2, automaton.CountMatches("abcd"));
    }

    [Fact]
    public void ParallelScansGiveTheSameResult()
    {
        var random = new Random(7);
        const string alphabet = "中华人民共和国政府北朝鲜ab";
        var patterns = Enumerable.Range(0, 2000).Select(_ => RandomString(random, alphabet, 1, 5)).ToList();
        var (automaton, ids) = Build(patterns);
        var texts = Enumerable.Range(0, 8).Select(_ => RandomString(random, alphabet, 5000, 5000)).ToArray();
        var expected = texts.Select(t => NaiveFindAll(ids, t)).ToArray();

        var results = new List<Match>[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = automaton.FindAll(texts[i % texts.Length]));
        for (int i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % texts.Length], results[i]);
    }

    private struct RecordingSink : IMatchSink
    {
        // A reference to a list: the scans work on a copy of the sink, which shares it.
        public List<(int Id, int End)> Seen;
        public void OnMatch(int patternId, int end) => Seen.Add((patternId, end));
    }

    /// <summary>What a sink saw, put in FindAll's order so that two scans can be compared as multisets.</summary>
    private static List<Match> InFindAllOrder(AhoCorasickAutomaton automaton, List<(int Id, int End)> seen) =>
        seen.Select(m => new Match(m.Id, m.End - automaton.GetPatternLength(m.Id), automaton.GetPatternLength(m.Id)))
            .OrderBy(m => m.End).ThenByDescending(m => m.Length).ToList();

    private static List<(int Id, int End)> ScanUnordered(AhoCorasickAutomaton automaton, string text, int? minimumChunk = null,
        AhoCorasickAutomaton.ScanKernel kernel = AhoCorasickAutomaton.ScanKernel.OneStream)
    {
        var sink = new RecordingSink { Seen = new() };
        if (minimumChunk is int chunk) automaton.ScanUnordered(text, ref sink, chunk, kernel);
        else automaton.ScanUnordered(text, ref sink);
        return sink.Seen;
    }

    /// <summary>
    /// Every interleaved kernel: three scalar streams with predicted steps and direct reports or
    /// with branch-free steps and buffered reports, and sixteen AVX2 lanes with gathers (the
    /// branch-free kernel where the machine has no AVX2).
    /// </summary>
    private static readonly AhoCorasickAutomaton.ScanKernel[] AllKernels = Enum.GetValues<AhoCorasickAutomaton.ScanKernel>();

    public static TheoryData<string, int, int, int> UnorderedCases() => new()
    {
        // alphabet, pattern count, max pattern length, seed
        { "ab", 8, 6, 11 },
        { "abc", 40, 9, 12 },
        { "aab", 12, 12, 13 },
        { "北朝鲜中华人民共和国", 80, 5, 14 },
        { "x\uD842\uDFB7y", 20, 5, 15 },
    };

    [Theory]
    [MemberData(nameof(UnorderedCases))]
    public void ScanUnorderedReportsEveryMatchOnceAcrossChunkBoundaries(string alphabet, int patternCount, int maxPatternLength, int seed)
    {
        // Tiny chunks put chunk boundaries (and run-ins as long as a chunk) everywhere; texts
        // too short to cut must still be scanned.
        var random = new Random(seed);
        for (int round = 0; round < 30; round++)
        {
            var (automaton, ids) = Build(RandomPatterns(random, alphabet, patternCount, maxPatternLength));
            for (int t = 0; t < 6; t++)
            {
                string text = RandomString(random, alphabet, 0, 400);
                var expected = NaiveFindAll(ids, text);
                foreach (var kernel in AllKernels)
                    foreach (int minimumChunk in new[] { 1, 2, automaton.MaxPatternLength, 37 })
                        Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, text, minimumChunk, kernel)));
            }
        }
    }

    [Fact]
    public void BufferedReportsSurviveBlockBoundariesAndLongOutputChains()
    {
        // In a run of 'a' every state past the fifth has six patterns ending in it (a chain longer
        // than the two the buffered hand-over expands without a branch); the 'b's break the runs
        // at random places, so chains of every length from 0 to 6 occur. Text lengths put the end
        // of a chunk before, at and after the end of a buffering block.
        var (automaton, ids) = Build(["a", "aa", "aaa", "aaaa", "aaaaa", "aaaaaa", "ab", "b"]);
        var random = new Random(3);
        int block = AhoCorasickAutomaton.BlockLength;
        int lanes = AhoCorasickAutomaton.GatheredStreams;
        int[] lengths =
        [
            0, 1, 5, block - 1, block, block + 1, 3 * block, 3 * block + 2, 6 * block + 5, 5000,
            lanes * block - 1, lanes * block, lanes * block + 1, lanes * (block + 1) + 3, lanes * 3 * block + 7,
        ];
        foreach (int length in lengths)
        {
            var text = new StringBuilder();
            for (int i = 0; i < length; i++) text.Append(random.Next(9) == 0 ? 'b' : 'a');
            string s = text.ToString();
            var expected = NaiveFindAll(ids, s);
            foreach (var kernel in AllKernels)
                foreach (int minimumChunk in new[] { 1, 40, block - 1, block, 4 * block })
                    Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, s, minimumChunk, kernel)));
            Assert.Equal(expected, automaton.FindAll(s));
        }
    }

    [Fact]
    public void LongestPatternsStraddlingEveryChunkBoundaryAreReportedOnce()
    {
        // The whole text is one repeated pattern, so occurrences of the longest pattern (and of
        // its overlapping prefixes and suffixes) start at every offset around every boundary.
        var (automaton, ids) = Build(["abcdefgh", "abc", "fgh", "habc", "h", "ha"]);
        Assert.Equal(8, automaton.MaxPatternLength);
        foreach (int length in new[] { 3 * 8 - 1, 3 * 8, 3 * 8 + 1, 3 * 8 + 2, 200, 201, 202, 16 * 8 - 1, 16 * 8, 16 * 8 + 1, 16 * 8 + 15, 16 * 9 + 2, 16 * 40 + 5 })
        {
            string text = string.Concat(Enumerable.Repeat("abcdefgh", length / 8 + 1))[..length];
            var expected = NaiveFindAll(ids, text);
            foreach (var kernel in AllKernels)
                foreach (int minimumChunk in new[] { 1, 7, 8, 9, 66 })
                    Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, text, minimumChunk, kernel)));
        }
    }

    [Fact]
    public void ScanUnorderedAndCountMatchesOnLongTextsAgreeWithNaiveSearch()
    {
        // Long enough for the public overload to interleave with its real chunk size.
        var random = new Random(99);
        const string alphabet = "中华人民共和国政府北朝鲜齐哈尔市ab";
        var patterns = Enumerable.Range(0, 300).Select(_ => RandomString(random, alphabet, 1, 6)).ToList();
        patterns.Add(new string('中', 40)); // a long pattern makes a long run-in
        var (automaton, ids) = Build(patterns);
        int streams = Math.Max(AhoCorasickAutomaton.InterleavedStreams, AhoCorasickAutomaton.GatheredStreams);
        int longText = streams * Math.Max(AhoCorasickAutomaton.MinimumInterleavedChunk, 16 * automaton.MaxPatternLength);
        foreach (int length in new[] { longText - 1, longText, longText + 2, 2 * longText + 1 })
        {
            var text = new StringBuilder(RandomString(random, alphabet, length, length));
            // Plant the long pattern across the chunk boundaries the public overload may use
            // (three scalar streams or sixteen vector lanes).
            foreach (int count in new[] { AhoCorasickAutomaton.InterleavedStreams, AhoCorasickAutomaton.GatheredStreams })
            {
                int chunk = length / count;
                for (int k = 1; k < count; k++)
                    for (int i = k * chunk - 41; i < k * chunk + 41; i++) text[i] = '中';
            }
            string s = text.ToString();
            var expected = NaiveFindAll(ids, s);
            Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, s)));
            Assert.Equal(expected.Count, automaton.CountMatches(s));
            Assert.Equal(expected, automaton.FindAll(s));
        }
    }

    [Theory]
    [InlineData(true)]  // nearly every character inside a match: the rest goes to the interleaved kernel
    [InlineData(false)] // matches sparse: the rest continues in the one stream
    public void ScanUnorderedJudgesDensityOnTheStartAndLosesNothingAtTheSampleEnd(bool dense)
    {
        // A pattern planted across the end of the sample (and across chunk boundaries of the rest) must be
        // reported once whichever way the scan continues.
        var random = new Random(dense ? 7 : 8);
        const string alphabet = "中华人民共和国政府";
        var patterns = Enumerable.Range(0, 200).Select(_ => RandomString(random, alphabet, 1, 4)).ToList();
        patterns.Add("北京市人民政府办公厅");
        var (automaton, ids) = Build(patterns);
        int length = AhoCorasickAutomaton.DensitySampleLength + 20 * AhoCorasickAutomaton.MinimumInterleavedChunk;
        var text = new StringBuilder(dense ? RandomString(random, alphabet, length, length) : new string('x', length));
        if (!dense)
            for (int i = 0; i < length - 10; i += 97) text[i] = alphabet[random.Next(alphabet.Length)];
        foreach (int boundary in new[] { AhoCorasickAutomaton.DensitySampleLength, length / 2, length - 700 })
            for (int k = 0; k < 10; k++) text[boundary - 5 + k] = "北京市人民政府办公厅"[k];
        string s = text.ToString();
        var expected = NaiveFindAll(ids, s);
        Assert.Equal(dense, expected.Count > s.Length / 2);
        Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, s)));
        Assert.Equal(expected.Count, automaton.CountMatches(s));
    }

    [Fact]
    public void ATableTooBigForTheCacheIsScannedInOneStreamWithEveryMatch()
    {
        // Enough random patterns over a wide alphabet for a table past the gathered kernel's limit,
        // so the public scans take the single prefetching stream; texts made of patterns put matches
        // (overlapping ones too) everywhere, and lengths around the prefetch distance test where
        // the prefetching part of the loop stops.
        var random = new Random(2026);
        string alphabet = string.Concat(Enumerable.Range(0x4E00, 2500).Select(c => (char)c));
        var (automaton, ids) = Build(RandomPatterns(random, alphabet, 60_000, 5));
        Assert.True((long)automaton.SlotCount * AhoCorasickAutomaton.SlotSize > AhoCorasickAutomaton.GatheredTableLimit);
        Assert.Equal(AhoCorasickAutomaton.ScanKernel.OneStream, automaton.DefaultKernel);
        var idOf = new Dictionary<string, int>();
        for (int id = 0; id < ids.Count; id++) idOf[ids[id]] = id;

        int distance = AhoCorasickAutomaton.PrefetchDistance;
        foreach (int length in new[] { 0, 1, distance, distance + 1, distance + 2, distance + 3, 200, 3 * 4096 + 7, 70_000 })
        {
            var text = new StringBuilder();
            while (text.Length < length)
                text.Append(random.Next(3) == 0 ? RandomString(random, alphabet, 1, 2) : ids[random.Next(ids.Count)]);
            string s = text.ToString(0, length);
            var expected = new List<Match>();
            for (int end = 1; end <= s.Length; end++)
                for (int start = Math.Max(0, end - automaton.MaxPatternLength); start < end; start++)
                    if (idOf.TryGetValue(s[start..end], out int id))
                        expected.Add(new Match(id, start, end - start));
            Assert.Equal(expected, automaton.FindAll(s));
            Assert.Equal(expected, InFindAllOrder(automaton, ScanUnordered(automaton, s)));
            Assert.Equal(expected.Count, automaton.CountMatches(s));
        }
    }

    [Fact]
    public void ScanReportsExclusiveEnds()
    {
        var builder = new AhoCorasickBuilder();
        int id = builder.Add("政府");
        var automaton = builder.Build();
        var sink = new RecordingSink { Seen = new() };
        automaton.Scan("市政府办", ref sink);
        Assert.Equal([(id, 3)], sink.Seen);
    }

    [Fact]
    public void MemoryBytesCoversTheTables()
    {
        var (automaton, _) = Build(["中华人民共和国", "政府"]);
        // The root, the 7 + 2 trie states of the two patterns, and a root child for each of the
        // 7 characters no pattern starts with (华人民共和国府).
        Assert.Equal(17, automaton.StateCount);
        Assert.True(automaton.MemoryBytes >= 65536 * 2 + automaton.StateCount * 16);
    }
}
