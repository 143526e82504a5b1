using TextLint.Core.Dictionaries;

namespace TextLint.Core.Rules;

/// <summary>
/// A listed corruption that drops one character (中国人民政治协商议 for 中国人民政治协商会议) met right before that
/// very character (中国人民政治协商议会): the character was moved, not dropped, and the finding must take it
/// in, or the fix would leave it behind (…会议会).
/// </summary>
internal static class DisplacedCharacter
{
    /// <summary>
    /// Whether the hit <paramref name="folded"/>[<paramref name="start"/>, +<paramref name="length"/>) of
    /// <paramref name="entry"/> is followed by the one character its only suggestion inserts; that character is
    /// <paramref name="displaced"/>.
    /// </summary>
    public static bool Follows(ReadOnlySpan<char> folded, int start, int length, DictionaryEntry entry, out char displaced)
    {
        displaced = '\0';
        if (entry.Suggestions.Count != 1 || length != entry.Term.Length || start + length >= folded.Length) return false;
        string term = entry.Term, fix = entry.Suggestions[0];
        if (fix.Length != term.Length + 1 || !folded.Slice(start, length).SequenceEqual(term)) return false;
        int k = 0;
        while (k < term.Length && term[k] == fix[k]) k++;
        if (!fix.AsSpan(k + 1).SequenceEqual(term.AsSpan(k))) return false; // more than one insertion
        displaced = fix[k];
        return folded[start + length] == displaced;
    }
}
