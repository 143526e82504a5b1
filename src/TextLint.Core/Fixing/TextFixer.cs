// Invariant: a file is rewritten only when every byte outside the fixed spans comes back exactly as it
// was (same encoding, same byte-order mark), and only through a complete temporary file renamed over
// it, so a crash leaves either the old file or the new one, never a mix.
using System.Text;
using TextLint.Core.Decoding;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Core.Fixing;

/// <summary>One replacement: <see cref="Length"/> code units at <see cref="Offset"/> become <see cref="Replacement"/>.</summary>
public sealed record TextEdit(int Offset, int Length, string Original, string Replacement, string RuleId);

/// <summary>What fixing one file did.</summary>
/// <param name="Path">The file.</param>
/// <param name="Edits">The replacements made (or, in a dry run, that would be made).</param>
/// <param name="NewText">The text after the edits.</param>
/// <param name="Skipped">Why the file was left alone, when it was.</param>
public sealed record FixOutcome(string Path, IReadOnlyList<TextEdit> Edits, string? NewText, string? Skipped);

/// <summary>
/// <c>--fix</c>: applies the suggestions that are unambiguous — findings of <c>typo.*</c> rules with
/// exactly one suggestion, whose spans overlap no other such finding — to plain-text and Markdown files
/// (<c>.txt</c>, <c>.md</c>) on disk. HTML, archive entries and standard input are never rewritten.
/// </summary>
public static class TextFixer
{
    /// <summary>Whether a document may be fixed at all: a real <c>.txt</c>/<c>.md</c> file that was linted without error.</summary>
    public static bool IsFixable(DocumentResult result, string? filePath) =>
        filePath is not null && result.Error is null && result.Source is not null
        && DocumentFormats.FromPath(filePath) is DocumentFormat.Text or DocumentFormat.Markdown;

    /// <summary>The edits to make, in source order: unambiguous typo fixes, overlapping ones dropped.</summary>
    public static IReadOnlyList<TextEdit> Plan(DocumentResult result)
    {
        string source = result.Source ?? "";
        var candidates = result.Findings
            .Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal) && f.Suggestions.Count == 1 && f.Part is "text" or "body")
            .Where(f => f.Offset >= 0 && f.Length > 0 && f.Offset + f.Length <= source.Length
                        && string.CompareOrdinal(source, f.Offset, f.Text, 0, Math.Max(f.Length, f.Text.Length)) == 0
                        && f.Suggestions[0] != f.Text)
            .OrderBy(f => f.Offset).ThenByDescending(f => f.Length)
            .ToList();
        var edits = new List<TextEdit>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var f = candidates[i];
            bool overlapsPrevious = i > 0 && candidates[i - 1].Offset + candidates[i - 1].Length > f.Offset;
            bool overlapsNext = i + 1 < candidates.Count && f.Offset + f.Length > candidates[i + 1].Offset;
            if (overlapsPrevious || overlapsNext) continue; // two fixes compete for the same characters: not unambiguous
            edits.Add(new TextEdit(f.Offset, f.Length, f.Text, f.Suggestions[0], f.RuleId));
        }
        return edits;
    }

    /// <summary>The text with <paramref name="edits"/> applied (from the end, so offsets stay valid).</summary>
    public static string Apply(string source, IReadOnlyList<TextEdit> edits)
    {
        var builder = new StringBuilder(source);
        foreach (var edit in edits.OrderByDescending(e => e.Offset))
            builder.Remove(edit.Offset, edit.Length).Insert(edit.Offset, edit.Replacement);
        return builder.ToString();
    }

    /// <summary>
    /// Plans and, unless <paramref name="dryRun"/>, writes the fixes for <paramref name="filePath"/>. The file is
    /// read again and must still encode back from the linted text byte for byte; otherwise it is skipped.
    /// </summary>
    public static FixOutcome Fix(DocumentResult result, string filePath, bool dryRun)
    {
        var edits = Plan(result);
        if (edits.Count == 0) return new FixOutcome(filePath, [], null, null);
        string source = result.Source!;
        byte[] original;
        try { original = File.ReadAllBytes(filePath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new FixOutcome(filePath, [], null, $"cannot read: {e.Message}"); }

        var (preamble, encoding) = EncodingOf(original, result.Encoding);
        if (encoding is null) return new FixOutcome(filePath, [], null, $"cannot write encoding '{result.Encoding}'");
        var strict = (Encoding)encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        try
        {
            if (!original.AsSpan(preamble.Length).SequenceEqual(strict.GetBytes(source)))
                return new FixOutcome(filePath, [], null, "file changed since it was read, or does not round-trip through its encoding; not rewritten");
        }
        catch (EncoderFallbackException)
        {
            return new FixOutcome(filePath, [], null, "text does not round-trip through its encoding; not rewritten");
        }
        string fixedText = Apply(source, edits);
        byte[] body;
        try { body = strict.GetBytes(fixedText); }
        catch (EncoderFallbackException) { return new FixOutcome(filePath, [], null, $"a suggestion cannot be written in {result.Encoding}; not rewritten"); }
        if (!dryRun)
        {
            try { AtomicFile.Write(filePath, [.. preamble, .. body]); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new FixOutcome(filePath, [], null, $"cannot write: {e.Message}"); }
        }
        return new FixOutcome(filePath, edits, fixedText, null);
    }

    private static (byte[] Preamble, Encoding? Encoding) EncodingOf(byte[] original, string? encodingName)
    {
        if (original.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return ([0xEF, 0xBB, 0xBF], new UTF8Encoding(false));
        if (original.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return ([0xFF, 0xFE], new UnicodeEncoding(false, false));
        if (original.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return ([0xFE, 0xFF], new UnicodeEncoding(true, false));
        Encoding? encoding = encodingName is null ? null : encodingName == "utf-8" ? new UTF8Encoding(false) : EncodingLabels.Resolve(encodingName);
        return ([], encoding);
    }
}

/// <summary>Replaces a file's contents atomically: a temporary file in the same folder, flushed to disk, renamed over the original.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> via a temporary file and a rename; the
    /// original's Unix permissions are kept. A symbolic link is written through: its final target gets
    /// the new contents and the link stays a link.
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        string full = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.textlint-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows() && File.Exists(full)) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
