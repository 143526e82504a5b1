using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>
/// An auditor's batch meets a file that is not prose: each rule stops at its limit in that document, every
/// report format says which rules stopped, and the limit can be changed or lifted.
/// </summary>
public sealed class FindingLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-limit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Dump()
    {
        string path = Path.Combine(_folder, "dump.txt");
        File.WriteAllText(path, new string('《', 40) + "\n希望大家再接再励。\n");
        return path;
    }

    [Fact]
    public void Json_names_the_capped_rule_per_file_and_counts_the_document_in_the_summary()
    {
        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", "--max-findings-per-rule", "5", Dump());

        Assert.True(code == 0, $"exit {code}; stderr: {stderr}"); // warnings only: the limit changes no verdict by itself
        using var json = JsonDocument.Parse(stdout);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(["punct.pair"], file.GetProperty("cappedRules").EnumerateArray().Select(e => e.GetString()));
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(5, findings.Count(f => f.GetProperty("ruleId").GetString() == "punct.pair"));
        Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "typo.common");
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("cappedDocuments").GetInt32());
    }

    [Fact]
    public void The_text_report_says_which_rule_stopped_and_how_to_change_it()
    {
        string dump = Dump();
        var (_, stdout, _) = CliTests.Run("check", "--max-findings-per-rule", "5", dump);

        Assert.Contains($"{dump}: note: 规则 punct.pair（列出 5 处）在此文件达到结果上限，其后未再检查；可用 --max-findings-per-rule 调整", stdout);
        Assert.Contains("，1 个文件的部分规则达到结果上限", stdout);
    }

    [Fact]
    public void Sarif_and_json_lines_carry_it_too()
    {
        string dump = Dump();
        var (_, sarif, _) = CliTests.Run("check", "--format", "sarif", "--max-findings-per-rule", "5", dump);
        var (_, jsonl, _) = CliTests.Run("check", "--format", "jsonl", "--max-findings-per-rule", "5", dump);

        using var log = JsonDocument.Parse(sarif);
        var notification = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", notification.GetProperty("level").GetString());
        Assert.Contains("punct.pair", notification.GetProperty("message").GetProperty("text").GetString());
        Assert.True(log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());

        var capped = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("type").GetString() == "capped");
        Assert.Equal(dump, capped.GetProperty("path").GetString());
        Assert.Equal("punct.pair", capped.GetProperty("cappedRules")[0].GetString());
    }

    [Fact]
    public void Zero_lifts_the_limit_and_the_configuration_can_set_it()
    {
        string dump = Dump();
        string config = Path.Combine(_folder, "textlint.yml");
        File.WriteAllText(config, "maxFindingsPerRule: 7\n");

        var (_, all, _) = CliTests.Run("check", "--format", "json", "--max-findings-per-rule", "0", dump);
        var (_, configured, _) = CliTests.Run("check", "--format", "json", "--config", config, dump);

        Assert.Equal(41, JsonDocument.Parse(all).RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(8, JsonDocument.Parse(configured).RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Theory]
    [InlineData("--max-findings-per-rule", "-1", "--max-findings-per-rule must be 0 (no limit) or more")]
    public void A_negative_limit_is_a_usage_error(string flag, string value, string message)
    {
        var (code, _, stderr) = CliTests.Run("check", flag, value, Dump());

        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void A_limit_in_the_configuration_that_is_no_number_names_the_file_and_key()
    {
        string config = Path.Combine(_folder, "bad.yml");
        File.WriteAllText(config, "maxFindingsPerRule: many\n");

        var (code, _, stderr) = CliTests.Run("check", "--config", config, Dump());

        Assert.Equal(2, code);
        Assert.Contains("bad.yml:1:21: maxFindingsPerRule: 'many' is not a whole number (0: no limit)", stderr);
    }
}
