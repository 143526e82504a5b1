// Invariant: reading either returns all the bytes of the item or throws a TextLintException whose
// one-line message names the item and the problem; no other exception escapes for I/O failures.
namespace TextLint.Core.Sources;

/// <summary>Reads the bytes of a <see cref="SourceItem"/>.</summary>
public static class SourceReader
{
    /// <summary>All bytes of <paramref name="item"/>: the file, or standard input read to its end.</summary>
    /// <param name="item">The document to read.</param>
    /// <param name="stdin">The stream standing for standard input; the process's standard input when null.</param>
    /// <param name="maxBytes">Most bytes read from a file: a device that never ends (<c>/dev/zero</c>) stops here.</param>
    /// <exception cref="TextLintException">The file cannot be read (missing, permission denied, a directory, too large, I/O error).</exception>
    public static byte[] ReadAllBytes(SourceItem item, Stream? stdin = null, long maxBytes = SourceOptions.DefaultMaxEntryBytes)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            if (item.IsStdin)
            {
                using var input = stdin is null ? Console.OpenStandardInput() : null;
                var buffer = new MemoryStream();
                (stdin ?? input!).CopyTo(buffer);
                return buffer.ToArray();
            }
            string path = item.FilePath ?? throw new ArgumentException("A file item needs a file path.", nameof(item));
            if (Directory.Exists(path)) throw new TextLintException($"{item.DisplayPath}: is a directory");
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return LimitedReading.ReadAll(file, maxBytes, file.CanSeek ? file.Length : 0);
        }
        catch (LimitExceededException e) { throw new TextLintException($"{item.DisplayPath}: {e.Message}", e); }
        catch (FileNotFoundException e) { throw new TextLintException($"{item.DisplayPath}: no such file or directory", e); }
        catch (DirectoryNotFoundException e) { throw new TextLintException($"{item.DisplayPath}: no such file or directory", e); }
        catch (UnauthorizedAccessException e) { throw new TextLintException($"{item.DisplayPath}: permission denied", e); }
        catch (OutOfMemoryException e) { throw new TextLintException($"{item.DisplayPath}: file too large to read", e); }
        catch (IOException e) { throw new TextLintException($"{item.DisplayPath}: read error: {e.Message}", e); }
    }
}
