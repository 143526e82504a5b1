using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// The word lexicon for pattern rules that only refine their answer with it: loaded on the rule's first
/// candidate, and null when it cannot be loaded (the rule then decides without it) rather than an error
/// for every block.
/// </summary>
internal static class OptionalLexicon
{
    /// <summary>A lazy, thread-safe load of <paramref name="lexicon"/>; a failure or null gives null.</summary>
    public static Lazy<Lexicon?> Load(Func<Lexicon?> lexicon) =>
        new(() =>
        {
            try { return lexicon(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or TextLintException) { return null; }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
}
