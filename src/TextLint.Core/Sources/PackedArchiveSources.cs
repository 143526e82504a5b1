// Invariant: as for the other archive readers — read front to back once (a solid 7z is decoded in one
// pass), at most one entry in memory, every decompressed byte counted against the archive's total before
// it is kept, a failure of the archive itself ends its sequence with one error document naming it.
using SharpCompress.Archives;
using SharpCompress.Common;
using SharpCompress.Readers;

namespace TextLint.Core.Sources;

/// <summary>The archive formats read through SharpCompress's entry reader.</summary>
public enum PackedArchiveKind
{
    /// <summary>A .7z file (solid or not).</summary>
    SevenZip,
    /// <summary>A .rar file (RAR 4 or 5, one volume).</summary>
    Rar,
}

/// <summary>
/// Documents inside a 7z or RAR file — the formats Chinese Windows users most often hand over a site's
/// backup in — read entry by entry in archive order. Password-protected entries are per-document errors.
/// </summary>
public sealed class PackedArchiveDocumentSource(string path, PackedArchiveKind kind, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) =>
        EntryReader.Run(path, () => new Reader(path, kind, options), cancellation);

    private sealed class Reader : EntryReader
    {
        private readonly string _path;
        private readonly SourceOptions _options;
        private readonly Stream _file;
        private readonly IArchive? _archive;
        private readonly IReader _reader;
        private long _total;
        private readonly long _fileLength;
        private long _progressReported;

        public Reader(string path, PackedArchiveKind kind, SourceOptions options)
        {
            _path = path;
            _options = options;
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            _fileLength = file.Length;
            // 7z keeps its directory at the end and needs to seek; RAR streams, so its reading is counted as it goes.
            _file = kind == PackedArchiveKind.SevenZip ? file : new CountingStream(file, long.MaxValue, "", options.Progress);
            if (kind == PackedArchiveKind.Rar) _progressReported = _fileLength;
            try
            {
                var readerOptions = new ReaderOptions { LeaveStreamOpen = true };
                // A 7z is opened as an archive (its directory read first) and then extracted in one forward pass.
                (_archive, _reader) = Translate(() =>
                {
                    if (kind == PackedArchiveKind.SevenZip)
                    {
                        var archive = ArchiveFactory.OpenArchive(_file, readerOptions);
                        return (archive, archive.ExtractAllEntries());
                    }
                    return ((IArchive?)null, ReaderFactory.OpenReader(_file, readerOptions));
                });
            }
            catch
            {
                _file.Dispose();
                throw;
            }
        }

        public override SourceDocument? ReadNext(CancellationToken cancellation)
        {
            while (Translate(_reader.MoveToNextEntry))
            {
                cancellation.ThrowIfCancellationRequested();
                var entry = _reader.Entry;
                CountEntry(_options);
                ReportProgress(Math.Max(entry.CompressedSize, 0));
                if (entry.IsDirectory) continue;
                string name = CleanName(entry.Key ?? "");
                if (name.Length == 0 || name.EndsWith('/') || !_options.Filter.Accepts(name)) continue;
                string display = EntryPath(_path, name);
                if (entry.IsEncrypted) return SourceDocument.Failed(display, EncryptedEntry);
                CountingStream? counted = null;
                try
                {
                    using var data = Translate(_reader.OpenEntryStream);
                    counted = new CountingStream(data, _options.MaxTotalBytes - _total, TotalTooLarge(_options));
                    byte[] bytes = Translate(() => LimitedReading.ReadAll(counted, _options.MaxEntryBytes, Math.Min(Math.Max(entry.Size, 0), _options.MaxEntryBytes)));
                    return new SourceDocument { Path = display, Bytes = bytes };
                }
                catch (LimitExceededException e) when (!e.EndsArchive)
                {
                    return SourceDocument.Failed(display, e.Message);
                }
                finally
                {
                    _total += counted?.Count ?? 0;
                }
            }
            ReportProgress(_fileLength);
            return null;
        }

        /// <summary>Counts up to <paramref name="bytes"/> more of the archive file as read (7z only; RAR is counted as it streams).</summary>
        private void ReportProgress(long bytes)
        {
            long add = Math.Min(bytes, _fileLength - _progressReported);
            if (add <= 0) return;
            _progressReported += add;
            _options.Progress?.Add(add);
        }

        /// <summary>
        /// Runs <paramref name="step"/>, turning SharpCompress's exceptions into the ones the archive readers
        /// share (so the messages are the same for every format): a password-protected archive, a truncated
        /// one, a corrupt one.
        /// </summary>
        private static T Translate<T>(Func<T> step)
        {
            try
            {
                return step();
            }
            catch (CryptographicException e)
            {
                throw new TextLintException($"encrypted archive (password-protected); cannot be read ({e.Message})");
            }
            catch (IncompleteArchiveException e)
            {
                throw new EndOfStreamException(e.Message, e);
            }
            catch (Exception e) when (e is SharpCompressException or ArchiveException or InvalidFormatException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidDataException(e.Message, e);
            }
        }

        public override void Dispose()
        {
            _reader.Dispose();
            _archive?.Dispose();
            _file.Dispose();
        }
    }
}
