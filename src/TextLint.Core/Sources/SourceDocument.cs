// Invariant: a document carries exactly one of Bytes, Text or Error; Bytes and Text are never larger
// than the entry limit the source was opened with, so a queue of documents has a known memory bound.
namespace TextLint.Core.Sources;

/// <summary>One document produced by an <see cref="IDocumentSource"/>, ready to lint.</summary>
public sealed record SourceDocument
{
    /// <summary>The name shown in reports: a path, an archive entry (<c>site.zip!/news/a.html</c>), a URL or <c>posts.jsonl#id</c>.</summary>
    public required string Path { get; init; }
    /// <summary>The document's URL when known (WARC target URI, a post's <c>url</c>).</summary>
    public string? Url { get; init; }
    /// <summary>A title given apart from the content (a JSON Lines post's <c>title</c>); it is linted on its own.</summary>
    public string? Title { get; init; }
    /// <summary>Facts about the document to carry into the report (e.g. <c>published</c>).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
    /// <summary>The raw bytes to decode and lint.</summary>
    public byte[]? Bytes { get; init; }
    /// <summary>Already decoded content (JSON Lines <c>content</c>).</summary>
    public string? Text { get; init; }
    /// <summary>The format when the source knows it (from a MIME type or the content); null: decided from the name, then the content.</summary>
    public DocumentFormat? Format { get; init; }
    /// <summary>A charset declared outside the bytes (HTTP <c>Content-Type</c>).</summary>
    public string? Charset { get; init; }
    /// <summary>Why the document could not be read; null when it was.</summary>
    public string? Error { get; init; }
    /// <summary>The file on disk the bytes came from, for documents read from real files (the only ones <c>--fix</c> may rewrite).</summary>
    public string? FilePath { get; init; }

    /// <summary>A document that could not be read.</summary>
    public static SourceDocument Failed(string path, string error) => new() { Path = path, Error = error };
}

/// <summary>A stream of documents read lazily from one input (a file, a folder, an archive, standard input).</summary>
public interface IDocumentSource
{
    /// <summary>
    /// The documents in input order. Problems with one entry come back as a document with an
    /// <see cref="SourceDocument.Error"/>; a problem with the whole input (corrupt or truncated archive,
    /// a limit exceeded) ends the sequence with one such document naming the input.
    /// </summary>
    IEnumerable<SourceDocument> Read(CancellationToken cancellation = default);
}
