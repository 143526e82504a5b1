// Invariant: the two arrays are exactly the open-addressing table of Lucene's smartcn
// BigramDictionary (402,137 slots): slot i holds the 64-bit hash of "left@right" and its count, or
// 0 when empty. Lookups recompute Lucene's two hashes and probe the same way, so a pair is found
// exactly when Lucene finds it. Immutable after loading; lookups allocate nothing.

using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace TextLint.Core.LanguageModel;

/// <summary>
/// Word-pair (bigram) counts of Lucene's Smart Chinese Analyzer (Apache-2.0; built by ICTCLAS/imdict
/// from a People's Daily corpus), read from the <c>bigramdict.mem</c> resource embedded in
/// <c>Lucene.Net.Analysis.SmartCn.dll</c> without loading that assembly or its dependencies.
/// Word boundaries are SmartCn's; a pair of jieba words that SmartCn never saw together counts 0.
/// </summary>
public sealed class SmartCnBigrams
{
    /// <summary>File name of the Lucene.NET assembly that holds the data.</summary>
    public const string AssemblyFileName = "Lucene.Net.Analysis.SmartCn.dll";

    /// <summary>Name of the embedded resource in that assembly.</summary>
    public const string ResourceName = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";

    private const char Separator = '@';
    private readonly long[] _hashes;
    private readonly int[] _counts;

    private SmartCnBigrams(long[] hashes, int[] counts)
    {
        _hashes = hashes;
        _counts = counts;
        int entries = 0;
        foreach (long h in hashes) if (h != 0) entries++;
        Count = entries;
    }

    /// <summary>Number of word pairs with a count.</summary>
    public int Count { get; }

    /// <summary>
    /// The bigram data beside the core assembly (<c>Resources/smartcn/</c>, copied there by the
    /// build from the NuGet package), loaded on first use; null when the file is missing, so callers
    /// fall back to a unigram model.
    /// </summary>
    public static SmartCnBigrams? Default => LazyDefault.Value;

    private static readonly Lazy<SmartCnBigrams?> LazyDefault = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Resources", "smartcn", AssemblyFileName);
        if (Environment.GetEnvironmentVariable("TEXTLINT_SMARTCN_DLL") is { Length: > 0 } fromEnvironment) path = fromEnvironment;
        try { return File.Exists(path) ? LoadFromAssemblyFile(path) : null; }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidDataException or UnauthorizedAccessException) { return null; }
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How often <paramref name="left"/> was followed by <paramref name="right"/> (0 when never).</summary>
    public int CountOf(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        int length = left.Length + 1 + right.Length;
        if (length > 64) return 0;
        Span<char> key = stackalloc char[length];
        left.CopyTo(key);
        key[left.Length] = Separator;
        right.CopyTo(key[(left.Length + 1)..]);
        return CountOfKey(key);
    }

    /// <summary>Count of a raw key <c>left@right</c>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int CountOfKey(ReadOnlySpan<char> key)
    {
        int size = _hashes.Length;
        long hashId = Hash1(key);
        int h1 = (int)(hashId % size);
        int h2 = Hash2(key) % size;
        if (h1 < 0) h1 += size;
        if (h2 < 0) h2 += size;
        int index = h1;
        for (int i = 1; i < size; i++)
        {
            long stored = _hashes[index];
            if (stored == hashId) return _counts[index];
            // With h2 = 0 the probe sequence never moves (Lucene's too), so the key can only be at h1.
            if (stored == 0 || h2 == 0) return 0;
            index = (int)((h1 + (long)i * h2) % size);
        }
        return 0;
    }

    // Lucene's FNV-1 variant over the low and high byte of each char.
    private static long Hash1(ReadOnlySpan<char> key)
    {
        const long prime = 1099511628211L;
        unchecked
        {
            long hash = (long)0xcbf29ce484222325UL;
            foreach (char d in key)
            {
                hash = (hash ^ (d & 0xFF)) * prime;
                hash = (hash ^ (d >> 8)) * prime;
            }
            return hash;
        }
    }

    // Lucene's djb2 variant; its Java operator precedence (+ before & and >>) is kept on purpose.
    private static int Hash2(ReadOnlySpan<char> key)
    {
        unchecked
        {
            int hash = 5381;
            foreach (char d in key)
            {
                hash = ((hash << 5) + hash + d) & 0xFF;
                hash = ((hash << 5) + hash + d) >> 8;
            }
            return hash;
        }
    }

    /// <summary>Reads the bigram table from the resource embedded in a SmartCn assembly file.</summary>
    /// <exception cref="InvalidDataException">The assembly has no such resource or it is malformed.</exception>
    public static SmartCnBigrams LoadFromAssemblyFile(string path)
    {
        byte[] image = File.ReadAllBytes(path);
        using var pe = new PEReader(new MemoryStream(image, writable: false));
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{path}: not a .NET assembly");
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != ResourceName) continue;
            var section = pe.GetSectionData(directory.RelativeVirtualAddress);
            var bytes = section.GetContent((int)resource.Offset, 4);
            int length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan());
            return Parse(section.GetContent((int)resource.Offset + 4, length).AsSpan());
        }
        throw new InvalidDataException($"{path}: resource {ResourceName} not found");
    }

    /// <summary>Parses Lucene.NET's <c>bigramdict.mem</c>: int32 n, n int64 hashes, int32 n, n int32 counts (little-endian).</summary>
    public static SmartCnBigrams Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8) throw new InvalidDataException("bigram data too short");
        int n = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (n <= 0 || data.Length != 8 + 12L * n) throw new InvalidDataException("bigram data has an unexpected length");
        var hashes = new long[n];
        var counts = new int[n];
        int at = 4;
        for (int i = 0; i < n; i++, at += 8) hashes[i] = BinaryPrimitives.ReadInt64LittleEndian(data[at..]);
        if (BinaryPrimitives.ReadInt32LittleEndian(data[at..]) != n) throw new InvalidDataException("bigram tables differ in length");
        at += 4;
        for (int i = 0; i < n; i++, at += 4) counts[i] = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        return new SmartCnBigrams(hashes, counts);
    }
}
