using TextLint.Core.Extraction;
using TextLint.Core.Findings;
using TextLint.Core.Rules;

namespace TextLint.Core.Tests.Rules.Patterns;

/// <summary>Runs one block rule on a plain-text block, as the linter does, and returns what the user would see.</summary>
internal static class RuleRunner
{
    public static List<Finding> Run(IBlockRule rule, string text, IReadOnlyDictionary<string, Severity?>? severities = null)
    {
        var output = new DocumentFindings();
        var findings = new BlockFindings(
            new FindingLocator(new TextBlock(text, BlockPart.Text, 0), new LineIndex(text)),
            new RuleSettings([], severities ?? new Dictionary<string, Severity?>()),
            output);
        rule.Check(text, findings);
        return [.. output.Kept];
    }

    /// <summary>The single finding of <paramref name="rule"/> on <paramref name="text"/>, checked for id, span and suggestion.</summary>
    public static Finding Single(IBlockRule rule, string text, string ruleId, string found, string? suggestion)
    {
        var findings = Run(rule, text);
        var finding = Assert.Single(findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(found, finding.Text);
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(found.Length, finding.Length);
        if (suggestion is null) Assert.Empty(finding.Suggestions);
        else Assert.Equal(suggestion, finding.Suggestions[0]);
        return finding;
    }

    public static void None(IBlockRule rule, string text) => Assert.Empty(Run(rule, text));
}
