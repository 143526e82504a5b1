// Invariant: a fingerprint depends only on the rule id, the document path, the matched text and the
// sentence of context around it, never on line, column or offset, so inserting or editing other lines
// and sentences (even the ones next to it) does not change it.
using System.Security.Cryptography;
using System.Text;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>Stable identities for findings, used by baselines (<c>--baseline</c>).</summary>
public static class Fingerprints
{
    /// <summary>The key of the fingerprint in SARIF <c>partialFingerprints</c>.</summary>
    public const string SarifKey = "textlint/v1";

    /// <summary>
    /// 32 lower-case hex digits: SHA-256 of (rule id, document path with '/' separators, matched text, and the
    /// sentence of the context that holds the match), truncated to 128 bits.
    /// </summary>
    public static string Of(string path, Finding finding) => Of(finding.RuleId, path, finding.Text, finding.Context);

    /// <summary>The fingerprint from its parts; see <see cref="Of(string, Finding)"/>.</summary>
    public static string Of(string ruleId, string path, string text, string context)
    {
        var builder = new StringBuilder(ruleId.Length + path.Length + text.Length + context.Length + 16);
        builder.Append("textlint/v1\0").Append(ruleId).Append('\0').Append(path.Replace('\\', '/')).Append('\0')
            .Append(text).Append('\0');
        builder.Append(SentenceOfMatch(context, text));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>
    /// The sentence of the context that holds the match (the occurrence nearest the middle): cut at
    /// sentence ends (。！？；!?;) and at whitespace, which is where the context had its line breaks.
    /// Edits to neighbouring sentences and lines therefore leave the fingerprint alone.
    /// </summary>
    internal static string SentenceOfMatch(string context, string text)
    {
        if (text.Length == 0 || !context.Contains(text, StringComparison.Ordinal)) return context;
        var (before, match, after) = HtmlReportWriter.Highlight(context, text);
        int start = before.AsSpan().LastIndexOfAny(Boundaries) + 1;
        int end = after.AsSpan().IndexOfAny(Boundaries);
        return before[start..] + match + (end < 0 ? after : after[..end]);
    }

    private static readonly System.Buffers.SearchValues<char> Boundaries =
        System.Buffers.SearchValues.Create("。！？；!?; \t\r\n\u3000\u00A0");
}
