// Invariant: recognising a WeChat page and reading its metadata are cheap scans of the source (no
// second parse); what cannot be found is left out, never guessed.
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace TextLint.Core.Extraction;

/// <summary>
/// WeChat official-account article pages (mp.weixin.qq.com) as saved by browsers and crawlers. The
/// <see cref="HtmlExtractor"/> reads only the article body <c>#js_content</c> (whose inline
/// <c>visibility:hidden</c> is lifted by scripts in a browser, so it is ignored) and takes the title
/// from <c>og:title</c>, else from <c>.rich_media_title</c>; this class recognises such pages and reads
/// their metadata: title, account name and publish time.
/// </summary>
public static partial class WeChatArticle
{
    /// <summary>Whether the source looks like a WeChat article page: a <c>js_content</c> id plus a <c>rich_media</c> class or a weixin address.</summary>
    public static bool LooksLikeArticle(string source) =>
        source.Contains("js_content", StringComparison.Ordinal)
        && (source.Contains("rich_media", StringComparison.Ordinal) || source.Contains("mp.weixin.qq.com", StringComparison.Ordinal));

    /// <summary>
    /// The article's <c>title</c>, <c>account</c> (the official account's name) and <c>publishTime</c>
    /// (as shown on the page, or from the page's <c>ct</c> Unix time as ISO 8601 in China time), and
    /// <c>author</c> when given; empty when the source is not a WeChat article.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadMetadata(string source)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!LooksLikeArticle(source)) return metadata;
        string? title = FirstGroup(source, OgTitle()) ?? FirstGroup(source, RichMediaTitle());
        if (title is not null) metadata["title"] = title;
        string? account = FirstGroup(source, JsName()) ?? FirstGroup(source, ProfileNickname()) ?? FirstGroup(source, NicknameVar());
        if (account is not null) metadata["account"] = account;
        string? published = FirstGroup(source, PublishTimeElement()) ?? FirstGroup(source, PublishTimeVar());
        if (published is null && CtVar().Match(source) is { Success: true } ct
            && long.TryParse(ct.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            published = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        if (published is not null) metadata["publishTime"] = published;
        string? author = FirstGroup(source, OgAuthor());
        if (author is not null) metadata["author"] = author;
        return metadata;
    }

    private static string? FirstGroup(string source, Regex regex)
    {
        var match = regex.Match(source);
        if (!match.Success) return null;
        string raw = match.Groups.Cast<Group>().Skip(1).FirstOrDefault(g => g.Success)?.Value ?? "";
        string value = WebUtility.HtmlDecode(Regex.Replace(raw, "<[^>]*>", "")).Trim();
        value = Regex.Replace(value, @"\s+", " ");
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex("""<meta\s[^>]*property\s*=\s*["']og:title["'][^>]*content\s*=\s*"([^"]*)"|<meta\s[^>]*content\s*=\s*"([^"]*)"[^>]*property\s*=\s*["']og:title["']""", RegexOptions.IgnoreCase)]
    private static partial Regex OgTitle();
    [GeneratedRegex("""<meta\s[^>]*property\s*=\s*["']og:article:author["'][^>]*content\s*=\s*"([^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex OgAuthor();
    [GeneratedRegex("""<h[12][^>]*class\s*=\s*["'][^"']*rich_media_title[^"']*["'][^>]*>([\s\S]{0,500}?)</h[12]>""", RegexOptions.IgnoreCase)]
    private static partial Regex RichMediaTitle();
    [GeneratedRegex("""<(?:a|strong|span)\b[^>]*id\s*=\s*["']js_name["'][^>]*>([\s\S]{0,300}?)</(?:a|strong|span)>""", RegexOptions.IgnoreCase)]
    private static partial Regex JsName();
    [GeneratedRegex("""class\s*=\s*["'][^"']*profile_nickname[^"']*["'][^>]*>([^<]{1,100})<""", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileNickname();
    [GeneratedRegex("""var\s+nickname\s*=\s*(?:htmlDecode\()?\s*["']([^"']{1,100})["']""")]
    private static partial Regex NicknameVar();
    [GeneratedRegex("""<em\b[^>]*id\s*=\s*["']publish_time["'][^>]*>([^<]{1,60})</em>""", RegexOptions.IgnoreCase)]
    private static partial Regex PublishTimeElement();
    [GeneratedRegex("""var\s+publish_time\s*=\s*["']([^"']{1,60})["']""")]
    private static partial Regex PublishTimeVar();
    [GeneratedRegex("""var\s+ct\s*=\s*["'](\d{9,11})["']""")]
    private static partial Regex CtVar();
}
