using System.Text;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

public sealed class SourceReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "textlint-reader-" + Guid.NewGuid().ToString("N"));

    public SourceReaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ReadsFiles()
    {
        string path = Path.Combine(_root, "a.txt");
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Equal([1, 2, 3], SourceReader.ReadAllBytes(SourceItem.ForFile("a.txt", path)));
    }

    [Fact]
    public void ReadsStdinToTheEnd()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("中华人民共和国");
        Assert.Equal(bytes, SourceReader.ReadAllBytes(SourceItem.Stdin, new MemoryStream(bytes)));
    }

    [Fact]
    public void ErrorsAreOneLineAndNameTheFile()
    {
        var missing = Assert.Throws<TextLintException>(() => SourceReader.ReadAllBytes(SourceItem.ForFile("gone.txt", Path.Combine(_root, "gone.txt"))));
        Assert.Equal("gone.txt: no such file or directory", missing.Message);
        var directory = Assert.Throws<TextLintException>(() => SourceReader.ReadAllBytes(SourceItem.ForFile("dir", _root)));
        Assert.Equal("dir: is a directory", directory.Message);
    }

    [Fact]
    public void PermissionDeniedIsReported()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root reads everything; nothing to observe
        string path = Path.Combine(_root, "locked.txt");
        File.WriteAllText(path, "x");
        File.SetUnixFileMode(path, UnixFileMode.None);
        var e = Assert.Throws<TextLintException>(() => SourceReader.ReadAllBytes(SourceItem.ForFile("locked.txt", path)));
        Assert.Equal("locked.txt: permission denied", e.Message);
    }
}
