// Invariant: matching is a pure function of the pattern and the path; paths are compared with '/'
// separators whatever the platform, ordinally (case-sensitive, as archive entry names are).
using System.Text;
using System.Text.RegularExpressions;

namespace TextLint.Core.Sources;

/// <summary>
/// Decides which entries of a folder or archive are documents: a text extension (.txt .md .html
/// .htm .shtml .xhtml), then <c>--include</c> globs (when any is given, an entry must match one) and
/// <c>--exclude</c> globs (an entry matching any is left out).
/// </summary>
/// <remarks>
/// Globs: <c>*</c> matches within one path segment, <c>**</c> any number of segments, <c>?</c> one
/// character, <c>[abc]</c> a class. A pattern without <c>/</c> is matched against the entry's file
/// name at any depth (<c>*.html</c>); one with <c>/</c> against the whole relative path
/// (<c>news/**/*.html</c>). Paths are relative: the entry's name inside an archive, the path under a
/// walked folder, the target URI of a WARC record, the <c>url</c> (or <c>id</c>) of a JSON Lines post.
/// </remarks>
public sealed class EntryFilter
{
    /// <summary>Extensions taken from folders and archives.</summary>
    public static IReadOnlyList<string> TextExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".docx"];

    /// <summary>No globs: every entry with a text extension.</summary>
    public static EntryFilter Default { get; } = new([], []);

    private readonly (Regex Regex, bool NameOnly)[] _include;
    private readonly (Regex Regex, bool NameOnly)[] _exclude;

    /// <summary>A filter from include and exclude globs.</summary>
    public EntryFilter(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        _include = include.Where(p => p.Length > 0).Select(Compile).ToArray();
        _exclude = exclude.Where(p => p.Length > 0).Select(Compile).ToArray();
    }

    /// <summary>True when any include or exclude glob was given.</summary>
    public bool HasGlobs => _include.Length > 0 || _exclude.Length > 0;

    /// <summary>Whether a file entry named <paramref name="relativePath"/> is a document to lint.</summary>
    public bool Accepts(string relativePath) => HasTextExtension(relativePath) && MatchesGlobs(relativePath);

    /// <summary>Whether <paramref name="relativePath"/> passes the include and exclude globs (extension not checked).</summary>
    public bool MatchesGlobs(string relativePath)
    {
        string path = relativePath.Replace('\\', '/').TrimStart('/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        int slash = path.LastIndexOf('/');
        string name = slash < 0 ? path : path[(slash + 1)..];
        if (_include.Length > 0 && !_include.Any(p => p.Regex.IsMatch(p.NameOnly ? name : path))) return false;
        return !_exclude.Any(p => p.Regex.IsMatch(p.NameOnly ? name : path));
    }

    /// <summary>Whether the name ends in one of <see cref="TextExtensions"/> (case-insensitive).</summary>
    public static bool HasTextExtension(string path)
    {
        string extension = System.IO.Path.GetExtension(path.Replace('\\', '/')).ToLowerInvariant();
        return TextExtensions.Contains(extension);
    }

    private static (Regex, bool) Compile(string glob)
    {
        string pattern = glob.Replace('\\', '/');
        while (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        bool nameOnly = !pattern.Contains('/');
        pattern = pattern.TrimStart('/');
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/') { i++; regex.Append("(?:.*/)?"); } // "**/" : zero or more folders
                    else regex.Append(".*");
                }
                else regex.Append("[^/]*");
            }
            else if (c == '?') regex.Append("[^/]");
            else if (c == '[')
            {
                int close = pattern.IndexOf(']', i + 1);
                if (close < 0) { regex.Append("\\["); continue; }
                string set = pattern[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        regex.Append('$');
        return (new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), nameOnly);
    }
}
