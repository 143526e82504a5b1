using TextLint.Core.Extraction;
using TextLint.Core.Findings;
using TextLint.Core.Rules;

namespace TextLint.Core.Tests.Rules;

/// <summary>What a guessing rule asks before it reports: does a finding already cover part of this span?</summary>
public class BlockFindingsTests
{
    private static Finding At(int offset, int length) => new()
    {
        RuleId = "typo.common", Category = "typo", Severity = Severity.Warning, Message = "", Text = "", Offset = offset, Length = length,
    };

    [Fact]
    public void Overlaps_sees_every_finding_reported_so_far_in_source_positions()
    {
        // The block is "甲乙丙丁戊己" at source offsets 10..15 of "<p>…</p>"-like markup: one char per position.
        const string source = "0123456789甲乙丙丁戊己";
        var block = new TextBlock("甲乙丙丁戊己", BlockPart.Body, 10);
        var output = new DocumentFindings();
        output.Add(At(0, 3));  // another block's finding
        output.Add(At(11, 2)); // 乙丙
        var findings = new BlockFindings(new FindingLocator(block, new LineIndex(source)), new RuleSettings([], new Dictionary<string, Severity?>()), output);

        Assert.False(findings.Overlaps(0, 1));  // 甲
        Assert.True(findings.Overlaps(0, 2));   // 甲乙
        Assert.True(findings.Overlaps(2, 1));   // 丙
        Assert.False(findings.Overlaps(3, 3));  // 丁戊己

        // A finding reported after the first question counts for the next one.
        findings.Report(DictionaryRules.TypoCommon, 4, 1, []);
        Assert.True(findings.Overlaps(3, 2));   // 丁戊
        Assert.False(findings.Overlaps(5, 1));  // 己
    }

    [Fact]
    public void A_rule_that_reached_the_documents_limit_is_no_longer_enabled_and_its_reports_are_dropped()
    {
        const string text = "甲乙丙丁戊己";
        var output = new DocumentFindings(maxPerRule: 2);
        var findings = new BlockFindings(new FindingLocator(new TextBlock(text, BlockPart.Text, 0), new LineIndex(text)),
            new RuleSettings([], new Dictionary<string, Severity?>()), output);

        findings.Report(DictionaryRules.TypoCommon, 0, 1, []);
        Assert.True(findings.IsEnabled(DictionaryRules.TypoCommon));
        findings.Report(DictionaryRules.TypoCommon, 1, 1, []);
        Assert.False(findings.IsEnabled(DictionaryRules.TypoCommon));
        findings.Report(DictionaryRules.TypoCommon, 2, 1, []);
        Assert.True(findings.IsEnabled(DictionaryRules.UsageXinhua)); // other rules go on
        findings.Report(DictionaryRules.UsageXinhua, 3, 1, []);

        Assert.Equal(["甲", "乙", "丁"], output.Kept.Select(f => f.Text));
        Assert.Equal(["typo.common"], output.CappedRules);
    }
}
