using System.CommandLine;
using TextLint.Core;
using TextLint.Core.Configuration;

namespace TextLint.Cli;

/// <summary>
/// The <c>--config FILE</c> and <c>--no-config</c> options every command shares, and where the configuration
/// comes from when neither is given: <see cref="ConfigFile.Discover"/> from the current folder, so a team's
/// <c>textlint.yml</c> at the top of its site applies without anyone passing it.
/// </summary>
internal sealed class ConfigOptions
{
    /// <summary>Set by tests (on the thread that runs the command) to discover from another folder than the process's current one.</summary>
    [ThreadStatic] internal static string? WorkingDirectoryForTests;

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string?> Config { get; }

    /// <summary><c>--no-config</c>: no configuration file, not even a discovered one.</summary>
    public Option<bool> NoConfig { get; } = new("--no-config")
    {
        Description = "不读取配置文件（默认从当前文件夹向上查找 textlint.yml）(use no configuration file; by default textlint.yml is looked for here and in the folders above)",
    };

    /// <param name="description">What <c>--config</c> does for this command.</param>
    public ConfigOptions(string description)
    {
        Config = new Option<string?>("--config", "-c") { Description = description, HelpName = "FILE" };
    }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
    }

    /// <summary>The configuration file to read for <paramref name="parse"/>: the one given, none, or the one discovered.</summary>
    public string? Resolve(ParseResult parse)
    {
        string? given = parse.GetValue(Config);
        bool none = parse.GetValue(NoConfig);
        if (given is not null && none) throw new TextLintException("--config and --no-config cannot be used together");
        if (given is not null) return given;
        return none ? null : ConfigFile.Discover(WorkingDirectoryForTests ?? Environment.CurrentDirectory);
    }
}
