// Invariant: the generated pages depend only on the seed and the index, so every machine builds the
// same 10,000-page archive and figures from different runs compare like with like.
using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using TextLint.Core;

namespace TextLint.Benchmarks;

/// <summary>
/// Government-site pages for the audit benchmarks: a portal header with navigation, breadcrumbs, an
/// article of 20–40 paragraphs built from everyday official phrases, an attachment list and a footer —
/// about 3,000 characters of page source each — with an inspection-notice error planted in every
/// seventh page (and a second one in every 31st).
/// </summary>
public static class AuditPages
{
    /// <summary>Pages in the standard archive.</summary>
    public const int DefaultCount = 10_000;

    private static readonly string[] Phrases =
    [
        "为深入贯彻落实党中央、国务院决策部署", "进一步优化营商环境", "切实做好民生保障工作", "根据《中华人民共和国行政许可法》有关规定",
        "经市人民政府同意", "现将有关事项通知如下", "各区县人民政府、市政府各部门", "坚持以人民为中心的发展思想", "推动高质量发展",
        "加强组织领导，压实工作责任", "建立健全长效机制", "广泛宣传动员，营造良好氛围", "严格落实安全生产责任制", "做好防汛抗旱各项准备",
        "持续推进乡村振兴战略", "加快数字政府建设", "推进政务服务“一网通办”", "着力解决群众急难愁盼问题", "统筹疫情防控和经济社会发展",
        "加大财政资金支持力度", "规范行政执法行为", "提升基层治理能力", "推进生态环境保护", "强化督促检查，确保各项措施落到实处",
        "本通知自印发之日起施行", "请各单位结合实际认真贯彻执行", "联系电话：0451-12345678", "特此通知",
    ];

    private static readonly string[] Planted = ["再接再励", "中华人民共合国", "秸杆", "攻府", "扫黑险恶", "齐齐哈市", "既使", "按步就班"];

    private static readonly string[] Sections = ["政务公开", "通知公告", "政策文件", "政策解读", "新闻动态", "办事服务", "互动交流"];

    /// <summary>The page at <paramref name="index"/>.</summary>
    public static string Page(int index)
    {
        var random = new Random(20240501 + index);
        string section = Sections[index % Sections.Length];
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>关于做好第{index}批重点工作的通知_{section}_某某市人民政府</title>\n");
        html.Append("<meta name=\"description\" content=\"某某市人民政府门户网站\">\n<link rel=\"stylesheet\" href=\"/css/main.css\">\n");
        html.Append("<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement('script'); hm.src = '/js/stat.js'; })();</script>\n</head>\n<body>\n");
        html.Append("<div class=\"header\"><div class=\"logo\"><img src=\"/img/logo.png\" alt=\"某某市人民政府\"></div><ul class=\"nav\">");
        foreach (var s in Sections) html.Append("<li><a href=\"/").Append(s.Length).Append("/\">").Append(s).Append("</a></li>");
        html.Append("</ul></div>\n<div class=\"crumbs\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">").Append(section).Append("</a></div>\n");
        html.Append("<div class=\"article\">\n<h1>关于做好第").Append(index).Append("批重点工作的通知</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"info\"><span>发布时间：2023-{1 + index % 12:00}-{1 + index % 28:00}</span><span>来源：市政府办公室</span><span>浏览次数：<em id=\"hits\">{random.Next(100, 9999)}</em></span></div>\n");
        html.Append("<div class=\"content\" id=\"zoom\">\n");
        int paragraphs = random.Next(20, 41);
        for (int p = 0; p < paragraphs; p++)
        {
            html.Append("<p style=\"text-indent:2em\">");
            int sentences = random.Next(2, 5);
            for (int s = 0; s < sentences; s++)
            {
                html.Append(Phrases[random.Next(Phrases.Length)]);
                if (p == 3 && s == 0 && index % 7 == 0) html.Append("，要").Append(Planted[index / 7 % Planted.Length]);
                if (p == 9 && s == 1 && index % 31 == 0) html.Append("，").Append(Planted[(index / 31 + 3) % Planted.Length]);
                html.Append(s + 1 < sentences ? "，" : "。");
            }
            html.Append("</p>\n");
        }
        html.Append("</div>\n<div class=\"attachments\"><p>附件：<a href=\"/files/").Append(index).Append(".pdf\">实施方案.pdf</a></p></div>\n</div>\n");
        html.Append("<div class=\"footer\"><p>主办：某某市人民政府办公室　网站标识码：2301000001　<a href=\"http://beian.miit.gov.cn\">黑ICP备00000000号</a></p></div>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes <paramref name="count"/> pages as <c>site/NNNNN.html</c> into a tar.gz; returns the characters written.</summary>
    public static long WriteArchive(string path, int count = DefaultCount)
    {
        long characters = 0;
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        for (int i = 0; i < count; i++)
        {
            string page = Page(i);
            characters += page.Length;
            var entry = new PaxTarEntry(TarEntryType.RegularFile, $"www.example.gov.cn/zwgk/{i / 1000:00}/{i:00000}.html")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(page)),
            };
            tar.WriteEntry(entry);
        }
        return characters;
    }

    /// <summary>
    /// Single-thread throughput of HTML linting against AngleSharp parsing alone, on the same pages:
    /// each is run over the first <paramref name="pages"/> pages, after a warm-up, <paramref name="rounds"/> times;
    /// the best round counts (least disturbed by other processes on a shared machine).
    /// </summary>
    public static void CompareWithParser(int pages = 2000, int rounds = 5)
    {
        var sources = Enumerable.Range(0, pages).Select(Page).ToArray();
        long characters = sources.Sum(s => (long)s.Length);
        var linter = new Linter();
        var everyBlock = new Linter(new LinterOptions { ReuseRepeatedBlocks = false });
        var parser = new HtmlParser();
        linter.LintHtml(sources[0]); // load dictionaries and lexicon before timing
        double Best(Action<string> work)
        {
            foreach (var s in sources.Take(200)) work(s);
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                linter.ForgetRepeatedBlocks(); // each round a first sight of the pages
                var clock = Stopwatch.StartNew();
                foreach (var s in sources) work(s);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            return best;
        }
        double parse = Best(s => parser.ParseDocument(s).Dispose());
        double lint = Best(s => linter.LintHtml(s));
        double lintEvery = Best(s => everyBlock.LintHtml(s));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages} pages, {characters:N0} chars, best of {rounds} rounds, one thread\n" +
            $"AngleSharp parse only : {parse:0.000} s  {characters / parse / 1e6:0.00} M chars/s\n" +
            $"TextLint LintHtml     : {lint:0.000} s  {characters / lint / 1e6:0.00} M chars/s\n" +
            $"  linting every block : {lintEvery:0.000} s  {characters / lintEvery / 1e6:0.00} M chars/s (repeated blocks linted again)\n" +
            $"lint / parse throughput: {parse / lint * 100:0.0} % (every block: {parse / lintEvery * 100:0.0} %)"));
    }
}

/// <summary>BenchmarkDotNet form of <see cref="AuditPages.CompareWithParser"/>: 200 generated pages, linted vs parsed only.</summary>
[Config(typeof(ShortRunConfig))]
public class HtmlLintVsParseBenchmarks
{
    private string[] _pages = [];
    private Linter _linter = null!;
    private Linter _everyBlock = null!;
    private readonly HtmlParser _parser = new();

    [GlobalSetup]
    public void Setup()
    {
        _pages = Enumerable.Range(0, 200).Select(AuditPages.Page).ToArray();
        _linter = new Linter();
        _linter.LintHtml(_pages[0]);
        _everyBlock = new Linter(new LinterOptions { ReuseRepeatedBlocks = false });
        _everyBlock.LintHtml(_pages[0]);
    }

    [Benchmark(Baseline = true)]
    public void AngleSharpParseOnly()
    {
        foreach (var page in _pages) _parser.ParseDocument(page).Dispose();
    }

    [Benchmark]
    public int TextLintLintHtml()
    {
        _linter.ForgetRepeatedBlocks(); // each invocation a first sight of the pages
        int findings = 0;
        foreach (var page in _pages) findings += _linter.LintHtml(page).Count;
        return findings;
    }

    /// <summary>As <see cref="TextLintLintHtml"/>, linting every block again where the default takes a repeated block's findings from its first occurrence.</summary>
    [Benchmark]
    public int TextLintLintHtmlEveryBlock()
    {
        int findings = 0;
        foreach (var page in _pages) findings += _everyBlock.LintHtml(page).Count;
        return findings;
    }
}
