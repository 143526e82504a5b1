using TextLint.Core.Findings;

namespace TextLint.Core.Dictionaries;

/// <summary>What kind of phrase a protected phrase is; decides which near-misses are looked for.</summary>
public enum ProtectedPhraseKind
{
    /// <summary>A name or formulation (国名、机构名称、重要提法): any near-miss is a serious error.</summary>
    Name,
    /// <summary>An administrative division (齐齐哈尔市): like a name, but its generic suffix (市, 自治县 …) is never edited,
    /// because the name without it (齐齐哈尔) or with the next word glued on (齐齐哈尔是) is ordinary text.</summary>
    Division,
    /// <summary>An idiom (成语): only sound- or shape-alike slips, and only where the text does not read as ordinary words.</summary>
    Idiom,
}

/// <summary>One correct phrase whose near-misses are reported.</summary>
/// <param name="Phrase">The correct phrase, simplified Chinese.</param>
/// <param name="Kind">Name, division or idiom.</param>
/// <param name="Severity">Severity of a near-miss before configuration overrides.</param>
/// <param name="Origin">Where it was read from (<c>file:line</c>).</param>
public sealed record ProtectedPhrase(string Phrase, ProtectedPhraseKind Kind, Severity Severity, string Origin)
{
    /// <summary>Whether the phrase comes from the user's own list. A user's three-character names (local
    /// leaders) get their sound- and shape-alike spellings compiled as patterns of their own, which the
    /// pigeonhole anchors cannot cover for so short a phrase.</summary>
    public bool IsUser { get; init; }
}
