namespace TextLint.Cli.Tests;

/// <summary>
/// A team keeps one <c>textlint.yml</c> at the top of its site's folder; it applies wherever below it the
/// tool is run, without anyone passing <c>--config</c>, and <c>--no-config</c> turns that off.
/// </summary>
public sealed class ConfigDiscoveryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("textlint-discover-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (string Page, string Below) Site(string configName, string config)
    {
        File.WriteAllText(Path.Combine(_root, configName), config);
        string below = Directory.CreateDirectory(Path.Combine(_root, "news", "2026")).FullName;
        string page = Path.Combine(below, "a.txt");
        File.WriteAllText(page, "希望大家再接再励。\n");
        return (page, below);
    }

    private static (int Code, string Stdout, string Stderr) RunIn(string folder, params string[] args)
    {
        ConfigOptions.WorkingDirectoryForTests = folder;
        try { return CliTests.Run(args); }
        finally { ConfigOptions.WorkingDirectoryForTests = null; }
    }

    [Theory]
    [InlineData("textlint.yml")]
    [InlineData(".textlint.yaml")]
    public void The_configuration_in_a_folder_above_applies(string name)
    {
        var (page, below) = Site(name, "rules:\n  typo.common: error\n");

        var (code, stdout, _) = RunIn(below, "check", page);

        Assert.Equal(1, code); // the configured severity, not the default warning
        Assert.Contains($"{page}:1:5: error typo.common:", stdout);
    }

    [Fact]
    public void No_config_ignores_it_and_an_explicit_config_wins()
    {
        var (page, below) = Site("textlint.yml", "rules:\n  typo.common: error\n");
        string other = Path.Combine(_root, "other.yml");
        File.WriteAllText(other, "rules:\n  typo: off\n");

        var (ignored, ignoredOut, _) = RunIn(below, "check", "--no-config", page);
        var (explicitCode, explicitOut, _) = RunIn(below, "check", "--config", other, page);

        Assert.Equal(0, ignored);
        Assert.Contains($"{page}:1:5: warning typo.common:", ignoredOut);
        Assert.Equal(0, explicitCode);
        Assert.DoesNotContain("typo.common", explicitOut);
    }

    [Fact]
    public void A_broken_discovered_configuration_is_named_and_stops_the_run()
    {
        var (page, below) = Site("textlint.yml", "colour: red\n");

        var (code, _, stderr) = RunIn(below, "check", page);

        Assert.Equal(2, code);
        Assert.Contains($"{Path.Combine(_root, "textlint.yml")}:1:1: unknown key 'colour'", stderr);
    }

    [Fact]
    public void Config_and_no_config_together_are_a_usage_error()
    {
        var (page, below) = Site("textlint.yml", "failOn: warning\n");

        var (code, _, stderr) = RunIn(below, "check", "--no-config", "--config", Path.Combine(_root, "textlint.yml"), page);

        Assert.Equal(2, code);
        Assert.Contains("--config and --no-config cannot be used together", stderr);
    }

    [Fact]
    public void Rules_shows_the_discovered_severities()
    {
        var (_, below) = Site("textlint.yml", "rules:\n  adlaw: off\n");

        var (code, stdout, _) = RunIn(below, "rules", "--format", "json");

        Assert.Equal(0, code);
        Assert.DoesNotContain("\"adlaw.absolute\"", stdout);
        Assert.Contains("\"typo.common\"", stdout);
    }
}
