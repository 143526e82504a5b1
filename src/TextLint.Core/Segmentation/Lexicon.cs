using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using TextLint.Core.Caching;

namespace TextLint.Core.Segmentation;

/// <summary>
/// Word frequencies from jieba's <c>dict.txt</c> (MIT), the same data jieba.NET segments with.
/// Invariant: every word lives in one shared <c>char[]</c> and an open-addressing table of entry
/// indexes; every proper prefix of a word is an entry too, with frequency -1 (as in jieba's prefix
/// dictionary), so a segmenter can stop extending a candidate as soon as it is no prefix; no
/// per-word string or object exists, so the 349k words create no garbage. Immutable once loaded;
/// lookups take spans and allocate nothing. Building the table still takes about a tenth of a
/// second, so <see cref="Default"/> keeps the built arrays in the <see cref="DerivedDataCache"/>
/// and later runs read them back.
/// </summary>
public sealed partial class Lexicon
{
    private readonly char[] _chars;
    private int[] _wordStart;
    private byte[] _wordLength;
    private int[] _frequency;
    private readonly int[] _slots; // entry index + 1; 0 = empty. Length is a power of two.
    private readonly int _slotMask;

    /// <summary>Sum of all frequencies (the denominator of a word's probability).</summary>
    public long TotalFrequency { get; }

    /// <summary>Length in chars of the longest word.</summary>
    public int MaxWordLength { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    private Lexicon(char[] chars, int[] wordStart, byte[] wordLength, int[] frequency, int count)
    {
        _chars = chars;
        // Room for the words and their prefixes (most words have one or two).
        int capacity = count * 2 + 16;
        Array.Resize(ref wordStart, capacity);
        Array.Resize(ref wordLength, capacity);
        Array.Resize(ref frequency, capacity);
        _wordStart = wordStart;
        _wordLength = wordLength;
        _frequency = frequency;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new int[size];
        _slotMask = size - 1;
        long total = 0;
        int maxLength = 1, words = 0, entries;
        for (int i = 0; i < count; i++)
        {
            total += frequency[i];
            if (wordLength[i] > maxLength) maxLength = wordLength[i];
            var word = new ReadOnlySpan<char>(chars, wordStart[i], wordLength[i]);
            int slot = Find(word);
            if (_slots[slot] == 0)
            {
                // Each word is kept once, in file order, so entries 0 .. Count-1 are the distinct words
                // (WordAt enumerates them); the entry written is never after the line read.
                (_wordStart[words], _wordLength[words], _frequency[words]) = (wordStart[i], wordLength[i], frequency[i]);
                _slots[slot] = ++words;
            }
            else
            {
                _frequency[_slots[slot] - 1] = frequency[i]; // a repeated word: the last line wins, as in jieba
            }
        }
        MaxWordLength = maxLength;
        entries = words;
        for (int i = 0; i < words; i++)
        {
            for (int length = wordLength[i] - 1; length >= 1; length--)
            {
                int slot = Find(new ReadOnlySpan<char>(chars, wordStart[i], length));
                if (_slots[slot] != 0) break; // this prefix, and so all shorter ones, are in already
                if (entries == _wordStart.Length)
                {
                    Array.Resize(ref _wordStart, entries * 2);
                    Array.Resize(ref _wordLength, entries * 2);
                    Array.Resize(ref _frequency, entries * 2);
                }
                _wordStart[entries] = wordStart[i];
                _wordLength[entries] = (byte)length;
                _frequency[entries] = PrefixOnly;
                _slots[slot] = ++entries;
            }
        }
        Count = words;
        TotalFrequency = Math.Max(1, total);
        // Segmentation scores words by log probability; computing it once per entry keeps
        // Math.Log out of the segmenter's inner loop.
        _logProbability = new float[entries];
        double logTotal = Math.Log(TotalFrequency);
        for (int i = 0; i < entries; i++)
            _logProbability[i] = (float)(Math.Log(Math.Max(1, _frequency[i])) - logTotal);
    }

    private readonly float[] _logProbability;

    /// <summary>Log probability of a word with frequency 1: the score of an unknown single character.</summary>
    public double UnknownLogProbability => -Math.Log(TotalFrequency);

    /// <summary>
    /// Looks <paramref name="text"/> up for segmentation: false when it is neither a word nor the
    /// beginning of one; otherwise true, with <paramref name="isWord"/> and the word's log probability.
    /// </summary>
    public bool TryLookupLogProbability(ReadOnlySpan<char> text, out bool isWord, out double logProbability)
    {
        isWord = false;
        logProbability = 0;
        if (text.IsEmpty || text.Length > MaxWordLength) return false;
        int entry = _slots[Find(text)];
        if (entry == 0) return false;
        isWord = _frequency[entry - 1] > 0;
        logProbability = _logProbability[entry - 1];
        return true;
    }

    /// <summary>Frequency marking an entry that is only a prefix of words, not a word.</summary>
    private const int PrefixOnly = -1;

    /// <summary>
    /// Looks <paramref name="text"/> up: false when it is neither a word nor the beginning of one
    /// (no longer candidate starting the same way can be a word); otherwise true, with its
    /// frequency, or 0 when it is only a prefix.
    /// </summary>
    public bool TryLookup(ReadOnlySpan<char> text, out int frequency)
    {
        frequency = 0;
        if (text.IsEmpty || text.Length > MaxWordLength) return false;
        int entry = _slots[Find(text)];
        if (entry == 0) return false;
        frequency = Math.Max(0, _frequency[entry - 1]);
        return true;
    }

    /// <summary>Frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) return 0;
        int entry = _slots[Find(word)];
        return entry == 0 ? 0 : Math.Max(0, _frequency[entry - 1]);
    }

    /// <summary>Word number <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), in file order.</summary>
    public ReadOnlySpan<char> WordAt(int index) => new(_chars, _wordStart[index], _wordLength[index]);

    /// <summary>Frequency of word number <paramref name="index"/> as its line gave it.</summary>
    public int FrequencyAt(int index) => _frequency[index];

    /// <summary>Whether <paramref name="word"/> is a word of the lexicon (not merely a prefix of one).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) return false;
        int entry = _slots[Find(word)];
        return entry != 0 && _frequency[entry - 1] != PrefixOnly;
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go (linear probing).</summary>
    // Called for most characters of a text by the segmenters and the suspect check: compiled optimized
    // at once, so a short-lived process does not spend its run in unoptimized tier-0 code (a method
    // with a loop is not inlined into its optimized callers).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> word)
    {
        int slot = (int)Hash(word) & _slotMask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0) return slot;
            int i = entry - 1;
            if (_wordLength[i] == word.Length && word.SequenceEqual(new ReadOnlySpan<char>(_chars, _wordStart[i], _wordLength[i])))
                return slot;
            slot = (slot + 1) & _slotMask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ c) * 16777619;
        // FNV's low bits depend only on the inputs' low bits; a murmur3 finaliser spreads the high
        // bits into the low ones the table mask keeps.
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >> 16);
    }

    /// <summary>Reads a jieba-format dictionary (<c>word freq [pos]</c> per line, UTF-8).</summary>
    public static Lexicon Load(string path) => Load(path, cache: null);

    /// <summary>
    /// Reads a jieba-format dictionary, or the lexicon built earlier from the same file (same name,
    /// length and last write time), kept in <paramref name="cache"/> (null: no cache). A cache miss
    /// builds it and stores it for the next run.
    /// </summary>
    public static Lexicon Load(string path, DerivedDataCache? cache)
    {
        try
        {
            if (cache is null) return Parse(File.ReadAllText(path, Encoding.UTF8));
            byte[] key = DerivedDataCache.KeyFor(CacheFormatVersion, path);
            if (cache.TryRead(CacheName, key, ReadCached) is { } cached) return cached;
            var lexicon = Parse(File.ReadAllText(path, Encoding.UTF8));
            cache.TryWrite(CacheName, key, lexicon.WriteCached);
            return lexicon;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TextLintException($"{path}: cannot read the word list ({e.Message})");
        }
    }

    /// <summary>Parses jieba-format text (<c>word freq [pos]</c> per line). Words longer than 255 chars are skipped.</summary>
    public static Lexicon Parse(string text)
    {
        var chars = new char[text.Length];
        int used = 0, count = 0;
        int capacity = 1024;
        var starts = new int[capacity];
        var lengths = new byte[capacity];
        var frequencies = new int[capacity];
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            int eol = span.IndexOf('\n');
            var line = eol < 0 ? span : span[..eol];
            span = eol < 0 ? default : span[(eol + 1)..];
            int space = line.IndexOf(' ');
            if (space <= 0 || space > byte.MaxValue) continue;
            var rest = line[(space + 1)..];
            int space2 = rest.IndexOf(' ');
            if (!int.TryParse((space2 < 0 ? rest : rest[..space2]).TrimEnd('\r'), out int freq) || freq < 0) continue;
            if (count == capacity)
            {
                capacity *= 2;
                Array.Resize(ref starts, capacity);
                Array.Resize(ref lengths, capacity);
                Array.Resize(ref frequencies, capacity);
            }
            line[..space].CopyTo(chars.AsSpan(used));
            starts[count] = used;
            lengths[count] = (byte)space;
            frequencies[count] = freq;
            used += space;
            count++;
        }
        return new Lexicon(chars, starts, lengths, frequencies, count);
    }

    /// <summary>
    /// The lexicon shipped with jieba.NET, loaded on first use from the <c>Resources</c> folder
    /// copied beside the assembly (or <c>TEXTLINT_JIEBA_DIR</c>).
    /// </summary>
    public static Lexicon Default => LazyDefault.Value;

    private static readonly Lazy<Lexicon> LazyDefault = new(() => Load(DefaultPath, DerivedDataCache.Default));

    /// <summary>The file <see cref="Default"/> is read from (jieba's <c>dict.txt</c>).</summary>
    internal static string DefaultPath => Path.Combine(JiebaResources.Directory, "dict.txt");
}
