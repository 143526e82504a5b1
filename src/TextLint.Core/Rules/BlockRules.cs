using TextLint.Core.Rules.Patterns;
using TextLint.Core.Rules.Suspect;

namespace TextLint.Core.Rules;

/// <summary>The block rules every linter runs, in reporting order.</summary>
public static class BlockRules
{
    /// <summary>All built-in block rules.</summary>
    public static IReadOnlyList<IBlockRule> All { get; } = [.. PatternRules.All, new DoubledCharacterRule(), new TransposedCharactersRule(), new SuspectTypoRule()];
}
