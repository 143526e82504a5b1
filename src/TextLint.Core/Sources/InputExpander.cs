// Invariant: the result depends only on the inputs and the file tree (ordinal order, no duplicates);
// every input is checked to exist before any item is returned, and an unreadable subfolder is skipped
// rather than aborting the walk.
namespace TextLint.Core.Sources;

/// <summary>Expands the user's inputs (files, directories, <c>-</c> for stdin) into documents.</summary>
public static class InputExpander
{
    /// <summary>Extensions of the files a directory walk picks up.</summary>
    public static IReadOnlyList<string> WalkedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx"];

    /// <summary>
    /// The documents named by <paramref name="inputs"/>, in order: files as given, directories walked
    /// recursively (only <see cref="WalkedExtensions"/>, hidden dot-entries skipped, ordinal order per
    /// directory, files before subfolders), <c>-</c> as standard input. A file reached twice is listed once.
    /// </summary>
    /// <exception cref="TextLintException">An input does not exist ("&lt;path&gt;: no such file or directory").</exception>
    public static IReadOnlyList<SourceItem> Expand(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (string input in inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
                throw new TextLintException($"{input}: no such file or directory");
        }

        var items = new List<SourceItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                if (seen.Add("\0stdin")) items.Add(SourceItem.Stdin);
            }
            else if (Directory.Exists(input))
            {
                foreach (var (display, full) in Walk(input))
                    if (seen.Add(full)) items.Add(SourceItem.ForFile(display, full));
            }
            else if (seen.Add(Path.GetFullPath(input)))
            {
                items.Add(SourceItem.ForFile(input, input));
            }
        }
        return items;
    }

    /// <summary>Depth-first walk with an explicit stack (no recursion), yielding (display path, full path).</summary>
    private static IEnumerable<(string Display, string Full)> Walk(string root)
    {
        // AttributesToSkip = 0: on Unix .NET marks dot-files Hidden; the dot rule below is applied by name instead.
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = 0 };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            string[] files, subdirectories;
            try
            {
                files = Directory.GetFiles(directory, "*", options);
                subdirectories = Directory.GetDirectories(directory, "*", options);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                continue; // an unreadable folder is not worth stopping an audit of a whole site
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(subdirectories, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string name = Path.GetFileName(file);
                if (name.StartsWith('.')) continue;
                if (!WalkedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant())) continue;
                yield return (file, Path.GetFullPath(file));
            }
            for (int i = subdirectories.Length - 1; i >= 0; i--)
            {
                var info = new DirectoryInfo(subdirectories[i]);
                // Dot-folders (.git, .svn) are not content; symlinked folders could loop.
                if (info.Name.StartsWith('.') || info.LinkTarget is not null) continue;
                pending.Push(subdirectories[i]);
            }
        }
    }
}
