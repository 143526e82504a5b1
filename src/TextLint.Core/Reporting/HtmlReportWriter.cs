// Invariant: the page is one self-contained file — inline CSS and script, no external URL of any kind —
// and every piece of document text in it (paths, titles, messages, context) is HTML-escaped.
using System.Globalization;
using System.Net;
using System.Text;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>
/// A report page for people to read, filter, print and pass on: a summary (totals, by severity, by
/// category, by rule, by site or folder), filter checkboxes for severity and category, then each document
/// with findings or an error, its findings in a table with the context (the found text highlighted) and
/// the suggestion. Documents without findings are only counted. Findings are spooled to a temporary file
/// as documents finish, so memory does not grow with the run; the page is assembled at the end.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter, IDisposable
{
    private readonly TextWriter _output;
    private readonly ReportWriterOptions _options;
    private readonly string _spoolPath;
    private readonly StreamWriter _spool;
    private readonly SortedDictionary<string, (int Documents, int Findings, int Errors)> _bySite = new(StringComparer.Ordinal);
    private int _documentIndex;

    /// <summary>Creates a writer on <paramref name="output"/>.</summary>
    public HtmlReportWriter(TextWriter output, ReportWriterOptions? options = null)
    {
        _output = output;
        _options = options ?? new ReportWriterOptions();
        _spoolPath = Path.Combine(Path.GetTempPath(), $"textlint-report-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        _spool = new StreamWriter(new FileStream(_spoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose),
            new UTF8Encoding(false));
    }

    /// <summary>The site or folder a document is grouped under: a URL's host, else the folder part of the path.</summary>
    public static string SiteOf(DocumentResult result)
    {
        if (result.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0) return uri.Host;
        string path = result.Path.Replace('\\', '/');
        int slash = path.LastIndexOf('/');
        return slash <= 0 ? "." : path[..slash];
    }

    /// <inheritdoc />
    public void WriteDocument(DocumentResult result)
    {
        string site = SiteOf(result);
        var counts = _bySite.GetValueOrDefault(site);
        _bySite[site] = (counts.Documents + 1, counts.Findings + result.Findings.Count, counts.Errors + (result.Error is null ? 0 : 1));
        if (result.Error is null && result.Findings.Count == 0) return;

        var w = _spool;
        int index = ++_documentIndex;
        w.Write($"<article class=\"doc{(result.Error is null ? "" : " failed")}\" id=\"d{index}\">\n<h3>");
        w.Write(E(result.Path));
        w.Write("</h3>\n");
        var facts = new List<string>();
        if (result.Title is not null) facts.Add($"<span>标题：{E(result.Title)}</span>");
        if (result.Url is not null && result.Url != result.Path) facts.Add($"<span>网址：{E(result.Url)}</span>");
        if (result.Metadata is not null)
        {
            if (result.Metadata.TryGetValue("account", out var account)) facts.Add($"<span>公众号：{E(account)}</span>");
            if (result.Metadata.TryGetValue("publishTime", out var time) || result.Metadata.TryGetValue("published", out time)) facts.Add($"<span>发布时间：{E(time)}</span>");
        }
        if (result.Encoding is not null) facts.Add($"<span>编码：{E(result.Encoding)}</span>");
        if (facts.Count > 0) w.Write($"<p class=\"facts\">{string.Join(" ", facts)}</p>\n");
        if (result.Error is not null)
        {
            w.Write($"<p class=\"error\">无法检查：{E(result.Error)}</p>\n");
        }
        if (result.CappedRules.Count > 0) w.Write($"<p class=\"capped\">{E(TextReportWriter.CappedNote(result))}</p>\n");
        if (result.Findings.Count > 0)
        {
            w.Write("<table class=\"findings\"><thead><tr><th>位置</th><th>级别</th><th>规则</th><th>问题</th><th>上下文</th><th>建议</th></tr></thead><tbody>\n");
            foreach (var f in result.Findings)
            {
                string severity = f.Severity.ToName();
                w.Write($"<tr class=\"finding sev-{severity}\" data-severity=\"{severity}\" data-category=\"{E(f.Category)}\">");
                string where = f.Part is "title" ? "标题 " : f.Part is "alt" ? "图片说明 " : f.Part is "meta" ? "摘要 " : "";
                w.Write($"<td class=\"pos\">{E(where)}{f.Line.ToString(CultureInfo.InvariantCulture)}:{f.Column.ToString(CultureInfo.InvariantCulture)}</td>");
                w.Write($"<td><span class=\"sev\">{SeverityLabel(f.Severity)}</span></td>");
                w.Write($"<td class=\"rule\">{E(f.RuleId)}</td>");
                w.Write($"<td>{E(f.Message)}</td>");
                var (before, match, after) = Highlight(f.Context, f.Text);
                w.Write($"<td class=\"ctx\">{E(before)}<mark>{E(match)}</mark>{E(after)}</td>");
                w.Write($"<td class=\"sug\">{(f.Suggestions.Count == 0 ? "—" : string.Join("、", f.Suggestions.Select(E)))}</td></tr>\n");
            }
            w.Write("</tbody></table>\n");
        }
        w.Write("</article>\n");
    }

    /// <inheritdoc />
    public void Complete(RunSummary summary)
    {
        _spool.Flush();
        var o = _output;
        o.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        o.Write("<title>TextLint 检查报告</title>\n<style>\n");
        o.Write(Css);
        o.Write("</style>\n</head>\n<body>\n<header>\n<h1>TextLint 检查报告</h1>\n");
        o.Write($"<p class=\"meta\">{E(ToolInfo.Name)} {E(_options.ToolVersion)} · 生成于 {E(DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture))}");
        if (summary.Cancelled) o.Write(" · <strong class=\"partial\">检查被中断，本报告不完整</strong>");
        o.Write("</p>\n</header>\n");

        o.Write("<section id=\"summary\">\n<h2>汇总</h2>\n<table class=\"totals\"><tbody>\n");
        Row(o, "文档", N(summary.Documents));
        Row(o, "无法检查", N(summary.FailedDocuments));
        Row(o, "字符", N(summary.Characters));
        Row(o, "问题", N(summary.Findings));
        if (summary.Suppressed > 0) Row(o, "基线中已记录（未列出）", N(summary.Suppressed));
        if (summary.TurnedOffByComments > 0) Row(o, "文档内注释关闭（未列出）", N(summary.TurnedOffByComments));
        if (summary.CappedDocuments > 0) Row(o, "部分规则达到结果上限的文档", N(summary.CappedDocuments));
        Row(o, "用时", string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalSeconds:0.00} 秒"));
        Row(o, "速度", string.Create(CultureInfo.InvariantCulture, $"{summary.CharactersPerSecond:#,0} 字/秒"));
        o.Write("</tbody></table>\n<div class=\"grid\">\n");

        Table(o, "by-severity", "按严重程度", "级别", [.. new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (SeverityLabel(s) + " " + s.ToName(), summary.BySeverity.GetValueOrDefault(s)))]);
        Table(o, "by-category", "按类别", "类别", [.. summary.ByCategory.Select(kv => (kv.Key, kv.Value))]);
        Table(o, "by-rule", "按规则", "规则", [.. summary.ByRule.Select(kv => (kv.Key, kv.Value))]);
        var sites = _bySite.OrderByDescending(kv => kv.Value.Findings).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        o.Write("<table id=\"by-site\"><caption>按站点/文件夹</caption><thead><tr><th>站点/文件夹</th><th>文档</th><th>问题</th><th>无法检查</th></tr></thead><tbody>\n");
        foreach (var (site, c) in sites.Take(200))
            o.Write($"<tr><td>{E(site)}</td><td class=\"n\">{N(c.Documents)}</td><td class=\"n\">{N(c.Findings)}</td><td class=\"n\">{N(c.Errors)}</td></tr>\n");
        if (sites.Count > 200) o.Write($"<tr><td colspan=\"4\">另有 {N(sites.Count - 200)} 个站点/文件夹</td></tr>\n");
        o.Write("</tbody></table>\n</div>\n</section>\n");

        o.Write("<section id=\"filters\" class=\"no-print\">\n<h2>筛选</h2>\n<fieldset id=\"filter-severity\"><legend>严重程度</legend>\n");
        foreach (var s in new[] { Severity.Error, Severity.Warning, Severity.Info })
            o.Write($"<label><input type=\"checkbox\" name=\"severity\" value=\"{s.ToName()}\" checked> {SeverityLabel(s)} ({N(summary.BySeverity.GetValueOrDefault(s))})</label>\n");
        o.Write("</fieldset>\n<fieldset id=\"filter-category\"><legend>类别</legend>\n");
        foreach (var (category, count) in summary.ByCategory)
            o.Write($"<label><input type=\"checkbox\" name=\"category\" value=\"{E(category)}\" checked> {E(category)} ({N(count)})</label>\n");
        o.Write("</fieldset>\n<fieldset><legend>其他</legend><label><input type=\"checkbox\" id=\"show-failed\" checked> 无法检查的文档</label></fieldset>\n");
        o.Write($"<p id=\"shown\">显示 <span id=\"shown-count\">{N(summary.Findings)}</span> / {N(summary.Findings)} 个问题</p>\n</section>\n");

        o.Write("<section id=\"documents\">\n<h2>文档</h2>\n");
        if (_documentIndex == 0) o.Write("<p class=\"empty\">没有发现问题。</p>\n");
        o.Flush();
        _spool.BaseStream.Position = 0;
        using (var reader = new StreamReader(_spool.BaseStream, Encoding.UTF8, false, 1 << 16, leaveOpen: true))
        {
            char[] buffer = new char[1 << 15];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) o.Write(buffer, 0, read);
        }
        o.Write("</section>\n<script>\n");
        o.Write(Script);
        o.Write("</script>\n</body>\n</html>\n");
        o.Flush();
        Dispose();
    }

    /// <summary>Deletes the spool file.</summary>
    public void Dispose() => _spool.Dispose();

    /// <summary>Splits the context at the occurrence of the found text nearest its middle (where the finding is); no match: all before.</summary>
    public static (string Before, string Match, string After) Highlight(string context, string text)
    {
        if (text.Length == 0 || context.Length == 0) return (context, "", "");
        int best = -1;
        double middle = (context.Length - text.Length) / 2.0;
        for (int at = context.IndexOf(text, StringComparison.Ordinal); at >= 0; at = context.IndexOf(text, at + 1, StringComparison.Ordinal))
            if (best < 0 || Math.Abs(at - middle) < Math.Abs(best - middle)) best = at;
        return best < 0 ? (context + " ", text, "") : (context[..best], text, context[(best + text.Length)..]);
    }

    private static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static void Row(TextWriter o, string name, string value) => o.Write($"<tr><th>{E(name)}</th><td class=\"n\">{E(value)}</td></tr>\n");

    private static void Table(TextWriter o, string id, string caption, string header, IReadOnlyList<(string Name, int Count)> rows)
    {
        o.Write($"<table id=\"{id}\"><caption>{E(caption)}</caption><thead><tr><th>{E(header)}</th><th>数量</th></tr></thead><tbody>\n");
        foreach (var (name, count) in rows) o.Write($"<tr><td>{E(name)}</td><td class=\"n\">{N(count)}</td></tr>\n");
        if (rows.Count == 0) o.Write("<tr><td colspan=\"2\">—</td></tr>\n");
        o.Write("</tbody></table>\n");
    }

    private static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #d0d5dd; --soft: #f2f4f7; }
        * { box-sizing: border-box; }
        body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; color: #101828; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin: .2rem 0; } h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 1.6rem; }
        h3 { font-size: 1rem; margin: 0 0 .3rem; word-break: break-all; }
        .meta { color: #475467; margin: 0; } .partial { color: var(--error); }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
        thead th, .totals th { background: var(--soft); }
        caption { text-align: left; font-weight: bold; padding: .2rem 0; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .totals { width: auto; min-width: 20rem; }
        .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1rem; }
        fieldset { display: inline-block; border: 1px solid var(--line); margin: 0 .6rem .4rem 0; padding: .2rem .6rem; }
        label { margin-right: .8rem; white-space: nowrap; cursor: pointer; }
        .doc { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .8rem 0; break-inside: avoid-page; }
        .doc.failed { border-left: 5px solid var(--error); }
        .facts span { margin-right: 1rem; color: #475467; font-size: .85rem; }
        .error { color: var(--error); margin: .2rem 0; }
        .capped { color: var(--warning); margin: .2rem 0; }
        .sev { font-weight: bold; white-space: nowrap; }
        .sev-error .sev { color: var(--error); } .sev-warning .sev { color: var(--warning); } .sev-info .sev { color: var(--info); }
        tr.sev-error td:first-child { border-left: 4px solid var(--error); } tr.sev-warning td:first-child { border-left: 4px solid var(--warning); } tr.sev-info td:first-child { border-left: 4px solid var(--info); }
        mark { background: #fde272; padding: 0 1px; font-weight: bold; }
        .sug { color: #067647; font-weight: bold; white-space: nowrap; }
        .pos, .rule { white-space: nowrap; font-family: ui-monospace, Consolas, monospace; font-size: .8rem; }
        [hidden] { display: none !important; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .no-print { display: none !important; }
          .doc { border: none; border-top: 1px solid #999; border-radius: 0; padding: .3rem 0; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          mark { background: none; border-bottom: 2px solid #000; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    private const string Script = """
        (function () {
          var boxes = document.querySelectorAll('#filters input[type=checkbox]');
          function apply() {
            var sev = {}, cat = {};
            document.querySelectorAll('input[name=severity]').forEach(function (b) { sev[b.value] = b.checked; });
            document.querySelectorAll('input[name=category]').forEach(function (b) { cat[b.value] = b.checked; });
            var showFailed = document.getElementById('show-failed').checked, shown = 0;
            document.querySelectorAll('article.doc').forEach(function (doc) {
              var visible = 0;
              doc.querySelectorAll('tr.finding').forEach(function (row) {
                var on = sev[row.dataset.severity] !== false && cat[row.dataset.category] !== false;
                row.hidden = !on;
                if (on) visible++;
              });
              shown += visible;
              doc.hidden = !(visible > 0 || (showFailed && doc.classList.contains('failed')));
            });
            document.getElementById('shown-count').textContent = shown.toLocaleString('en-US');
          }
          boxes.forEach(function (b) { b.addEventListener('change', apply); });
          apply();
        })();
        """;
}
