using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Findings;

namespace TextLint.Cli.Tests.Configuration;

public sealed class ConfigFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Reads_every_key()
    {
        Write("lists/terms.txt", "红黄蓝码\n");
        Write("lists/allow.txt", "国家级自然保护区\n");
        string config = Write("textlint.yml", """
            rules:
              typo.common: error
              adlaw: off
              sensitive.minor: info
            dictionaries: [lists/terms.txt]
            allow:
              - lists/allow.txt
            allowPhrases: [国家级自然保护区, 最美家庭]
            only: [typo, sensitive]
            failOn: warning
            defaultDictionaries: false
            """);

        var (options, failOn) = ConfigFile.Load(config);

        Assert.Equal(Severity.Error, options.RuleSeverities["typo.common"]);
        Assert.True(options.RuleSeverities.ContainsKey("adlaw"));
        Assert.Null(options.RuleSeverities["adlaw"]);
        Assert.Equal(Severity.Info, options.RuleSeverities["sensitive.minor"]);
        Assert.Equal([Path.Combine(_folder, "lists", "terms.txt")], options.UserDictionaryFiles);
        Assert.Equal([Path.Combine(_folder, "lists", "allow.txt")], options.AllowlistFiles);
        Assert.Equal(["国家级自然保护区", "最美家庭"], options.AllowedPhrases);
        Assert.Equal(["typo", "sensitive"], options.OnlyRulePrefixes);
        Assert.Equal(FailOn.Warning, failOn);
        Assert.False(options.UseDefaultDictionaries);
    }

    [Fact]
    public void Empty_file_gives_defaults()
    {
        var (options, failOn) = ConfigFile.Load(Write("empty.yml", "# nothing here\n"));

        Assert.True(options.UseDefaultDictionaries);
        Assert.Empty(options.RuleSeverities);
        Assert.Null(failOn);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_config_folder_not_the_current_one()
    {
        Write("sub/terms.txt", "词\n");
        string config = Write("sub/textlint.yml", "dictionaries: [terms.txt]\n");

        var (options, _) = ConfigFile.Load(config);

        Assert.Equal(Path.Combine(_folder, "sub", "terms.txt"), Assert.Single(options.UserDictionaryFiles));
    }

    [Fact]
    public void Only_accepts_a_comma_separated_string()
    {
        var (options, _) = ConfigFile.Parse("only: typo, privacy\n", "c.yml", _folder);

        Assert.Equal(["typo", "privacy"], options.OnlyRulePrefixes);
    }

    [Theory]
    [InlineData("colour: red\n", "c.yml:1:1: unknown key 'colour' (expected one of: rules, dictionaries, allow, allowPhrases, protectedPhrases, protect, only, failOn, defaultDictionaries, inlineDisable, maxFindingsPerRule)")]
    [InlineData("rules:\n  typo.common: loud\n", "c.yml:2:16: rules.typo.common: 'loud' is not one of error, warning, info, off")]
    [InlineData("failOn: sometimes\n", "c.yml:1:9: failOn: 'sometimes' is not one of error, warning, info, none")]
    [InlineData("defaultDictionaries: maybe\n", "c.yml:1:22: defaultDictionaries: 'maybe' is not true or false")]
    [InlineData("dictionaries: [missing.txt]\n", "c.yml:1:16: dictionaries: file not found: missing.txt")]
    [InlineData("rules: [typo]\n", "c.yml:1:8: rules: expected a mapping of rule id or prefix to error, warning, info or off")]
    [InlineData("- just\n- a list\n", "c.yml:1:1: expected a mapping of settings (key: value) at the top level")]
    [InlineData("rules:\n  \"typo common\": error\n", "c.yml:2:3: rules: 'typo common' is not a rule id or prefix (letters, digits, '.', '-', '_')")]
    [InlineData("failOn: [error]\n", "c.yml:1:9: failOn: expected a single value, not a list or mapping")]
    public void Bad_config_names_file_line_and_key(string yaml, string expected)
    {
        var e = Assert.Throws<TextLintException>(() => ConfigFile.Parse(yaml, "c.yml", _folder));

        Assert.Equal(expected, e.Message);
    }

    [Fact]
    public void Invalid_yaml_names_file_and_line()
    {
        var e = Assert.Throws<TextLintException>(() => ConfigFile.Parse("rules:\n  typo: [error\n", "c.yml", _folder));

        Assert.StartsWith("c.yml:", e.Message);
        Assert.Contains("invalid YAML", e.Message);
    }

    [Fact]
    public void Missing_config_file_is_reported_like_a_missing_input()
    {
        string path = Path.Combine(_folder, "nope.yml");

        var e = Assert.Throws<TextLintException>(() => ConfigFile.Load(path));

        Assert.Equal($"{path}: no such file or directory", e.Message);
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8-bom")]
    public void A_config_saved_by_a_windows_editor_keeps_its_chinese_phrases(string encoding)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string yaml = "# 本单位配置\nallowPhrases: [国家级自然保护区, 最佳实践]\nfailOn: warning\n";
        byte[] bytes = encoding == "gb18030"
            ? System.Text.Encoding.GetEncoding("gb18030").GetBytes(yaml)
            : [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(yaml)];
        string path = Path.Combine(_folder, "textlint.yml");
        File.WriteAllBytes(path, bytes);

        var (options, failOn) = ConfigFile.Load(path);

        Assert.Equal(["国家级自然保护区", "最佳实践"], options.AllowedPhrases);
        Assert.Equal(FailOn.Warning, failOn);
    }

    [Fact]
    public void Discover_takes_the_nearest_folder_and_prefers_the_plain_name()
    {
        string root = Directory.CreateTempSubdirectory("textlint-discover-").FullName;
        try
        {
            string inner = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
            File.WriteAllText(Path.Combine(root, "textlint.yml"), "");
            Assert.Equal(Path.Combine(root, "textlint.yml"), ConfigFile.Discover(inner));

            File.WriteAllText(Path.Combine(root, "a", ".textlint.yml"), "");
            File.WriteAllText(Path.Combine(root, "a", "textlint.yaml"), "");
            Assert.Equal(Path.Combine(root, "a", "textlint.yaml"), ConfigFile.Discover(inner));

            Directory.CreateDirectory(Path.Combine(inner, "textlint.yml")); // a folder of that name is no configuration
            Assert.Equal(Path.Combine(root, "a", "textlint.yaml"), ConfigFile.Discover(inner));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
