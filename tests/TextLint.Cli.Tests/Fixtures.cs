using TextLint.Core.Findings;
using TextLint.Core.Reporting;
using TextLint.Core.Rules;

namespace TextLint.Cli.Tests;

/// <summary>Hand-made results for formatter tests: the shapes the real linter produces, without it.</summary>
internal static class Fixtures
{
    public const string TypoSource = "我们要再接再励，争取更大成绩。\n第二行没有问题。\n";

    public static Finding TypoFinding() => new()
    {
        RuleId = "typo.common",
        Category = "typo",
        Severity = Severity.Warning,
        Message = "“再接再励”应为“再接再厉”",
        Text = "再接再励",
        Suggestions = ["再接再厉"],
        Offset = 3,
        Length = 4,
        Line = 1,
        Column = 4,
        Context = "我们要再接再励，争取更大成绩。",
    };

    public static DocumentResult TypoDocument(string path = "news/a.txt") => new()
    {
        Path = path,
        Encoding = "utf-8",
        Source = TypoSource,
        CharacterCount = TypoSource.Length,
        Findings = [TypoFinding()],
    };

    public static DocumentResult FailedDocument(string path = "news/bad.bin") => new()
    {
        Path = path,
        Error = "binary file, not text",
    };

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        new("typo.common", "typo", Severity.Warning, "常见错别字", "“{0}”应为“{1}”", "常见的错别字和误用词。", "再接再励 → 再接再厉"),
        new("sensitive.political", "sensitive", Severity.Error, "政治敏感词", "“{0}”为敏感表述", "严重的政治敏感表述。", ""),
        new("adlaw.superlative", "adlaw", Severity.Info, "广告法极限词", "“{0}”为广告法禁用的极限用语", "广告法禁止的绝对化用语。", "最佳 → 较好"),
    ];

    /// <summary>Runs documents through a writer the way the CLI does and returns what it wrote.</summary>
    public static string Render(string format, ReportWriterOptions? options, params DocumentResult[] documents)
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = ReportWriters.Create(format, output, options);
        var summary = new RunSummary();
        foreach (var document in documents)
        {
            summary.Add(document);
            writer.WriteDocument(document);
        }
        summary.Elapsed = TimeSpan.FromMilliseconds(42);
        writer.Complete(summary);
        return output.ToString();
    }
}
