namespace TextLint.Core.Dictionaries;

/// <summary>
/// Reads a plain phrase list (the allowlist format): one phrase per line, <c>#</c> comments and
/// <c>#@</c> headers ignored, anything after a TAB ignored so a term list can double as an allowlist.
/// </summary>
public static class PhraseListParser
{
    /// <summary>The phrases of the list, trimmed, in file order, without empties.</summary>
    public static List<string> Parse(TextReader reader)
    {
        var phrases = new List<string>();
        foreach (var line in ListLines.Read(reader))
        {
            if (line.IsDirective) continue;
            int tab = line.Text.IndexOf('\t');
            string phrase = (tab < 0 ? line.Text : line.Text[..tab]).Trim();
            if (phrase.Length > 0) phrases.Add(phrase);
        }
        return phrases;
    }
}
