using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>
/// The CLI on real files with the real <see cref="TextLint.Core.Linter"/> and default dictionaries.
/// Inputs are in TestData/ (see its README.md).
/// </summary>
public class EndToEndTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void Typo_file_exits_1_with_json_finding_at_the_exact_offset()
    {
        var (code, stdout, stderr) = Run("check", "--format", "json", "--fail-on", "warning", TestData.Path("typo.txt"));

        Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
        var finding = file.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("text").GetString() == "再接再励");
        Assert.Equal("typo.common", finding.GetProperty("ruleId").GetString());
        Assert.Equal(3, finding.GetProperty("offset").GetInt32());
        Assert.Equal(4, finding.GetProperty("length").GetInt32());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
        Assert.Equal(4, finding.GetProperty("column").GetInt32());
        Assert.Contains("再接再厉", finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Typo_file_in_text_format_points_at_the_characters()
    {
        var (_, stdout, _) = Run("check", TestData.Path("typo.txt"));

        string[] lines = stdout.Split('\n');
        int header = Array.FindIndex(lines, l => l.Contains(" typo.common: ", StringComparison.Ordinal));
        Assert.True(header >= 0, stdout);
        Assert.StartsWith($"{TestData.Path("typo.txt")}:1:4: ", lines[header]);
        Assert.Equal("  1 | 我们要再接再励，争取更大成绩。", lines[header + 1]);
        Assert.Equal("    |       ^~~~~~~~", lines[header + 2]);
        Assert.Equal("  建议: 再接再厉", lines[header + 3]);
    }

    [Fact]
    public void Clean_file_exits_0()
    {
        var (code, stdout, stderr) = Run("check", "--fail-on", "info", TestData.Path("clean.txt"));

        Assert.True(code == 0, $"exit {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Equal("1 个文件，0 个错误，0 个警告，0 个提示\n", stdout);
    }

    [Fact]
    public void Fail_on_none_exits_0_even_with_findings()
    {
        var (code, stdout, _) = Run("check", "--fail-on", "none", "--format", "json", TestData.Path("typo.txt"));

        Assert.Equal(0, code);
        Assert.Contains("typo.common", stdout);
    }

    [Fact]
    public void User_dictionary_term_is_reported_with_rule_id_user()
    {
        var (code, stdout, stderr) = Run("check", "--format", "json", "--fail-on", "info", "--dict", TestData.Path("user.dict"), TestData.Path("user-term.txt"));

        Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "user");
        Assert.Equal("红黄蓝码", finding.GetProperty("text").GetString());
        Assert.Equal("本单位试点推行".Length, finding.GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Stdin_is_read_when_the_path_is_a_dash()
    {
        var (code, stdout, stderr) = CliTests.RunWithInput("我们要再接再励。", "check", "--format", "json", "--fail-on", "warning", "-");

        Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("<stdin>", file.GetProperty("path").GetString());
        Assert.Contains(file.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "typo.common");
    }

    [Fact]
    public void Sarif_report_written_to_a_file_lists_the_rules_and_the_result()
    {
        string report = Path.Combine(Path.GetTempPath(), "textlint-e2e-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var (code, stdout, stderr) = Run("check", "--format", "sarif", "--fail-on", "warning", "--output", report, TestData.Path("typo.txt"));

            Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
            Assert.Equal("", stdout);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var run = json.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "typo.common");
            var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "typo.common");
            Assert.Equal("typo.common", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(3, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt32());
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void Binary_file_is_a_per_file_error_and_the_batch_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("textlint-e2e-");
        try
        {
            string binary = Path.Combine(folder.FullName, "a.txt");
            File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x00, 0x00, 0x80, 0x81]);
            string typo = Path.Combine(folder.FullName, "b.txt");
            File.Copy(TestData.Path("typo.txt"), typo);

            var (code, stdout, stderr) = Run("check", "--format", "json", "--fail-on", "warning", binary, typo);

            Assert.True(code == 1, $"exit {code}; stderr: {stderr}");
            using var json = JsonDocument.Parse(stdout);
            var files = json.RootElement.GetProperty("files");
            Assert.Equal(2, files.GetArrayLength());
            Assert.Equal(JsonValueKind.String, files[0].GetProperty("error").ValueKind);
            Assert.StartsWith($"textlint: {binary}: ", stderr);
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("failedDocuments").GetInt32());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_document_failing_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("textlint-e2e-");
        try
        {
            string binary = Path.Combine(folder.FullName, "a.txt");
            File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x00, 0x00, 0x80, 0x81]);

            var (code, stdout, _) = Run("check", binary);

            Assert.Equal(2, code);
            Assert.StartsWith($"{binary}: error: ", stdout);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rules_command_lists_typo_common_in_text_and_json()
    {
        var (code, stdout, _) = Run("rules");
        Assert.Equal(0, code);
        Assert.Contains("typo.common", stdout);

        (code, stdout, _) = Run("rules", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Contains(json.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "typo.common");
    }

    [Fact]
    public void Config_turning_a_rule_off_and_raising_fail_on_is_honoured()
    {
        string config = Path.Combine(Path.GetTempPath(), "textlint-e2e-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(config, "rules:\n  typo.common: off\nfailOn: info\n");
        try
        {
            var (code, stdout, stderr) = Run("check", "--config", config, "--format", "json", TestData.Path("typo.txt"));

            Assert.True(code == 0, $"exit {code}; stderr: {stderr}");
            Assert.DoesNotContain("typo.common", stdout);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void Only_limits_the_report_to_the_given_prefixes()
    {
        var (code, stdout, _) = Run("check", "--only", "usage,sensitive", "--fail-on", "info", "--format", "json", TestData.Path("typo.txt"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("typo.common", stdout);
    }
}
