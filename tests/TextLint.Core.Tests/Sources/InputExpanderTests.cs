using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "textlint-sources-" + Guid.NewGuid().ToString("N"));

    public InputExpanderTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        foreach (var dir in Directory.GetDirectories(_root, "*", SearchOption.AllDirectories))
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_root, recursive: true);
    }

    private string Touch(string relative)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "文本");
        return path;
    }

    [Fact]
    public void DirectoriesAreWalkedInOrdinalOrderWithOnlyTextAndHtml()
    {
        Touch("site/b.html");
        Touch("site/B.txt");
        Touch("site/a.htm");
        Touch("site/notes.md");
        Touch("site/page.shtml");
        Touch("site/image.png");
        Touch("site/data.json");
        Touch("site/.hidden.html");
        Touch("site/.git/config.txt");
        Touch("site/sub/z.html");
        Touch("site/sub/deeper/y.TXT");
        Touch("site/a-dir/x.html");

        string site = Path.Combine(_root, "site");
        var items = InputExpander.Expand([site]);
        var relative = items.Select(i => Path.GetRelativePath(site, i.FilePath!).Replace('\\', '/')).ToList();
        Assert.Equal(["B.txt", "a.htm", "b.html", "notes.md", "page.shtml", "a-dir/x.html", "sub/z.html", "sub/deeper/y.TXT"], relative);
        Assert.All(items, i => Assert.StartsWith(site, i.DisplayPath));
        Assert.All(items, i => Assert.False(i.IsStdin));
    }

    [Fact]
    public void FilesAreTakenAsGivenWhateverTheirExtensionAndStdinIsDash()
    {
        string odd = Touch("odd.dat");
        string page = Touch("p.html");
        var items = InputExpander.Expand([odd, "-", page, page]);
        Assert.Equal([SourceItem.ForFile(odd, odd), SourceItem.Stdin, SourceItem.ForFile(page, page)], items);
        Assert.Null(items[1].FilePath);
        Assert.Equal("<stdin>", items[1].DisplayPath);
    }

    [Fact]
    public void AMissingPathFailsBeforeAnythingElse()
    {
        string good = Touch("good.txt");
        string missing = Path.Combine(_root, "nope.html");
        var e = Assert.Throws<TextLintException>(() => InputExpander.Expand([good, missing]));
        Assert.Equal($"{missing}: no such file or directory", e.Message);
    }

    [Fact]
    public void UnreadableSubfoldersAreSkippedWithoutCrashing()
    {
        Touch("site/ok.html");
        Touch("site/locked/secret.html");
        string locked = Path.Combine(_root, "site", "locked");
        if (OperatingSystem.IsWindows()) return; // Unix permissions are what this test is about
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var items = InputExpander.Expand([Path.Combine(_root, "site")]);
        // As root the folder stays readable; either way the walk finishes and lists the readable file.
        Assert.Contains(items, i => i.FilePath!.EndsWith("ok.html", StringComparison.Ordinal));
        bool canReadLocked = Environment.UserName == "root";
        Assert.Equal(canReadLocked, items.Any(i => i.FilePath!.EndsWith("secret.html", StringComparison.Ordinal)));
    }

    [Fact]
    public void EmptyInputsGiveNoItems() => Assert.Empty(InputExpander.Expand([]));
}
