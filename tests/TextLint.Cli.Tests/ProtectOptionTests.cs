using TextLint.Core.Configuration;

namespace TextLint.Cli.Tests;

/// <summary>User protected phrase lists: <c>--protect FILE</c> and the config keys <c>protectedPhrases</c> / <c>protect</c>.</summary>
public sealed class ProtectOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-protect-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Protect_flag_reports_a_near_miss_of_the_users_name_as_an_error()
    {
        string names = Path.Combine(_folder, "names.txt");
        File.WriteAllText(names, "王建国\n");
        string post = Path.Combine(_folder, "post.txt");
        File.WriteAllText(post, "王健国同志到基层调研。\n");

        var (code, stdout, _) = CliTests.Run("check", "--protect", names, "--format", "json", post);

        Assert.Equal(1, code);
        Assert.Contains("\"王健国\"", stdout);
        Assert.Contains("\"王建国\"", stdout);
        Assert.Contains("typo.protected", stdout);
    }

    [Fact]
    public void Protect_flag_with_a_missing_file_fails_with_exit_code_2()
    {
        var (code, _, stderr) = CliTests.Run("check", "--protect", Path.Combine(_folder, "none.txt"), Path.Combine(_folder, "none.txt"));
        Assert.Equal(2, code);
        Assert.Contains("none.txt", stderr);
    }

    [Theory]
    [InlineData("protectedPhrases")]
    [InlineData("protect")]
    public void Config_keys_add_protected_phrase_files(string key)
    {
        File.WriteAllText(Path.Combine(_folder, "names.txt"), "王建国\n");
        string config = Path.Combine(_folder, "textlint.yml");
        File.WriteAllText(config, $"{key}: [names.txt]\n");

        var (options, _) = ConfigFile.Load(config);

        Assert.Equal([Path.Combine(_folder, "names.txt")], options.ProtectedPhraseFiles);
    }
}
