namespace TextLint.Core.Rules;

/// <summary>
/// A rule that reads the readable text of a block directly (privacy, dates, punctuation, repeats),
/// as opposed to dictionary rules, which consume automaton hits. A rule only sees the text and
/// reports block spans; settings, location and context are applied by <see cref="BlockFindings"/>.
/// Implementations are stateless and thread-safe.
/// </summary>
public interface IBlockRule
{
    /// <summary>The rules this class reports (one class may report several ids, e.g. privacy.idcard and privacy.mobile).</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Reports every problem in <paramref name="text"/> to <paramref name="findings"/>.</summary>
    void Check(string text, BlockFindings findings);
}
