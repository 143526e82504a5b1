// Invariant: a cache file is only ever seen whole. It is written to a temporary name in the same
// folder and renamed into place, so a crash, a full disk or two processes writing at once leave
// either no file or a complete one. A file is used only when its header names the same format and
// the same key (what it was derived from, and by which version of the code), and the reader checks the payload
// before trusting it; anything else is treated as a miss and the data is derived again. The cache
// never decides a result: with it off, unwritable or corrupt, TextLint gives the same findings,
// only more slowly.

using System.Text;

namespace TextLint.Core.Caching;

/// <summary>
/// Keeps data that TextLint derives at start-up from fixed inputs (e.g. the word lexicon built from
/// jieba's <c>dict.txt</c>) on disk between runs, so a short run reads a few megabytes instead of
/// rebuilding hash tables. The same idea as jieba's own <c>jieba.cache</c>.
/// </summary>
/// <remarks>
/// The folder is <c>$TEXTLINT_CACHE_DIR</c> when set (<c>off</c> or empty turns the cache off), else
/// <c>$XDG_CACHE_HOME/textlint</c>, else <c>~/.cache/textlint</c>. Files are named after what they
/// hold and the start of their key, so a changed input writes a new file instead of fighting over
/// one. Deleting the folder is always safe.
/// </remarks>
public sealed class DerivedDataCache
{
    /// <summary>Environment variable naming the cache folder; <c>off</c> or an empty value turns caching off.</summary>
    public const string DirectoryVariable = "TEXTLINT_CACHE_DIR";

    private const uint Magic = 0x58434C54; // "TLCX" read as a little-endian uint

    /// <summary>The cache in the folder the environment names, or null when caching is off or no folder can be named.</summary>
    public static DerivedDataCache? Default { get; } = FromEnvironment();

    /// <summary>A cache in <paramref name="directory"/> (created on the first write).</summary>
    public DerivedDataCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
    }

    /// <summary>The folder holding the cache files.</summary>
    public string Directory { get; }

    private static DerivedDataCache? FromEnvironment()
    {
        string? configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (configured is not null)
            return configured.Length == 0 || configured.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : new DerivedDataCache(configured);
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
            return new DerivedDataCache(Path.Combine(xdg, "textlint"));
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? new DerivedDataCache(Path.Combine(home, ".cache", "textlint")) : null;
    }

    /// <summary>
    /// A key for data derived from the file at <paramref name="sourcePath"/> by code at format
    /// <paramref name="formatVersion"/> (bump it whenever the derivation or the layout changes): the
    /// file's name, length and last write time, as jieba checks its own cache, so a hit costs no read
    /// of the source. Not the folder: every build output holds a copy of the same dict.txt.
    /// </summary>
    /// <exception cref="IOException">The file cannot be examined.</exception>
    public static byte[] KeyFor(int formatVersion, string sourcePath)
    {
        var info = new FileInfo(sourcePath);
        if (!info.Exists) throw new FileNotFoundException($"{sourcePath}: not found", sourcePath);
        return Encoding.UTF8.GetBytes($"v{formatVersion}|{info.Name}|{info.Length}|{info.LastWriteTimeUtc.Ticks}");
    }

    /// <summary>The file that holds <paramref name="name"/> for <paramref name="key"/>.</summary>
    public string PathFor(string name, ReadOnlySpan<byte> key)
    {
        ulong hash = 14695981039346656037; // FNV-1a: only spreads keys over file names; the header holds the whole key
        foreach (byte b in key) hash = (hash ^ b) * 1099511628211;
        return Path.Combine(Directory, $"{name}-{hash:x16}.bin");
    }

    /// <summary>
    /// Reads <paramref name="name"/> stored under <paramref name="key"/>: null when there is no such
    /// file, or it cannot be read, or its header or payload does not check out (<paramref name="read"/>
    /// throws <see cref="InvalidDataException"/> or reads past the end), or bytes are left over.
    /// </summary>
    public T? TryRead<T>(string name, byte[] key, Func<BinaryReader, T> read) where T : class
    {
        try
        {
            using var stream = new FileStream(PathFor(name, key), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var reader = new BinaryReader(stream);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != key.Length) return null;
            if (!reader.ReadBytes(key.Length).AsSpan().SequenceEqual(key)) return null;
            T value = read(reader);
            return stream.Position == stream.Length ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or OverflowException)
        {
            return null; // EndOfStreamException is an IOException: a short file is a miss
        }
    }

    /// <summary>
    /// Stores <paramref name="name"/> under <paramref name="key"/>, written by <paramref name="write"/>;
    /// returns false (and leaves nothing behind) when the folder cannot be written.
    /// </summary>
    public bool TryWrite(string name, byte[] key, Action<BinaryWriter> write)
    {
        string target = PathFor(name, key);
        string temporary = $"{target}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(key.Length);
                writer.Write(key);
                write(writer);
            }
            File.Move(temporary, target, overwrite: true);
            RemoveOlderSiblings(name, target);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try { File.Delete(temporary); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    /// <summary>How many files of one name are kept (one per dictionary version in use).</summary>
    private const int KeptPerName = 3;

    /// <summary>Deletes all but the newest files of <paramref name="name"/>, so edited inputs do not pile up stale copies.</summary>
    private void RemoveOlderSiblings(string name, string keep)
    {
        try
        {
            var stale = new DirectoryInfo(Directory).GetFiles($"{name}-*.bin")
                .Where(f => f.FullName != Path.GetFullPath(keep))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .Skip(KeptPerName - 1);
            foreach (var file in stale) file.Delete(); // a reader that has it open keeps reading (POSIX)
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* only housekeeping */ }
    }
}
