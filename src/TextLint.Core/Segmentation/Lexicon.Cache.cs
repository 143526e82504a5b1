using System.Numerics;
using System.Runtime.InteropServices;
using TextLint.Core.Caching;

namespace TextLint.Core.Segmentation;

// The lexicon's arrays as they are in memory, so a cached copy loads with a few large reads and
// one validation sweep instead of 700k hash insertions.
public sealed partial class Lexicon
{
    private const string CacheName = "lexicon";

    /// <summary>Bump when the parsing, the hash function, the table layout or the file layout changes.</summary>
    internal const int CacheFormatVersion = 2; // 2: a repeated word is one entry

    private Lexicon(char[] chars, int[] wordStart, byte[] wordLength, int[] frequency, float[] logProbability,
        int[] slots, int count, long totalFrequency, int maxWordLength)
    {
        _chars = chars;
        _wordStart = wordStart;
        _wordLength = wordLength;
        _frequency = frequency;
        _logProbability = logProbability;
        _slots = slots;
        _slotMask = slots.Length - 1;
        Count = count;
        TotalFrequency = totalFrequency;
        MaxWordLength = maxWordLength;
    }

    private void WriteCached(BinaryWriter writer)
    {
        int entries = _logProbability.Length;
        int usedChars = 0;
        for (int i = 0; i < entries; i++) usedChars = Math.Max(usedChars, _wordStart[i] + _wordLength[i]);
        writer.Write(Count);
        writer.Write(TotalFrequency);
        writer.Write(MaxWordLength);
        writer.Write(entries);
        writer.Write(usedChars);
        writer.Write(_slots.Length);
        writer.Flush();
        var stream = writer.BaseStream;
        stream.Write(MemoryMarshal.AsBytes(_chars.AsSpan(0, usedChars)));
        stream.Write(MemoryMarshal.AsBytes(_wordStart.AsSpan(0, entries)));
        stream.Write(_wordLength.AsSpan(0, entries));
        stream.Write(MemoryMarshal.AsBytes(_frequency.AsSpan(0, entries)));
        stream.Write(MemoryMarshal.AsBytes(_logProbability.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    /// <summary>
    /// Reads what <see cref="WriteCached"/> wrote and checks every index in it, so a damaged file
    /// can at worst give wrong frequencies, never an out-of-range read or an endless probe.
    /// </summary>
    private static Lexicon ReadCached(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        long totalFrequency = reader.ReadInt64();
        int maxWordLength = reader.ReadInt32();
        int entries = reader.ReadInt32();
        int usedChars = reader.ReadInt32();
        int slotCount = reader.ReadInt32();
        long remaining = reader.BaseStream.Length - reader.BaseStream.Position;
        long expected = usedChars * 2L + entries * (4L + 1 + 4 + 4) + slotCount * 4L;
        if (count < 0 || entries < count || usedChars < 0 || totalFrequency < 1 || maxWordLength is < 1 or > byte.MaxValue
            || slotCount <= entries || !BitOperations.IsPow2(slotCount) || expected != remaining)
            throw new InvalidDataException("lexicon cache header does not match its size");

        var stream = reader.BaseStream;
        var chars = new char[usedChars];
        var wordStart = new int[entries];
        var wordLength = new byte[entries];
        var frequency = new int[entries];
        var logProbability = new float[entries];
        var slots = new int[slotCount];
        stream.ReadExactly(MemoryMarshal.AsBytes(chars.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(wordStart.AsSpan()));
        stream.ReadExactly(wordLength);
        stream.ReadExactly(MemoryMarshal.AsBytes(frequency.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(logProbability.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(slots.AsSpan()));

        for (int i = 0; i < entries; i++)
            if (wordLength[i] == 0 || wordLength[i] > maxWordLength || (uint)wordStart[i] > (uint)(usedChars - wordLength[i]))
                throw new InvalidDataException("lexicon cache entry out of range");
        bool hasEmptySlot = false;
        foreach (int slot in slots)
        {
            if ((uint)slot > (uint)entries) throw new InvalidDataException("lexicon cache slot out of range");
            hasEmptySlot |= slot == 0;
        }
        if (!hasEmptySlot) throw new InvalidDataException("lexicon cache table is full");
        return new Lexicon(chars, wordStart, wordLength, frequency, logProbability, slots, count, totalFrequency, maxWordLength);
    }
}
