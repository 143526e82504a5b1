using System.Text;
using TextLint.Core.Dictionaries;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Words of current government writing that jieba's 2010s dictionary lacks or counts as rare, so
/// that their characters do not look out of place to <see cref="SuspectDetector"/> (收悉 is not
/// 熟悉 with a typo, 因城施策 not 失策). Added to the character-pair counts only, not to
/// segmentation. The list is <c>dictionaries/modern-words.txt</c>, written by hand from common
/// policy vocabulary; extend it when a clean text shows a false alarm.
/// </summary>
internal static class ModernWords
{
    /// <summary>The words, each counted as if it had this frequency.</summary>
    public const int Frequency = 1000;

    private const string ResourceName = DictionarySet.ResourcePrefix + "modern-words.txt";

    /// <summary>The words of the embedded list, in file order.</summary>
    public static IReadOnlyList<string> All => LazyAll.Value;

    private static readonly Lazy<List<string>> LazyAll = new(() =>
    {
        var assembly = typeof(ModernWords).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return PhraseListParser.Parse(reader);
    });

    /// <summary>
    /// Whether a listed word lies over [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of <paramref name="text"/>: the rules that segment with jieba's lexicon, which lacks these words, check
    /// this before they call a current term (政民互动) a slip.
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> text, int start, int length)
    {
        var words = LazyLookup.Value;
        for (int from = Math.Max(0, start + length - MaxLength); from <= start; from++)
            for (int to = start + length; to <= Math.Min(text.Length, from + MaxLength); to++)
                if (words.Contains(text[from..to])) return true;
        return false;
    }

    private const int MaxLength = 8;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> LazyLookup = new(() =>
        new HashSet<string>(LazyAll.Value.Where(w => w.Length <= MaxLength), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
}
