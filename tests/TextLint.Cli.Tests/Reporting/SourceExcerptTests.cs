using System.Text;
using TextLint.Core.Reporting;

namespace TextLint.Cli.Tests.Reporting;

public class SourceExcerptTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("再", 2)]
    [InlineData("，", 2)]     // full-width comma
    [InlineData("Ａ", 2)]     // full-width Latin
    [InlineData("\u0301", 0)] // combining acute accent
    [InlineData("\u200B", 0)] // zero-width space
    [InlineData("𠀀", 2)]     // CJK extension B, a surrogate pair
    public void Display_width_counts_east_asian_wide_characters_as_two(string text, int expected) =>
        Assert.Equal(expected, DisplayWidth.Of(text));

    [Fact]
    public void Underline_under_cjk_span_is_two_columns_per_character()
    {
        var excerpt = SourceExcerpt.Create(Fixtures.TypoSource, 3, 4)!.Value;

        Assert.Equal("我们要再接再励，争取更大成绩。", excerpt.Line);
        Assert.Equal("      ^~~~~~~~", excerpt.Underline);
    }

    [Fact]
    public void Underline_after_mixed_ascii_and_cjk_lands_under_the_span()
    {
        var excerpt = SourceExcerpt.Create("2024年abc再接再励", 8, 4)!.Value;

        Assert.Equal("2024年abc再接再励", excerpt.Line);
        Assert.Equal("         ^~~~~~~~", excerpt.Underline);
    }

    [Fact]
    public void Tabs_expand_to_the_next_tab_stop()
    {
        var excerpt = SourceExcerpt.Create("\t再接再励", 1, 4, tabSize: 4)!.Value;

        Assert.Equal("    再接再励", excerpt.Line);
        Assert.Equal("    ^~~~~~~~", excerpt.Underline);
    }

    [Fact]
    public void Finding_on_a_later_line_shows_only_that_line()
    {
        string source = "第一行\r\n第二行有错字\r\n第三行";
        int offset = source.IndexOf("错字", StringComparison.Ordinal);

        var excerpt = SourceExcerpt.Create(source, offset, 2)!.Value;

        Assert.Equal("第二行有错字", excerpt.Line);
        Assert.Equal("        ^~~~", excerpt.Underline);
    }

    [Fact]
    public void Span_across_lines_is_underlined_to_the_end_of_the_first_line()
    {
        string source = "开头再接\n再励结尾";

        var excerpt = SourceExcerpt.Create(source, 2, 5)!.Value;

        Assert.Equal("开头再接", excerpt.Line);
        Assert.Equal("    ^~~~", excerpt.Underline);
    }

    [Fact]
    public void Long_line_is_windowed_around_the_span_and_the_underline_follows()
    {
        string source = new string('甲', 200) + "再接再励" + new string('乙', 200);

        var excerpt = SourceExcerpt.Create(source, 200, 4, maxWidth: 40)!.Value;

        Assert.StartsWith("...", excerpt.Line);
        Assert.EndsWith("...", excerpt.Line);
        Assert.True(DisplayWidth.Of(excerpt.Line) <= 40);
        int caretColumn = excerpt.Underline.IndexOf('^');
        // The caret sits under the first character of the span, counted in display columns.
        string before = excerpt.Line[..excerpt.Line.IndexOf("再接再励", StringComparison.Ordinal)];
        Assert.Equal(DisplayWidth.Of(before), caretColumn);
        Assert.Equal("^~~~~~~~", excerpt.Underline.Trim());
    }

    [Fact]
    public void Empty_span_at_end_of_line_puts_a_caret_after_the_text()
    {
        var excerpt = SourceExcerpt.Create("缺少句号\n", 4, 0)!.Value;

        Assert.Equal("缺少句号", excerpt.Line);
        Assert.Equal("        ^", excerpt.Underline);
    }

    [Fact]
    public void Offset_outside_the_source_gives_no_excerpt() =>
        Assert.Null(SourceExcerpt.Create("短", 5, 1));

    [Fact]
    public void Surrogate_pair_inside_the_line_keeps_the_columns_right()
    {
        string source = "𠀀再接再励";
        var excerpt = SourceExcerpt.Create(source, 2, 4)!.Value;

        Assert.Equal("  ^~~~~~~~", excerpt.Underline);
        Assert.Equal("𠀀再接再励", excerpt.Line);
    }
}
