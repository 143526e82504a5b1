using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>
/// Files the user names besides the documents: the report never destroys an input and is not read back
/// from a checked folder; user lists are read in the encoding they were saved in, and a list that is not
/// text is a one-line error.
/// </summary>
public sealed class NamedFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_input_named_as_the_report_exits_2_and_is_left_as_it_was()
    {
        string input = Path.Combine(_folder, "post.txt");
        File.WriteAllText(input, "希望大家再接再励。");

        var (code, _, stderr) = CliTests.Run("check", input, "-o", Path.Combine(_folder, ".", "post.txt"));

        Assert.Equal(2, code);
        Assert.Equal($"textlint: {input}: is both an input and the report (--output); writing the report would destroy it", stderr.Trim());
        Assert.Equal("希望大家再接再励。", File.ReadAllText(input));
    }

    [Fact]
    public void A_report_written_into_the_checked_folder_is_not_checked_on_the_next_run()
    {
        File.WriteAllText(Path.Combine(_folder, "post.txt"), "希望大家再接再励。");
        string report = Path.Combine(_folder, "report.txt");

        CliTests.Run("check", _folder, "-o", report);
        var (code, _, stderr) = CliTests.Run("check", _folder, "-f", "json", "-o", report);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.EndsWith("post.txt", file.GetProperty("path").GetString());
    }

    [Fact]
    public void A_folder_as_the_report_exits_2_before_any_work()
    {
        var (code, _, stderr) = CliTests.Run("check", "-o", _folder, TestData.Path("clean.txt"));

        Assert.Equal(2, code);
        Assert.Equal($"textlint: {_folder}: cannot write report: is a folder", stderr.Trim());
    }

    [Fact]
    public void A_user_list_saved_in_gb18030_is_read()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        string list = Path.Combine(_folder, "terms.txt");
        File.WriteAllBytes(list, System.Text.Encoding.GetEncoding("gb18030").GetBytes("试点先行\twarning\t示范引领\n"));
        string post = Path.Combine(_folder, "post.txt");
        File.WriteAllText(post, "我们坚持试点先行。");

        var (_, stdout, _) = CliTests.Run("check", "--dict", list, "-f", "json", post);

        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("user", finding.GetProperty("ruleId").GetString());
        Assert.Equal("试点先行", finding.GetProperty("text").GetString());
        Assert.Equal("示范引领", finding.GetProperty("suggestions")[0].GetString());
    }

    [Fact]
    public void A_binary_user_list_exits_2_with_one_line()
    {
        string list = Path.Combine(_folder, "terms.txt");
        File.WriteAllBytes(list, [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 0xD0, 0x9F]);

        var (code, _, stderr) = CliTests.Run("check", "--dict", list, TestData.Path("clean.txt"));

        Assert.Equal(2, code);
        Assert.Equal($"textlint: {list}: binary file, not text", stderr.Trim());
    }

    [Fact]
    public void Stdin_filename_names_piped_input_and_its_extension_picks_html()
    {
        var (code, stdout, _) = CliTests.RunWithInput("<p>中华<b>人民</b>共合国</p>\n", "check", "-", "--stdin-filename", "news/123.html", "-f", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("news/123.html", file.GetProperty("path").GetString());
        var finding = Assert.Single(file.GetProperty("findings").EnumerateArray());
        Assert.Equal(3, finding.GetProperty("offset").GetInt32());
        Assert.Equal("中华<b>人民</b>共合国".Length, finding.GetProperty("length").GetInt32());
        Assert.Equal("body", finding.GetProperty("part").GetString());
    }

    [Fact]
    public void Stdin_filename_without_stdin_exits_2()
    {
        var (code, _, stderr) = CliTests.Run("check", TestData.Path("clean.txt"), "--stdin-filename", "a.html");

        Assert.Equal(2, code);
        Assert.Equal("textlint: --stdin-filename names standard input: give - among the inputs", stderr.Trim());
    }
}
