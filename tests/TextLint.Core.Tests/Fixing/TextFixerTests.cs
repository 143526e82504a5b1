using System.Text;
using TextLint.Core.Batch;
using TextLint.Core.Findings;
using TextLint.Core.Fixing;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;
using TextLint.Core.Tests.Sources;

namespace TextLint.Core.Tests.Fixing;

/// <summary>--fix: only unambiguous typo fixes, written atomically in the file's own encoding; --dry-run diffs.</summary>
public sealed class TextFixerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DocumentResult Lint(string path) =>
        DocumentProcessor.Process(ArchiveSourcesTests.Linter.Value, new SourceDocument { Path = path, Bytes = File.ReadAllBytes(path), FilePath = path });

    private static Finding F(string rule, int offset, string text, params string[] suggestions) => new()
    {
        RuleId = rule, Category = rule.Split('.')[0], Severity = Severity.Warning, Message = "", Text = text,
        Suggestions = suggestions, Offset = offset, Length = text.Length,
    };

    [Fact]
    public void Only_typo_findings_with_one_suggestion_and_no_overlap_are_planned()
    {
        const string source = "甲再接再励乙攻府丙北朝鲜丁最佳";
        var result = new DocumentResult
        {
            Path = "a.txt", Source = source,
            Findings =
            [
                F("typo.common", 1, "再接再励", "再接再厉"),
                F("typo.protected", 6, "攻府", "政府"),
                F("typo.common", 7, "府丙", "府并"), // overlaps the one before: neither is unambiguous
                F("usage.xinhua", 9, "北朝鲜", "朝鲜"),
                F("typo.common", 13, "最佳", "较好", "更好"),
            ],
        };

        var edits = TextFixer.Plan(result);

        Assert.Equal([(1, "再接再厉")], edits.Select(e => (e.Offset, e.Replacement)));
        Assert.Equal("甲再接再厉乙攻府丙北朝鲜丁最佳", TextFixer.Apply(source, edits));
    }

    [Fact]
    public void Fixing_rewrites_the_file_atomically_and_keeps_gb18030()
    {
        string path = Path.Combine(_folder, "通知.txt");
        byte[] original = ArchiveBuilder.Gb18030.GetBytes("第一行。\n我们要再接再励，推进秸杆综合利用。\n");
        File.WriteAllBytes(path, original);
        var result = Lint(path);
        Assert.Equal("gb18030", result.Encoding);

        var outcome = TextFixer.Fix(result, path, dryRun: false);

        Assert.Null(outcome.Skipped);
        Assert.Equal(2, outcome.Edits.Count);
        Assert.Equal(ArchiveBuilder.Gb18030.GetBytes("第一行。\n我们要再接再厉，推进秸秆综合利用。\n"), File.ReadAllBytes(path));
        Assert.Equal(["通知.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName)); // no temporary file left behind
    }

    [Fact]
    public void A_utf8_bom_is_kept()
    {
        string path = Path.Combine(_folder, "a.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# 标题\n\n再接再励\n")]);

        TextFixer.Fix(Lint(path), path, dryRun: false);

        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# 标题\n\n再接再厉\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_dry_run_leaves_the_file_alone_and_the_diff_shows_the_change()
    {
        string path = Path.Combine(_folder, "b.txt");
        string text = "一\n二\n三\n四\n我们要再接再励。\n六\n七\n八\n九\n十";
        File.WriteAllText(path, text);
        var result = Lint(path);

        var outcome = TextFixer.Fix(result, path, dryRun: true);

        Assert.Equal(text, File.ReadAllText(path));
        Assert.Equal(
            "--- a/x/b.txt\n+++ b/x/b.txt\n@@ -2,7 +2,7 @@\n 二\n 三\n 四\n-我们要再接再励。\n+我们要再接再厉。\n 六\n 七\n 八\n",
            UnifiedDiff.Create("x/b.txt", result.Source!, outcome.NewText!));
    }

    [Fact]
    public void The_last_line_without_newline_is_marked_in_the_diff()
    {
        Assert.Equal("--- a/c.txt\n+++ b/c.txt\n@@ -1 +1 @@\n-再接再励\n\\ No newline at end of file\n+再接再厉\n\\ No newline at end of file\n",
            UnifiedDiff.Create("c.txt", "再接再励", "再接再厉"));
    }

    [Fact]
    public void A_file_changed_since_it_was_linted_is_not_rewritten()
    {
        string path = Path.Combine(_folder, "c.txt");
        File.WriteAllText(path, "我们要再接再励。\n");
        var result = Lint(path);
        File.WriteAllText(path, "别人刚改过：我们要再接再励。\n");

        var outcome = TextFixer.Fix(result, path, dryRun: false);

        Assert.NotNull(outcome.Skipped);
        Assert.Equal("别人刚改过：我们要再接再励。\n", File.ReadAllText(path));
    }

    [Fact]
    public void Html_and_archive_entries_are_never_fixable()
    {
        var result = new DocumentResult { Path = "a.html", Source = "<p>再接再励</p>" };
        Assert.False(TextFixer.IsFixable(result, "a.html"));
        Assert.False(TextFixer.IsFixable(result with { Path = "a.txt" }, null));
        Assert.True(TextFixer.IsFixable(result with { Path = "a.txt" }, "a.txt"));
    }

    [Fact]
    public void An_atomic_write_that_fails_leaves_the_original_and_no_temporary_file()
    {
        string path = Path.Combine(_folder, "d.txt");
        File.WriteAllText(path, "原文");
        string blocker = Path.Combine(_folder, "sub");
        Directory.CreateDirectory(blocker);

        // Renaming a file over a folder fails after the temporary file was written.
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(blocker, Encoding.UTF8.GetBytes("新")));

        Assert.Equal("原文", File.ReadAllText(path));
        Assert.Equal(["d.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_is_fixed_through_and_stays_a_link()
    {
        string target = Path.Combine(_folder, "real.txt");
        File.WriteAllText(target, "我们要再接再励。\n");
        string link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, "real.txt");

        var outcome = TextFixer.Fix(Lint(link), link, dryRun: false);

        Assert.Null(outcome.Skipped);
        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
        Assert.Equal("我们要再接再厉。\n", File.ReadAllText(target));
    }

    [Fact]
    public void Markdown_code_is_neither_reported_nor_fixed()
    {
        string path = Path.Combine(_folder, "post.md");
        File.WriteAllText(path, "我们要再接再励。\n\n```\n再接再励\n```\n");

        var outcome = TextFixer.Fix(Lint(path), path, dryRun: false);

        Assert.Null(outcome.Skipped);
        Assert.Equal("我们要再接再厉。\n\n```\n再接再励\n```\n", File.ReadAllText(path));
    }
}
