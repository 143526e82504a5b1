using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests;

/// <summary>What a user sees from the command line when something is wrong with the invocation. None of these need the real linter.</summary>
public class CliTests
{
    internal static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunWithInput("", args);

    internal static (int Code, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Version_prints_name_and_version()
    {
        var (code, stdout, _) = Run("--version");

        Assert.Equal(0, code);
        Assert.Equal($"textlint {ToolInfo.Version}\n", stdout);
    }

    [Fact]
    public void Help_succeeds_and_lists_the_commands()
    {
        var (code, stdout, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("check", stdout);
        Assert.Contains("rules", stdout);
    }

    [Fact]
    public void Check_help_lists_every_option()
    {
        var (code, stdout, _) = Run("check", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--format", "--output", "--fail-on", "--dict", "--allow", "--only", "--config", "--no-default-dicts", "--quiet" })
            Assert.Contains(option, stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "a.txt")]
    [InlineData("check", "--fail-on", "sometimes", "a.txt")]
    [InlineData("check", "--no-such-option", "a.txt")]
    [InlineData("lint", "a.txt")]
    [InlineData("rules", "--format", "csv")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.NotEqual("", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Usage_error_message_is_one_line_per_problem()
    {
        var (_, _, stderr) = Run("check", "--format", "xml", "a.txt");

        Assert.Equal(
            [
                "textlint: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif' 'summary' 'jsonl' 'csv' 'html'",
                "运行 textlint --help 查看用法 (see textlint --help).",
            ],
            Lines(stderr));
    }

    [Fact]
    public void Missing_path_exits_2_with_one_line_and_no_stack_trace()
    {
        string missing = Path.Combine(Path.GetTempPath(), "textlint-no-such-file-" + Guid.NewGuid().ToString("N") + ".txt");

        var (code, stdout, stderr) = Run("check", missing);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal([$"textlint: {missing}: no such file or directory"], Lines(stderr));
    }

    [Fact]
    public void Output_into_a_missing_folder_exits_2_before_linting()
    {
        string folder = Path.Combine(Path.GetTempPath(), "textlint-no-such-folder-" + Guid.NewGuid().ToString("N"));
        string report = Path.Combine(folder, "report.json");

        var (code, _, stderr) = Run("check", "--format", "json", "--output", report, TestData.Path("clean.txt"));

        Assert.Equal(2, code);
        Assert.Equal([$"textlint: {report}: cannot write report: folder '{folder}' does not exist"], Lines(stderr));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Missing_user_dictionary_exits_2()
    {
        var (code, _, stderr) = Run("check", "--dict", "no-such-list.txt", TestData.Path("clean.txt"));

        Assert.Equal(2, code);
        Assert.Equal(["textlint: no-such-list.txt: no such file or directory"], Lines(stderr));
    }

    [Fact]
    public void Bad_config_exits_2_naming_file_line_and_key()
    {
        string config = Path.Combine(Path.GetTempPath(), "textlint-bad-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(config, "failOn: warning\ncolour: red\n");
        try
        {
            var (code, _, stderr) = Run("check", "--config", config, TestData.Path("clean.txt"));

            Assert.Equal(2, code);
            var line = Assert.Single(Lines(stderr));
            Assert.StartsWith($"textlint: {config}:2:1: unknown key 'colour'", line);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void Empty_folder_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("textlint-empty-");
        try
        {
            var (code, _, stderr) = Run("check", folder.FullName);

            Assert.Equal(2, code);
            Assert.Equal([$"textlint: no documents to check in {folder.FullName}"], Lines(stderr));
        }
        finally
        {
            folder.Delete();
        }
    }
}

internal static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
