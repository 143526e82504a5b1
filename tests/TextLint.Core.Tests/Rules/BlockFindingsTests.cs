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
        var output = new List<Finding> { At(0, 3), At(11, 2) }; // another block's finding, then 乙丙
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
}
