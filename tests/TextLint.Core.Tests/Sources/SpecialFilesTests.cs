using System.Runtime.InteropServices;
using System.Text;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Sources;

/// <summary>
/// Named pipes and devices: a folder walk must not wait on one or read one forever, while a pipe
/// named on the command line (<c>textlint check &lt;(curl …)</c>) is read like a file.
/// </summary>
public sealed class SpecialFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("textlint-special-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    private string Fifo(string name)
    {
        string path = Path.Combine(_root, name);
        Assert.Equal(0, MakeFifo(path, 0b110_100_100));
        return path;
    }

    /// <summary>Runs <paramref name="read"/> on another thread and fails instead of hanging when it blocks.</summary>
    private static T WithinSeconds<T>(Func<T> read)
    {
        var task = Task.Run(read);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "reading blocked");
        return task.Result;
    }

    [Fact]
    public void A_walked_folder_reports_a_named_pipe_and_reads_the_rest()
    {
        if (OperatingSystem.IsWindows()) return; // no named pipes in the file system
        File.WriteAllText(Path.Combine(_root, "a.txt"), "再接再励");
        Fifo("b.txt");
        File.WriteAllText(Path.Combine(_root, "c.txt"), "北朝鲜");

        var documents = WithinSeconds(() => new FolderDocumentSource(_root, new SourceOptions()).Read().ToList());

        Assert.Equal(["a.txt", "b.txt", "c.txt"], documents.Select(d => Path.GetFileName(d.Path)));
        Assert.Equal("再接再励", Encoding.UTF8.GetString(documents[0].Bytes!));
        Assert.Equal("not a regular file (a named pipe, socket or device); skipped", documents[1].Error);
        Assert.Null(documents[2].Error);
    }

    [Fact]
    public void A_named_pipe_given_by_name_is_read_like_a_file()
    {
        if (OperatingSystem.IsWindows()) return;
        string pipe = Fifo("post.txt");
        var writer = Task.Run(() => File.WriteAllText(pipe, "北朝鲜"));

        var document = WithinSeconds(() => DocumentSources.Open([pipe], new SourceOptions()).Single().Read().Single());

        Assert.True(writer.Wait(TimeSpan.FromSeconds(30)));
        Assert.Null(document.Error);
        Assert.Equal("北朝鲜", Encoding.UTF8.GetString(document.Bytes!));
    }

    [Fact]
    public void A_device_that_never_ends_stops_at_the_entry_limit()
    {
        if (!File.Exists("/dev/zero")) return;
        var options = new SourceOptions { MaxEntryBytes = 1 << 20 };

        var document = WithinSeconds(() => DocumentSources.Open(["/dev/zero"], options).Single().Read().Single());

        Assert.Equal(LimitedReading.EntryTooLarge(1 << 20), document.Error);
    }
}
