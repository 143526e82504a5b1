namespace TextLint.Core.Dictionaries;

/// <summary>
/// A line of a list file that carries something: a header directive <c>#@ key: value</c>
/// (<see cref="IsDirective"/>; the key lower-cased, both trimmed) or an entry (<see cref="Text"/>, untrimmed).
/// </summary>
internal readonly record struct ListLine(int Number, string Text, string? DirectiveKey, string DirectiveValue)
{
    /// <summary>Whether this line is a <c>#@</c> header directive.</summary>
    public bool IsDirective => DirectiveKey is not null;
}

/// <summary>The line conventions every list format shares: UTF-8 BOM, <c>#@</c> directives, <c>#</c> comments, blank lines.</summary>
internal static class ListLines
{
    /// <summary>Directives and entry lines of <paramref name="reader"/>, numbered from 1; comments and blank lines are left out.</summary>
    public static IEnumerable<ListLine> Read(TextReader reader)
    {
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (number == 1 && line.StartsWith('\uFEFF')) line = line[1..];
            if (line.StartsWith("#@", StringComparison.Ordinal))
            {
                int colon = line.IndexOf(':');
                string key = (colon < 0 ? line[2..] : line[2..colon]).Trim().ToLowerInvariant();
                string value = colon < 0 ? "" : line[(colon + 1)..].Trim();
                yield return new ListLine(number, line, key, value);
                continue;
            }
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return new ListLine(number, line, null, "");
        }
    }
}
