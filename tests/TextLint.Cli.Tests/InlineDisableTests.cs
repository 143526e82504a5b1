using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>
/// An editor keeps a deliberately quoted term from blocking publication with a
/// <c>&lt;!-- textlint-disable --&gt;</c> comment; an auditor can still see everything.
/// </summary>
public sealed class InlineDisableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-inline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Page()
    {
        string path = Path.Combine(_folder, "notice.html");
        File.WriteAllText(path, "<html><body>\n<p>通报指出，个别网站把国名写成了<!-- textlint-disable typo.protected -->“中华人民共合国”<!-- textlint-enable typo.protected -->。</p>\n</body></html>\n");
        return path;
    }

    [Fact]
    public void A_turned_off_error_does_not_fail_the_run_and_the_summary_counts_it()
    {
        var (code, stdout, stderr) = CliTests.Run("check", "--format", "json", Page());

        Assert.True(code == 0, $"exit {code}; stderr: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        Assert.Empty(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("turnedOffByComments").GetInt32());
    }

    [Fact]
    public void The_text_report_says_how_many_were_turned_off()
    {
        var (code, stdout, _) = CliTests.Run("check", Page());

        Assert.Equal(0, code);
        Assert.Contains("1 个文件，0 个错误，0 个警告，0 个提示，文档内注释关闭 1 个未列出", stdout);
    }

    [Fact]
    public void No_inline_disable_reports_it_at_its_source_position()
    {
        string page = Page();
        var (code, stdout, _) = CliTests.Run("check", "--no-inline-disable", page);

        Assert.Equal(1, code);
        int column = File.ReadAllLines(page)[1].IndexOf("中华人民共合国", StringComparison.Ordinal) + 1;
        Assert.Contains($"{page}:2:{column}: error typo.protected:", stdout);
    }

    [Fact]
    public void The_config_key_does_what_the_flag_does()
    {
        string config = Path.Combine(_folder, "textlint.yml");
        File.WriteAllText(config, "inlineDisable: false\n");

        var (code, _, _) = CliTests.Run("check", "--config", config, Page());

        Assert.Equal(1, code);
    }
}
