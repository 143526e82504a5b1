namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// The built-in rules that read each block directly instead of consuming dictionary hits:
/// repeats, punctuation, dates and numerals, personal data. Every rule is stateless, thread-safe
/// and linear in the block length.
/// </summary>
public static class PatternRules
{
    /// <summary>Every pattern rule, in the order they are listed to users.</summary>
    public static IReadOnlyList<IBlockRule> All { get; } =
    [
        new PersonalDataRule(),
        new PassportRule(),
        new InvalidDateRule(),
        new NumeralZeroRule(),
        new MixedWidthDigitsRule(),
        new ImpossibleRateRule(),
        new RepeatedCharRule(),
        new RepeatedWordRule(),
        new ComplementDeRule(),
        new PunctuationPairRule(),
        new PunctuationRepeatRule(),
    ];

    /// <summary>The descriptors of every pattern rule (for rule listings).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.SelectMany(r => r.Descriptors).ToList();
}
