using TextLint.Core.Findings;

namespace TextLint.Web;

/// <summary>
/// What a publishing system should do with a post:
/// <c>block</c> — at least one finding at or above the request's <c>failOn</c> (default <c>error</c>);
/// <c>review</c> — findings, all below <c>failOn</c> (with <c>failOn: none</c>, any finding);
/// <c>pass</c> — no finding at all.
/// </summary>
public static class Verdict
{
    /// <summary>No finding.</summary>
    public const string Pass = "pass";
    /// <summary>Findings, none at or above the threshold.</summary>
    public const string Review = "review";
    /// <summary>A finding at or above the threshold.</summary>
    public const string Block = "block";

    /// <summary>The verdict for <paramref name="findings"/> with threshold <paramref name="failOn"/> (null: nothing blocks).</summary>
    public static string Of(IReadOnlyList<Finding> findings, Severity? failOn)
    {
        if (findings.Count == 0) return Pass;
        if (failOn is { } least)
        {
            foreach (var finding in findings)
                if (finding.Severity >= least) return Block;
        }
        return Review;
    }
}
