using TextLint.Core.Findings;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class TextReportWriterTests
{
    [Fact]
    public void Finding_prints_location_source_line_underline_and_suggestion()
    {
        string text = Fixtures.Render("text", null, Fixtures.TypoDocument());

        Assert.Equal(
            "news/a.txt:1:4: warning typo.common: “再接再励”应为“再接再厉”\n" +
            "  1 | 我们要再接再励，争取更大成绩。\n" +
            "    |       ^~~~~~~~\n" +
            "  建议: 再接再厉\n" +
            "\n" +
            "1 个文件，0 个错误，1 个警告，0 个提示\n",
            text);
    }

    [Fact]
    public void Per_file_error_prints_path_error_message_and_counts_in_summary()
    {
        string text = Fixtures.Render("text", null, Fixtures.FailedDocument(), Fixtures.TypoDocument());

        string[] lines = text.Split('\n');
        Assert.Equal("news/bad.bin: error: binary file, not text", lines[0]);
        Assert.Equal("2 个文件，0 个错误，1 个警告，0 个提示，1 个文件无法检查", lines[^2]);
    }

    [Fact]
    public void Several_suggestions_are_listed_with_chinese_separator_and_none_means_no_line()
    {
        var finding = Fixtures.TypoFinding() with { Suggestions = ["再接再厉", "继续努力"] };
        var noSuggestion = Fixtures.TypoFinding() with { Suggestions = [], Severity = Severity.Error, RuleId = "sensitive.x" };
        var document = Fixtures.TypoDocument() with { Findings = [finding, noSuggestion] };

        string text = Fixtures.Render("text", null, document);

        Assert.Contains("  建议: 再接再厉、继续努力\n", text);
        Assert.Single(text.Split('\n'), line => line.StartsWith("  建议", StringComparison.Ordinal));
        Assert.Contains("news/a.txt:1:4: error sensitive.x:", text);
    }

    [Fact]
    public void Without_source_only_the_header_and_suggestion_are_printed()
    {
        var document = Fixtures.TypoDocument() with { Source = null };

        string text = Fixtures.Render("text", null, document);

        Assert.DoesNotContain(" | ", text);
        Assert.StartsWith("news/a.txt:1:4: warning typo.common:", text);
    }

    [Fact]
    public void Colour_only_when_asked_for()
    {
        Assert.DoesNotContain("\u001b[", Fixtures.Render("text", null, Fixtures.TypoDocument()));
        Assert.Contains("\u001b[", Fixtures.Render("text", new ReportWriterOptions { UseColor = true }, Fixtures.TypoDocument()));
    }

    [Fact]
    public void Quiet_leaves_out_the_summary_line()
    {
        string text = Fixtures.Render("text", new ReportWriterOptions { ShowSummaryLine = false }, Fixtures.TypoDocument());

        Assert.DoesNotContain("个文件", text);
    }
}
