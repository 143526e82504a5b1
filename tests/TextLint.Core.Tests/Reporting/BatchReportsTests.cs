using System.Text;
using System.Text.Json;
using TextLint.Core.Findings;
using TextLint.Core.Reporting;

namespace TextLint.Core.Tests.Reporting;

/// <summary>CSV, JSON Lines and HTML reports; fingerprints and baselines.</summary>
public class BatchReportsTests
{
    private static Finding Typo(string text = "再接再励", string context = "我们要再接再励，争取更大成绩。", int line = 1) => new()
    {
        RuleId = "typo.common", Category = "typo", Severity = Severity.Warning, Message = $"“{text}”应为“再接再厉”",
        Text = text, Suggestions = ["再接再厉"], Offset = 3, Length = 4, Line = line, Column = 4, Context = context,
    };

    private static Finding Sensitive(string text) => new()
    {
        RuleId = "sensitive.political", Category = "sensitive", Severity = Severity.Error, Message = $"“{text}”为敏感表述",
        Text = text, Offset = 0, Length = text.Length, Line = 2, Column = 1, Context = text,
    };

    private static string Render(Func<TextWriter, IReportWriter> create, params DocumentResult[] documents)
    {
        var output = new StringWriter();
        var writer = create(output);
        var summary = new RunSummary();
        foreach (var d in documents) { summary.Add(d); writer.WriteDocument(d); }
        summary.Elapsed = TimeSpan.FromSeconds(2);
        writer.Complete(summary);
        return output.ToString();
    }

    [Fact]
    public void Csv_starts_with_a_bom_quotes_per_rfc_4180_and_defuses_formulas()
    {
        var document = new DocumentResult
        {
            Path = "news/a,b.txt", Title = "=HYPERLINK(\"x\")", Url = "http://a.cn/1",
            Findings = [Typo(context: "他说：\"再接再励\"\n下一行")],
        };
        var failed = new DocumentResult { Path = "-bad.html", Error = "binary file, not text" };

        string csv = Render(w => new CsvReportWriter(w), document, failed);

        Assert.StartsWith("\uFEFFpath,url,title,line,column,severity,category,rule,text,suggestion,message,context,error,fingerprint\r\n", csv);
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length); // header, the finding (its quoted context keeps its bare \n), the error
        Assert.StartsWith("\"news/a,b.txt\",http://a.cn/1,\"'=HYPERLINK(\"\"x\"\")\",1,4,warning,typo,typo.common,再接再励,再接再厉,“再接再励”应为“再接再厉”,\"他说：\"\"再接再励\"\"\n下一行\",,", rows[1]);
        Assert.Equal("'-bad.html,,,,,,,,,,,,\"binary file, not text\",", rows[2]);
    }

    [Fact]
    public void Jsonl_writes_one_object_per_finding_then_errors_and_a_closing_summary()
    {
        var document = new DocumentResult { Path = "a.txt", Findings = [Typo(), Sensitive("某词")] };
        var failed = new DocumentResult { Path = "b.bin", Error = "binary file, not text" };

        string jsonl = Render(w => new JsonlReportWriter(w), document, failed);

        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["finding", "finding", "error", "summary"], lines.Select(l => l.GetProperty("type").GetString()));
        Assert.Equal("a.txt", lines[0].GetProperty("path").GetString());
        Assert.Equal("再接再励", lines[0].GetProperty("text").GetString());
        Assert.Equal(Fingerprints.Of("a.txt", Typo()), lines[0].GetProperty("fingerprint").GetString());
        Assert.Equal("binary file, not text", lines[2].GetProperty("error").GetString());
        Assert.Equal(2, lines[3].GetProperty("documents").GetInt32());
        Assert.Equal(1, lines[3].GetProperty("bySeverity").GetProperty("error").GetInt32());
        Assert.Contains("\"text\":\"再接再励\"", jsonl); // Chinese as UTF-8, not \u escapes
    }

    [Fact]
    public void Html_is_self_contained_escaped_and_highlights_the_finding_in_its_context()
    {
        var document = new DocumentResult
        {
            Path = "news/<script>alert(1)</script>.html", Url = "http://www.example.gov.cn/a.html",
            Findings = [Typo(context: "<b>我们要再接再励</b>")],
        };

        string html = Render(w => new HtmlReportWriter(w), document, new DocumentResult { Path = "news/ok.txt" });

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("news/&lt;script&gt;alert(1)&lt;/script&gt;.html", html);
        Assert.Contains("&lt;b&gt;我们要<mark>再接再励</mark>&lt;/b&gt;", html);
        Assert.Contains("data-severity=\"warning\" data-category=\"typo\"", html);
        Assert.Contains("@media print", html);
        Assert.Contains("<td>www.example.gov.cn</td>", html);
        foreach (var external in new[] { "src=\"http", "href=\"http", "@import", "url(" })
            Assert.DoesNotContain(external, html);
    }

    [Fact]
    public void Html_and_summary_reports_say_which_rules_of_a_document_reached_their_limit()
    {
        var capped = new DocumentResult { Path = "dump.txt", Findings = [Typo(), Typo()], CappedRules = ["typo.common"] };

        string html = Render(w => new HtmlReportWriter(w), capped);
        string summary = Render(w => new SummaryReportWriter(w), capped);

        Assert.Contains("<p class=\"capped\">规则 typo.common（列出 2 处）在此文件达到结果上限，其后未再检查；可用 --max-findings-per-rule 调整</p>", html);
        Assert.Contains("<tr><th>部分规则达到结果上限的文档</th>", html);
        Assert.Contains("已检查（部分规则达到结果上限）", summary);
        Assert.Contains("，1 个文件的部分规则达到结果上限", summary);
    }

    [Theory]
    [InlineData("我们要再接再励", "再接再励", "我们要", "")]
    [InlineData("再接再励，再接再励，再接再励", "再接再励", "再接再励，", "，再接再励")]
    [InlineData("上下文里没有", "再接再励", "上下文里没有 ", "")]
    public void Highlight_picks_the_occurrence_nearest_the_middle(string context, string text, string before, string after)
    {
        var (b, m, a) = HtmlReportWriter.Highlight(context, text);
        Assert.Equal((before, text, after), (b, m, a));
    }

    [Fact]
    public void Fingerprints_ignore_line_moves_and_whitespace_but_not_the_document_or_text()
    {
        string original = Fingerprints.Of("a.txt", Typo(line: 1));
        Assert.Equal(original, Fingerprints.Of("a.txt", Typo(line: 40) with { Offset = 900, Column = 7 }));
        Assert.Equal(original, Fingerprints.Of("a.txt", Typo(context: "前一句改了。我们要再接再励，争取更大成绩。后面也改了")));
        // Line breaks show as spaces in the context: the next line is another sentence.
        Assert.Equal(Fingerprints.Of("a.txt", Typo(context: "我们要再接再励。")), Fingerprints.Of("a.txt", Typo(context: "上一行新加的 我们要再接再励。 下一行")));
        Assert.NotEqual(original, Fingerprints.Of("b.txt", Typo()));
        Assert.NotEqual(original, Fingerprints.Of("a.txt", Typo(context: "他们要再接再励，争取更大成绩。")));
        Assert.Equal("再接再励，争取", Fingerprints.SentenceOfMatch("我们要 再接再励，争取 更大成绩。", "再接再励"));
        Assert.Matches("^[0-9a-f]{32}$", original);
    }

    [Fact]
    public void A_baseline_from_a_json_report_suppresses_each_recorded_finding_once()
    {
        var before = new DocumentResult { Path = "a.txt", Findings = [Typo()] };
        string report = Render(w => new JsonReportWriter(w), before);
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, report);
            var baseline = Baseline.Load(file);
            Assert.Equal(1, baseline.RecordedCount);

            // The old finding moved down a line, a second copy of it and a new one appeared.
            var now = new DocumentResult { Path = "a.txt", Findings = [Typo(line: 5), Typo(line: 9), Sensitive("某词")] };
            var kept = baseline.Apply(now);

            Assert.Equal(1, kept.SuppressedFindings);
            Assert.Equal([9, 2], kept.Findings.Select(f => f.Line));
            var summary = new RunSummary();
            summary.Add(kept);
            Assert.Equal((2, 1), (summary.Findings, summary.Suppressed));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_baseline_from_sarif_reads_the_partial_fingerprints()
    {
        string sarif = Render(w => new SarifReportWriter(w), new DocumentResult { Path = "a.txt", Source = "我们要再接再励，争取更大成绩。", Findings = [Typo()] });
        Assert.Contains($"\"{Fingerprints.SarifKey}\": \"{Fingerprints.Of("a.txt", Typo())}\"", sarif);
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, sarif);
            var kept = Baseline.Load(file).Apply(new DocumentResult { Path = "a.txt", Findings = [Typo()] });
            Assert.Empty(kept.Findings);
            Assert.Equal(1, kept.SuppressedFindings);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_baseline_that_is_not_a_report_is_an_error()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "[1,2,3]");
            var e = Assert.Throws<TextLintException>(() => Baseline.Load(file));
            Assert.Contains("not a textlint JSON report or a SARIF log", e.Message);
        }
        finally { File.Delete(file); }
    }
}
