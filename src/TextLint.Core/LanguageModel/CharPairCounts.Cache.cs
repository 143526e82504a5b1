using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using TextLint.Core.Caching;
using TextLint.Core.Segmentation;

namespace TextLint.Core.LanguageModel;

// The pair table and rows as they are in memory, so a cached copy loads with a few large reads
// instead of a million random hash insertions and two radix sorts (~120 ms of every short run).
public sealed partial class CharPairCounts
{
    private const string CacheName = "char-pairs";

    /// <summary>Bump when the counting, the hash function, the table layout or the file layout changes.</summary>
    private const int CacheFormatVersion = 1;

    /// <summary>
    /// <see cref="Build"/> over <paramref name="lexicon"/>, read from <paramref name="cache"/> when it
    /// was built before from the same <paramref name="lexiconPath"/> (name, length and last write
    /// time, as the lexicon's own cache checks) and the same extra words; a miss builds it and
    /// stores it for the next run. Null <paramref name="cache"/>: always built.
    /// </summary>
    public static CharPairCounts Load(Lexicon lexicon, string lexiconPath, IReadOnlyList<string> extraWords, int extraFrequency, DerivedDataCache? cache)
    {
        if (cache is null) return Build(lexicon, extraWords, extraFrequency);
        byte[] key;
        try
        {
            key = KeyFor(lexiconPath, extraWords, extraFrequency);
        }
        catch (IOException)
        {
            return Build(lexicon, extraWords, extraFrequency); // the lexicon came from somewhere: count it, keep nothing
        }
        if (cache.TryRead(CacheName, key, reader => ReadCached(reader, lexicon)) is { } cached) return cached;
        var counts = Build(lexicon, extraWords, extraFrequency);
        cache.TryWrite(CacheName, key, counts.WriteCached);
        return counts;
    }

    /// <summary>The lexicon file's key (with the lexicon's own format version) plus this format and a digest of the extra words.</summary>
    private static byte[] KeyFor(string lexiconPath, IReadOnlyList<string> extraWords, int extraFrequency)
    {
        ulong digest = 14695981039346656037; // FNV-1a over the words, each ended by a newline
        foreach (string word in extraWords)
        {
            foreach (char c in word) digest = (digest ^ c) * 1099511628211;
            digest = (digest ^ '\n') * 1099511628211;
        }
        byte[] lexiconKey = DerivedDataCache.KeyFor(Lexicon.CacheFormatVersion, lexiconPath);
        return [.. lexiconKey, .. Encoding.UTF8.GetBytes($"|pairs v{CacheFormatVersion}|{extraWords.Count}|{digest:x16}|{extraFrequency}")];
    }

    private void WriteCached(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(_entries.Length);
        writer.Flush();
        var stream = writer.BaseStream;
        stream.Write(MemoryMarshal.AsBytes(_entries.AsSpan()));
        _followers.Write(stream);
        _predecessors.Write(stream);
    }

    /// <summary>
    /// Reads what <see cref="WriteCached"/> wrote and checks it, so a damaged file can at worst give
    /// wrong counts, never an out-of-range read or an endless probe.
    /// </summary>
    private static CharPairCounts ReadCached(BinaryReader reader, Lexicon lexicon)
    {
        int count = reader.ReadInt32();
        int slots = reader.ReadInt32();
        long remaining = reader.BaseStream.Length - reader.BaseStream.Position;
        long expected = slots * 8L + 2 * ((char.MaxValue + 2) * 4L + count * (2L + 4));
        if (count < 0 || slots < 1024 || !BitOperations.IsPow2(slots) || count >= slots || expected != remaining)
            throw new InvalidDataException("pair cache header does not match its size");

        var stream = reader.BaseStream;
        var entries = new ulong[slots];
        stream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        int stored = 0;
        foreach (ulong entry in entries) if (entry != 0) stored++;
        if (stored != count) throw new InvalidDataException("pair cache table does not hold its pairs"); // also: an empty slot ends every probe
        var followers = new PairRows(stream, count);
        var predecessors = new PairRows(stream, count);
        return new CharPairCounts(lexicon, entries, count, followers, predecessors);
    }
}
