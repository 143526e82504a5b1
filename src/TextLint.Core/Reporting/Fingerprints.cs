// Invariant: a fingerprint depends only on the rule id, the document path, the matched text and the
// context with whitespace removed, never on line, column or offset, so inserting lines above a
// finding (or re-wrapping the paragraph) does not change it.
using System.Security.Cryptography;
using System.Text;
using TextLint.Core.Findings;

namespace TextLint.Core.Reporting;

/// <summary>Stable identities for findings, used by baselines (<c>--baseline</c>).</summary>
public static class Fingerprints
{
    /// <summary>The key of the fingerprint in SARIF <c>partialFingerprints</c>.</summary>
    public const string SarifKey = "textlint/v1";

    /// <summary>32 lower-case hex digits: SHA-256 of (rule id, document path with '/' separators, matched text, context without whitespace), truncated to 128 bits.</summary>
    public static string Of(string path, Finding finding) => Of(finding.RuleId, path, finding.Text, finding.Context);

    /// <summary>The fingerprint from its parts; see <see cref="Of(string, Finding)"/>.</summary>
    public static string Of(string ruleId, string path, string text, string context)
    {
        var builder = new StringBuilder(ruleId.Length + path.Length + text.Length + context.Length + 16);
        builder.Append("textlint/v1\0").Append(ruleId).Append('\0').Append(path.Replace('\\', '/')).Append('\0')
            .Append(text).Append('\0');
        foreach (char c in context)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
