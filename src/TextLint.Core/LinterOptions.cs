using TextLint.Core.Findings;

namespace TextLint.Core;

/// <summary>How a <see cref="Linter"/> is put together. Read once, when the linter is built.</summary>
public sealed class LinterOptions
{
    /// <summary>Whether the built-in dictionaries are loaded (default true).</summary>
    public bool UseDefaultDictionaries { get; set; } = true;

    /// <summary>User term lists: one term per line, optional TAB-separated severity and suggestion; hits use rule id <c>user</c>.</summary>
    public List<string> UserDictionaryFiles { get; } = [];

    /// <summary>
    /// User protected phrase lists: one correct phrase per line (names of local leaders, of the user's own
    /// organisation). Their near-misses are reported like those of the built-in names: severity error unless
    /// the file's <c>#@ severity:</c> header says otherwise.
    /// </summary>
    public List<string> ProtectedPhraseFiles { get; } = [];

    /// <summary>Allowlist files: one phrase per line; a hit inside an allowed phrase is dropped.</summary>
    public List<string> AllowlistFiles { get; } = [];

    /// <summary>Extra allowed phrases given directly (e.g. from a config file).</summary>
    public List<string> AllowedPhrases { get; } = [];

    /// <summary>When non-empty, only rules whose id starts with one of these prefixes report.</summary>
    public List<string> OnlyRulePrefixes { get; } = [];

    /// <summary>
    /// Whether a document's own <c>&lt;!-- textlint-disable [rules] --&gt;</c> … <c>&lt;!-- textlint-enable --&gt;</c>
    /// comments turn rules off inside it (default true). Auditors who must see everything set it to false.
    /// </summary>
    public bool InlineDirectives { get; set; } = true;

    /// <summary>
    /// Whether a short block met again (a site's navigation, footer or side bar on each of its pages) takes
    /// the findings its earlier occurrences got instead of being linted again (default true; the findings
    /// are the same either way, only faster). Blocks of up to 512 characters are kept, in a fixed 8,192
    /// slots; a view made by <see cref="Linter.WithOnlyRules"/> keeps none.
    /// </summary>
    public bool ReuseRepeatedBlocks { get; set; } = true;

    /// <summary>Default of <see cref="MaxFindingsPerRule"/>.</summary>
    public const int DefaultMaxFindingsPerRule = 1000;

    /// <summary>
    /// Most findings one rule reports in one document (default <see cref="DefaultMaxFindingsPerRule"/>;
    /// 0: no limit). A rule that reaches it stops looking in that document, which is then listed in
    /// <see cref="Reporting.DocumentResult.CappedRules"/>: it bounds the time and memory a file that is not
    /// prose (a word list, a dump of one character) can take, while real pages stay far below it.
    /// </summary>
    public int MaxFindingsPerRule { get; set; } = DefaultMaxFindingsPerRule;

    /// <summary>Per-rule overrides: a severity, or null to turn the rule off. Keys are rule ids or id prefixes.</summary>
    public Dictionary<string, Severity?> RuleSeverities { get; } = new(StringComparer.Ordinal);
}
