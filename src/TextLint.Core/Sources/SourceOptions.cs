namespace TextLint.Core.Sources;

/// <summary>How inputs are read: which entries are taken and the safety limits on archives.</summary>
public sealed record SourceOptions
{
    /// <summary>Default <see cref="MaxEntryBytes"/>: 64 MB.</summary>
    public const long DefaultMaxEntryBytes = 64L * 1024 * 1024;
    /// <summary>Default <see cref="MaxTotalBytes"/>: 16 GB.</summary>
    public const long DefaultMaxTotalBytes = 16L * 1024 * 1024 * 1024;
    /// <summary>Default <see cref="MaxEntries"/>: 1,000,000.</summary>
    public const int DefaultMaxEntries = 1_000_000;

    /// <summary>Largest single document (file, archive entry, record body, JSON line), counted in bytes as it is read (decompressed).</summary>
    public long MaxEntryBytes { get; init; } = DefaultMaxEntryBytes;
    /// <summary>Most bytes decompressed from one archive; reaching it ends that archive with an error.</summary>
    public long MaxTotalBytes { get; init; } = DefaultMaxTotalBytes;
    /// <summary>Most entries (of any kind, skipped ones included) read from one archive.</summary>
    public int MaxEntries { get; init; } = DefaultMaxEntries;
    /// <summary>Which entries are taken.</summary>
    public EntryFilter Filter { get; init; } = EntryFilter.Default;
    /// <summary>Counts input bytes consumed, for progress; may be null.</summary>
    public InputProgress? Progress { get; init; }
    /// <summary>
    /// The report this run writes, if it goes to a file: a folder walk passes over it (a report written
    /// into the folder it checks is not a document of the next run), and naming it as an input is an error.
    /// </summary>
    public string? ReportFile { get; init; }

    /// <summary>
    /// The name standard input is reported under (a CMS hook passing a page through a pipe names it), and
    /// whose extension tells HTML from text; <c>&lt;stdin&gt;</c> (format sniffed) when null.
    /// </summary>
    public string? StdinName { get; init; }

    /// <summary>Whether <paramref name="path"/> is <see cref="ReportFile"/>.</summary>
    internal bool IsReportFile(string path) =>
        ReportFile is not null && string.Equals(Path.GetFullPath(path), Path.GetFullPath(ReportFile),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

/// <summary>Compressed/raw input bytes consumed so far, updated by sources as they read (thread-safe).</summary>
public sealed class InputProgress
{
    private long _bytesRead;
    /// <summary>Bytes of the inputs read so far (archive bytes before decompression).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);
    /// <summary>Adds <paramref name="count"/> bytes.</summary>
    public void Add(long count) => Interlocked.Add(ref _bytesRead, count);
}
