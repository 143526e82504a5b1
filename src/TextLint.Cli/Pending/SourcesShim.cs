// TEMPORARY: stand-ins for TextLint.Core.Sources, which another engineer is writing on main.
// They have the agreed names and shapes so the CLI compiles and can be tested now; delete this
// file once main provides the real types (the compiler then reports CS0436 duplicates here).
namespace TextLint.Core.Sources;

internal sealed record SourceItem(string DisplayPath, string? FilePath, bool IsStdin);

internal static class InputExpander
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".shtml", ".md"];

    public static IReadOnlyList<SourceItem> Expand(IReadOnlyList<string> paths)
    {
        var items = new List<SourceItem>();
        foreach (var path in paths)
        {
            if (path == "-") { items.Add(new SourceItem("-", null, true)); continue; }
            if (File.Exists(path)) { items.Add(new SourceItem(path, path, false)); continue; }
            if (!Directory.Exists(path)) throw new TextLintException($"{path}: no such file or directory");
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            items.AddRange(files.Select(f => new SourceItem(f, f, false)));
        }
        return items;
    }
}

internal static class SourceReader
{
    public static byte[] ReadAllBytes(SourceItem item) => File.ReadAllBytes(item.FilePath ?? throw new TextLintException($"{item.DisplayPath}: cannot be read"));
}
