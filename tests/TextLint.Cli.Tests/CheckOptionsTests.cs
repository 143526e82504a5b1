using TextLint.Core.Configuration;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests;

/// <summary>How command-line flags combine with a configuration file, and how tables look on a terminal.</summary>
public sealed class CheckOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-options-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Flags_add_lists_to_the_config_and_override_only_and_default_dictionaries()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "甲\n");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "乙\n");
        string config = Path.Combine(_folder, "textlint.yml");
        File.WriteAllText(config, "dictionaries: [a.txt]\nonly: [sensitive]\nfailOn: info\nrules: {adlaw: off}\n");

        var (options, failOn) = CheckCommand.BuildOptions(config, [Path.Combine(_folder, "b.txt")], [], ["typo,privacy", "user"], noDefaultDictionaries: true);

        Assert.Equal([Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt")], options.UserDictionaryFiles);
        Assert.Equal(["typo", "privacy", "user"], options.OnlyRulePrefixes);
        Assert.False(options.UseDefaultDictionaries);
        Assert.Equal(FailOn.Info, failOn);
        Assert.Null(options.RuleSeverities["adlaw"]);
    }

    [Fact]
    public void Without_flags_the_config_is_used_as_is()
    {
        string config = Path.Combine(_folder, "textlint.yml");
        File.WriteAllText(config, "only: [sensitive]\n");

        var (options, failOn) = CheckCommand.BuildOptions(config, [], [], [], noDefaultDictionaries: false);

        Assert.Equal(["sensitive"], options.OnlyRulePrefixes);
        Assert.True(options.UseDefaultDictionaries);
        Assert.Null(failOn);
    }

    [Fact]
    public void Terminal_tables_are_drawn_with_borders_and_keep_cjk_cells()
    {
        var output = new StringWriter();
        var renderer = new SpectreTableRenderer(output, new TerminalInfo(StdoutIsTerminal: true, NoColor: true, Width: 100));

        renderer.Render(new ReportTable("按类别", new ReportColumn("类别"), new ReportColumn("数量", AlignRight: true)).AddRow("typo[1]", "3"));

        string text = output.ToString();
        Assert.Contains("按类别", text);
        Assert.Contains("typo[1]", text);
        Assert.Contains("╭", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void Fail_on_words_map_to_thresholds()
    {
        Assert.True(FailOnNames.TryParse("warning", out var warning));
        Assert.Equal(Severity.Warning, warning.Threshold());
        Assert.True(FailOnNames.TryParse("none", out var none));
        Assert.Null(none.Threshold());
        Assert.False(FailOnNames.TryParse("loud", out _));
    }
}
