// Invariant: processing never throws for a bad document: every failure becomes DocumentResult.Error,
// and the result always carries the source document's path, URL, title and metadata.
using TextLint.Core.Extraction;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Core.Batch;

/// <summary>Lints one <see cref="SourceDocument"/> with a shared <see cref="Linter"/> (thread-safe).</summary>
public static class DocumentProcessor
{
    /// <summary>
    /// The result for <paramref name="document"/>: its read error, or its findings. A separate title
    /// (JSON Lines) is linted on its own: its findings come first, with part <c>title</c> and offsets into
    /// the title (<see cref="DocumentResult.TitleSource"/>). WeChat article pages get their title, account
    /// name and publish time as metadata.
    /// </summary>
    public static DocumentResult Process(Linter linter, SourceDocument document)
    {
        if (document.Error is not null)
            return new DocumentResult { Path = document.Path, Url = document.Url, Title = document.Title, Metadata = document.Metadata, Error = document.Error };
        DocumentResult result;
        try
        {
            result = document.Text is { } text
                ? linter.LintText(document.Path, text, document.Format ?? DocumentFormat.Text)
                : linter.LintBytes(document.Path, document.Bytes ?? [], document.Format, document.Charset);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = new DocumentResult { Path = document.Path, Error = $"internal error ({e.GetType().Name}): {e.Message}" };
        }
        if (result.Error is { } error && error.StartsWith(document.Path + ": ", StringComparison.Ordinal))
            result = result with { Error = error[(document.Path.Length + 2)..] };

        var metadata = document.Metadata is null ? null : new Dictionary<string, string>(document.Metadata, StringComparer.Ordinal);
        string? title = document.Title;
        if (result.Error is null && document.Title is { Length: > 0 } separateTitle)
        {
            var titleFindings = linter.Lint(separateTitle).Select(f => f with { Part = "title" }).ToList();
            result = result with
            {
                Findings = [.. titleFindings, .. result.Findings],
                CharacterCount = result.CharacterCount + separateTitle.Length,
                TitleSource = separateTitle,
            };
        }
        if (result.Error is null && result.Source is { } source && document.Text is null && WeChatArticle.LooksLikeArticle(source))
        {
            var weChat = WeChatArticle.ReadMetadata(source);
            if (weChat.Count > 0)
            {
                metadata ??= new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in weChat)
                {
                    if (key == "title") title ??= value;
                    else metadata[key] = value;
                }
            }
        }
        return result with { Url = document.Url, Title = title, Metadata = metadata };
    }
}
