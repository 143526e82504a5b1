// Invariant: the kind of an input is decided from its name alone (folders aside), so the same command
// line always reads the same inputs the same way; every input is checked to exist before any is read.
namespace TextLint.Core.Sources;

/// <summary>What kind of input a path names.</summary>
public enum InputKind
{
    /// <summary>A single document file (or standard input).</summary>
    File,
    /// <summary>A folder, walked recursively.</summary>
    Folder,
    /// <summary>A .zip file.</summary>
    Zip,
    /// <summary>A .tar file.</summary>
    Tar,
    /// <summary>A .tar.gz or .tgz file.</summary>
    TarGz,
    /// <summary>A .warc file.</summary>
    Warc,
    /// <summary>A .warc.gz file.</summary>
    WarcGz,
    /// <summary>A .jsonl or .ndjson file.</summary>
    JsonLines,
    /// <summary>A .jsonl.gz or .ndjson.gz file.</summary>
    JsonLinesGz,
    /// <summary>A .tar.bz2, .tbz2 or .tbz file.</summary>
    TarBz2,
    /// <summary>A .tar.xz or .txz file.</summary>
    TarXz,
    /// <summary>A .tar.zst or .tzst file.</summary>
    TarZst,
    /// <summary>A .7z file.</summary>
    SevenZip,
    /// <summary>A .rar file.</summary>
    Rar,
    /// <summary>One gzipped document (<c>page.html.gz</c>, <c>notice.txt.gz</c>): read as the document its name without <c>.gz</c> names.</summary>
    GzipDocument,
}

/// <summary>Turns the user's inputs into document sources.</summary>
public static class DocumentSources
{
    /// <summary>The kind of <paramref name="path"/>, from its name (a folder when it is one).</summary>
    public static InputKind KindOf(string path)
    {
        if (path != "-" && Directory.Exists(path)) return InputKind.Folder;
        string name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".zip", StringComparison.Ordinal)) return InputKind.Zip;
        if (name.EndsWith(".tar.gz", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal)) return InputKind.TarGz;
        if (name.EndsWith(".tar", StringComparison.Ordinal)) return InputKind.Tar;
        if (name.EndsWith(".warc.gz", StringComparison.Ordinal)) return InputKind.WarcGz;
        if (name.EndsWith(".warc", StringComparison.Ordinal)) return InputKind.Warc;
        if (name.EndsWith(".jsonl.gz", StringComparison.Ordinal) || name.EndsWith(".ndjson.gz", StringComparison.Ordinal)) return InputKind.JsonLinesGz;
        if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal)) return InputKind.JsonLines;
        if (EndsWithAny(name, ".tar.bz2", ".tbz2", ".tbz")) return InputKind.TarBz2;
        if (EndsWithAny(name, ".tar.xz", ".txz")) return InputKind.TarXz;
        if (EndsWithAny(name, ".tar.zst", ".tzst")) return InputKind.TarZst;
        if (name.EndsWith(".7z", StringComparison.Ordinal)) return InputKind.SevenZip;
        if (name.EndsWith(".rar", StringComparison.Ordinal)) return InputKind.Rar;
        if (name.EndsWith(".gz", StringComparison.Ordinal)) return InputKind.GzipDocument;
        return InputKind.File;
    }

    private static bool EndsWithAny(string name, params string[] suffixes) =>
        suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>
    /// One source per input, in order. Throws <see cref="TextLintException"/> ("PATH: no such file or
    /// directory") before anything is read when an input is missing.
    /// </summary>
    /// <param name="inputs">Paths, folders, archives, or <c>-</c> for standard input.</param>
    /// <param name="options">Limits and filters.</param>
    /// <param name="openStdin">Opens standard input (read only when an input is <c>-</c>).</param>
    public static IReadOnlyList<IDocumentSource> Open(IReadOnlyList<string> inputs, SourceOptions options, Func<Stream>? openStdin = null)
    {
        foreach (string input in inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
                throw new TextLintException($"{input}: no such file or directory");
            if (input != "-" && options.IsReportFile(input))
                throw new TextLintException($"{input}: is both an input and the report (--output); writing the report would destroy it");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<IDocumentSource>();
        foreach (string input in inputs)
        {
            if (!seen.Add(input == "-" ? "\0stdin" : System.IO.Path.GetFullPath(input))) continue;
            sources.Add(KindOf(input) switch
            {
                InputKind.Folder => new FolderDocumentSource(input, options, seen),
                InputKind.Zip => new ZipDocumentSource(input, options),
                InputKind.Tar => new TarDocumentSource(input, gzipped: false, options),
                InputKind.TarGz => new TarDocumentSource(input, gzipped: true, options),
                InputKind.Warc => new WarcDocumentSource(input, gzipped: false, options),
                InputKind.WarcGz => new WarcDocumentSource(input, gzipped: true, options),
                InputKind.JsonLines => new JsonLinesDocumentSource(input, gzipped: false, options),
                InputKind.JsonLinesGz => new JsonLinesDocumentSource(input, gzipped: true, options),
                InputKind.TarBz2 => new TarDocumentSource(input, StreamCompression.Bzip2, options),
                InputKind.TarXz => new TarDocumentSource(input, StreamCompression.Xz, options),
                InputKind.TarZst => new TarDocumentSource(input, StreamCompression.Zstd, options),
                InputKind.SevenZip => new PackedArchiveDocumentSource(input, PackedArchiveKind.SevenZip, options),
                InputKind.Rar => new PackedArchiveDocumentSource(input, PackedArchiveKind.Rar, options),
                InputKind.GzipDocument => new GzipDocumentSource(input, options),
                _ when input == "-" => new StdinDocumentSource(openStdin ?? Console.OpenStandardInput, options),
                _ => new FileDocumentSource(input, input, options),
            });
        }
        return sources;
    }
}

/// <summary>One file on disk (read whole, up to <see cref="SourceOptions.MaxEntryBytes"/>).</summary>
public sealed class FileDocumentSource(string displayPath, string filePath, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default)
    {
        yield return ReadFile(displayPath, filePath, options);
    }

    /// <param name="displayPath">The name shown to the user.</param>
    /// <param name="filePath">The file to read.</param>
    /// <param name="options">Limits and progress.</param>
    /// <param name="walked">True when a folder walk found the file: a named pipe or device there is skipped
    /// (one named on the command line is read, as <c>&lt;(command)</c> gives one).</param>
    internal static SourceDocument ReadFile(string displayPath, string filePath, SourceOptions options, bool walked = false)
    {
        try
        {
            if (walked && FileKind.IsSpecial(filePath))
                return SourceDocument.Failed(displayPath, "not a regular file (a named pipe, socket or device); skipped");
            var info = new FileInfo(filePath);
            if (info.Exists && info.Length > options.MaxEntryBytes)
            {
                options.Progress?.Add(info.Length);
                return SourceDocument.Failed(displayPath, LimitedReading.EntryTooLarge(options.MaxEntryBytes));
            }
            byte[] bytes = SourceReader.ReadAllBytes(new SourceItem(displayPath, filePath, false), maxBytes: options.MaxEntryBytes);
            options.Progress?.Add(bytes.Length);
            return new SourceDocument { Path = displayPath, Bytes = bytes, FilePath = filePath };
        }
        catch (TextLintException e)
        {
            string message = e.Message.StartsWith(displayPath + ": ", StringComparison.Ordinal) ? e.Message[(displayPath.Length + 2)..] : e.Message;
            return SourceDocument.Failed(displayPath, message);
        }
    }
}

/// <summary>
/// One gzipped document (<c>page.html.gz</c>): gunzipped within <see cref="SourceOptions.MaxEntryBytes"/>, its format
/// taken from the name without <c>.gz</c>. Never rewritten by <c>--fix</c>.
/// </summary>
public sealed class GzipDocumentSource(string path, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default)
    {
        SourceDocument document;
        try
        {
            using var data = EntryReader.OpenDecompressed(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), StreamCompression.Gzip, options);
            document = new SourceDocument
            {
                Path = path,
                Bytes = LimitedReading.ReadAll(data, options.MaxEntryBytes),
                Format = DocumentFormats.FromPath(path[..^3]),
            };
        }
        catch (LimitExceededException e)
        {
            document = SourceDocument.Failed(path, e.Message);
        }
        catch (InvalidDataException e)
        {
            document = SourceDocument.Failed(path, $"not a valid gzip file: {e.Message}");
        }
        catch (EndOfStreamException)
        {
            document = SourceDocument.Failed(path, "truncated gzip file: unexpected end of data");
        }
        catch (UnauthorizedAccessException)
        {
            document = SourceDocument.Failed(path, "permission denied");
        }
        catch (IOException e)
        {
            document = SourceDocument.Failed(path, $"read error: {e.Message}");
        }
        yield return document;
    }
}

/// <summary>Standard input as one document named <c>&lt;stdin&gt;</c>, or <see cref="SourceOptions.StdinName"/>.</summary>
public sealed class StdinDocumentSource(Func<Stream> openStdin, SourceOptions options) : IDocumentSource
{
    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default)
    {
        string name = options.StdinName ?? SourceItem.StdinDisplayName;
        SourceDocument document;
        try
        {
            using var input = openStdin();
            document = new SourceDocument { Path = name, Bytes = LimitedReading.ReadAll(input, options.MaxEntryBytes) };
        }
        catch (LimitExceededException e)
        {
            document = SourceDocument.Failed(name, e.Message);
        }
        catch (IOException e)
        {
            document = SourceDocument.Failed(name, $"read error: {e.Message}");
        }
        yield return document;
    }
}

/// <summary>A folder walked as <see cref="InputExpander"/> does (text extensions, dot-entries skipped, ordinal order), filtered by the globs on paths relative to the folder.</summary>
public sealed class FolderDocumentSource(string folder, SourceOptions options, ISet<string>? seen = null) : IDocumentSource
{
    /// <summary>Whether the walk finds at least one document (to fail early on an empty folder).</summary>
    public bool HasDocuments() => InputExpander.Expand([folder]).Any(Takes);

    /// <summary>Whether the walk's <paramref name="item"/> is read: it matches the globs and is not the report being written.</summary>
    private bool Takes(SourceItem item) =>
        (!options.Filter.HasGlobs || options.Filter.MatchesGlobs(System.IO.Path.GetRelativePath(folder, item.FilePath!)))
        && !options.IsReportFile(item.FilePath!);

    /// <inheritdoc />
    public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default)
    {
        foreach (var item in InputExpander.Expand([folder]))
        {
            if (cancellation.IsCancellationRequested) yield break;
            string full = System.IO.Path.GetFullPath(item.FilePath!);
            if (seen is not null && !seen.Add(full)) continue;
            if (!Takes(item)) continue;
            yield return FileDocumentSource.ReadFile(item.DisplayPath, item.FilePath!, options, walked: true);
        }
    }
}
