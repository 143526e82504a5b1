// Invariant: an archive is read front to back once, holding at most one entry in memory; every byte
// that comes out of a decompressor is counted against the archive's total before it is kept, and a
// failure of the archive itself ends its sequence with one error document naming the archive.
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using TextLint.Core.Decoding;

namespace TextLint.Core.Sources;

/// <summary>Reads entries one at a time; <see cref="ReadNext"/> returns null at the end and may throw for a broken archive.</summary>
internal abstract class EntryReader : IDisposable
{
    /// <summary>Entries seen so far (all kinds, skipped ones too).</summary>
    public int EntriesSeen { get; protected set; }

    /// <summary>The next document, or null when the archive ends.</summary>
    public abstract SourceDocument? ReadNext(CancellationToken cancellation);

    public abstract void Dispose();

    /// <summary>Counts an entry and enforces <see cref="SourceOptions.MaxEntries"/>.</summary>
    protected void CountEntry(SourceOptions options)
    {
        if (++EntriesSeen > options.MaxEntries)
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"more than {options.MaxEntries:N0} entries (--max-entries); the rest of the archive is skipped"), endsArchive: true);
    }

    /// <summary>
    /// The decompressed bytes of an archive file: raw bytes counted for progress, gunzipped when
    /// <paramref name="gzipped"/> (every member of a multi-member file in turn, as WARC writers
    /// produce them), then counted against <see cref="SourceOptions.MaxTotalBytes"/> as they stream
    /// out, so a zip bomb is stopped by what it yields, not by what its headers claim.
    /// </summary>
    protected static Stream OpenDecompressed(Stream file, bool gzipped, SourceOptions options) =>
        OpenDecompressed(file, gzipped ? StreamCompression.Gzip : StreamCompression.None, options);

    /// <summary>As <see cref="OpenDecompressed(Stream, bool, SourceOptions)"/>, for any <see cref="StreamCompression"/>.</summary>
    protected internal static Stream OpenDecompressed(Stream file, StreamCompression compression, SourceOptions options)
    {
        Stream raw = new CountingStream(file, long.MaxValue, "", options.Progress);
        Stream data = Decompression.Open(raw, compression);
        return new CountingStream(data, options.MaxTotalBytes, TotalTooLarge(options));
    }

    /// <summary>The message for an archive over its total size.</summary>
    public static string TotalTooLarge(SourceOptions options) =>
        $"more than {LimitedReading.FormatBytes(options.MaxTotalBytes)} decompressed (--max-total-bytes); the rest of the archive is skipped";

    /// <summary>
    /// Runs a reader to its end, turning a failure of the archive into a last error document. Iterators
    /// cannot yield inside a try with a catch, hence the step-by-step shape.
    /// </summary>
    public static IEnumerable<SourceDocument> Run(string archivePath, Func<EntryReader> open, CancellationToken cancellation)
    {
        EntryReader? reader = null;
        SourceDocument? failure = null;
        try { reader = open(); }
        catch (Exception e) when (e is not OutOfMemoryException) { failure = ArchiveFailure(archivePath, e, 0); }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }
        using (reader)
        {
            while (!cancellation.IsCancellationRequested)
            {
                SourceDocument? document;
                try { document = reader!.ReadNext(cancellation); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    document = null;
                    failure = ArchiveFailure(archivePath, e, reader!.EntriesSeen);
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                if (document is null) yield break;
                yield return document;
            }
        }
    }

    private static SourceDocument ArchiveFailure(string archivePath, Exception e, int entries)
    {
        string after = entries > 0 ? string.Create(CultureInfo.InvariantCulture, $" after {entries:N0} entries") : "";
        string message = e switch
        {
            LimitExceededException limit => limit.Message,
            EndOfStreamException => $"truncated archive: unexpected end of data{after}; the entries before it are reported",
            InvalidDataException or FormatException => $"corrupt archive{after}: {OneLine(e.Message)}",
            // bzip2, xz, Zstandard (SharpCompress) say "ends unexpectedly" and "corrupt" alike, with their own types.
            _ when e.GetType().Namespace?.StartsWith("SharpCompress", StringComparison.Ordinal) == true => $"corrupt or truncated archive{after}: {OneLine(e.Message)}",
            FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
            UnauthorizedAccessException => "permission denied",
            IOException => $"read error{after}: {OneLine(e.Message)}",
            TextLintException => OneLine(e.Message),
            _ => $"cannot read archive{after}: {e.GetType().Name}: {OneLine(e.Message)}",
        };
        return SourceDocument.Failed(archivePath, message);
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The error of an entry that is password-protected.</summary>
    public const string EncryptedEntry = "encrypted entry (password-protected); cannot be read";

    /// <summary>The display path of an entry: <c>archive!/entry</c>.</summary>
    public static string EntryPath(string archivePath, string entryName) => archivePath + "!/" + entryName;

    /// <summary>An entry name without leading <c>./</c> or <c>/</c>, with forward slashes.</summary>
    public static string CleanName(string name)
    {
        name = name.Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
        return name.TrimStart('/');
    }
}

/// <summary>Documents inside a zip file, in central-directory order. Names without the UTF-8 flag are read as GB18030 (Chinese Windows tools).</summary>
public sealed class ZipDocumentSource(string path, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) =>
        EntryReader.Run(path, () => new Reader(path, options), cancellation);

    private sealed class Reader : EntryReader
    {
        private readonly string _path;
        private readonly SourceOptions _options;
        private readonly FileStream _file;
        private readonly ZipArchive _archive;
        private readonly IEnumerator<ZipArchiveEntry> _entries;
        private long _total;

        public Reader(string path, SourceOptions options)
        {
            _path = path;
            _options = options;
            _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            try
            {
                _archive = new ZipArchive(_file, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: EncodingLabels.Gb18030);
            }
            catch
            {
                _file.Dispose();
                throw;
            }
            _entries = _archive.Entries.GetEnumerator();
        }

        public override SourceDocument? ReadNext(CancellationToken cancellation)
        {
            while (_entries.MoveNext())
            {
                cancellation.ThrowIfCancellationRequested();
                var entry = _entries.Current;
                CountEntry(_options);
                _options.Progress?.Add(entry.CompressedLength);
                string name = CleanName(entry.FullName);
                if (name.Length == 0 || name.EndsWith('/')) continue; // a folder
                if (!_options.Filter.Accepts(name)) continue;
                string display = EntryPath(_path, name);
                if (entry.IsEncrypted) return SourceDocument.Failed(display, EncryptedEntry);
                CountingStream? counted = null;
                try
                {
                    using var data = entry.Open();
                    counted = new CountingStream(data, _options.MaxTotalBytes - _total, TotalTooLarge(_options));
                    // entry.Length is the header's claim: a size hint only, never trusted as a limit.
                    byte[] bytes = LimitedReading.ReadAll(counted, _options.MaxEntryBytes, Math.Min(entry.Length, _options.MaxEntryBytes));
                    return new SourceDocument { Path = display, Bytes = bytes };
                }
                catch (LimitExceededException e) when (!e.EndsArchive)
                {
                    return SourceDocument.Failed(display, e.Message);
                }
                catch (InvalidDataException e)
                {
                    return SourceDocument.Failed(display, $"cannot decompress entry: {e.Message}");
                }
                catch (NotSupportedException e)
                {
                    return SourceDocument.Failed(display, $"cannot decompress entry: {e.Message}");
                }
                finally
                {
                    _total += counted?.Count ?? 0;
                }
            }
            return null;
        }

        public override void Dispose()
        {
            _entries.Dispose();
            _archive.Dispose();
            _file.Dispose();
        }
    }
}

/// <summary>Counts the zero bytes at the end of what has been read through it, to see that a tar ended with its end-of-archive block.</summary>
internal sealed class TrailingZeros(Stream inner) : ForwardReadStream
{
    /// <summary>Zero bytes read last, without a non-zero byte after them.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        var data = buffer[..read];
        int lastNonZero = data.LastIndexOfAnyExcept((byte)0);
        Count = lastNonZero < 0 ? Count + read : read - 1 - lastNonZero;
        return read;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>
/// Documents inside a tar file, plain or compressed (tar.gz/tgz, tar.bz2/tbz2, tar.xz/txz, tar.zst/tzst), streamed:
/// the archive is read once, front to back.
/// </summary>
public sealed class TarDocumentSource(string path, StreamCompression compression, SourceOptions options) : IDocumentSource
{
    /// <summary>A plain (<paramref name="gzipped"/> false) or gzipped tar file.</summary>
    public TarDocumentSource(string path, bool gzipped, SourceOptions options)
        : this(path, gzipped ? StreamCompression.Gzip : StreamCompression.None, options) { }

    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) =>
        EntryReader.Run(path, () => new Reader(path, compression, options), cancellation);

    private sealed class Reader : EntryReader
    {
        private const int TarBlock = 512;
        private readonly string _path;
        private readonly SourceOptions _options;
        private readonly TrailingZeros _stream;
        private readonly TarReader _tar;

        public Reader(string path, StreamCompression compression, SourceOptions options)
        {
            _path = path;
            _options = options;
            _stream = new TrailingZeros(OpenDecompressed(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), compression, options));
            _tar = new TarReader(_stream);
        }

        public override SourceDocument? ReadNext(CancellationToken cancellation)
        {
            TarEntry? entry;
            while ((entry = _tar.GetNextEntry(copyData: false)) is not null)
            {
                cancellation.ThrowIfCancellationRequested();
                CountEntry(_options);
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)) continue;
                string name = CleanName(entry.Name);
                if (name.Length == 0 || !_options.Filter.Accepts(name)) continue;
                string display = EntryPath(_path, name);
                if (entry.DataStream is null) return new SourceDocument { Path = display, Bytes = [] };
                try
                {
                    byte[] bytes = LimitedReading.ReadAll(entry.DataStream, _options.MaxEntryBytes, Math.Min(entry.Length, _options.MaxEntryBytes));
                    return new SourceDocument { Path = display, Bytes = bytes };
                }
                catch (LimitExceededException e) when (!e.EndsArchive)
                {
                    // The rest of the entry is skipped by the next GetNextEntry, still counted against the total.
                    return SourceDocument.Failed(display, e.Message);
                }
            }
            // TarReader also ends quietly where the data ends between two entries, and some decompressors
            // end quietly on a cut stream: a tar that ends properly ends with a zero block.
            if (_stream.Count < TarBlock) throw new EndOfStreamException("no end-of-archive marker");
            return null;
        }

        public override void Dispose()
        {
            _tar.Dispose();
            _stream.Dispose();
        }
    }
}
