using System.CommandLine;
using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Reporting;

namespace TextLint.Cli;

/// <summary><c>textlint rules</c>: lists every rule with its id, category, severity, title and description.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TerminalInfo terminal)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "输出格式 (output format): text | json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var config = new ConfigOptions("YAML 配置文件，显示按配置调整后的级别；不给时从当前文件夹向上查找 textlint.yml (show severities as configured)");
        var command = new Command("rules", "列出所有规则 (list every rule)") { format };
        config.AddTo(command);
        command.SetAction(parse =>
        {
            var options = config.Resolve(parse) is { } file ? ConfigFile.Load(file).Options : new LinterOptions();
            var rules = new Linter(options).Rules;
            if (parse.GetValue(format) == "json")
            {
                RuleListWriter.WriteJson(stdout, rules);
            }
            else
            {
                ITableRenderer renderer = terminal.StdoutIsTerminal ? new SpectreTableRenderer(stdout, terminal) : new PlainTableRenderer(stdout);
                renderer.Render(RuleListWriter.BuildTable(rules));
            }
            stdout.Flush();
            return Program.ExitClean;
        });
        return command;
    }
}
