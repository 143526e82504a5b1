using System.Text.Json;

namespace TextLint.Cli.Tests;

/// <summary>The report file never destroys an input, and a report left in a checked folder is not read back as a document.</summary>
public sealed class ReportFileTests : IDisposable
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
}
