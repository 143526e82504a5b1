using TextLint.Core.Findings;

namespace TextLint.Core.Configuration;

/// <summary>The least severe finding that makes a run fail (exit code 1), or <see cref="None"/> to never fail on findings.</summary>
public enum FailOn
{
    /// <summary>Fail when there is an error (the default).</summary>
    Error,
    /// <summary>Fail on warnings and errors.</summary>
    Warning,
    /// <summary>Fail on any finding.</summary>
    Info,
    /// <summary>Never fail because of findings.</summary>
    None,
}

/// <summary>Parsing of <see cref="FailOn"/> and its threshold severity.</summary>
public static class FailOnNames
{
    /// <summary>The words accepted by <see cref="TryParse"/>, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["error", "warning", "info", "none"];

    /// <summary>Parses <c>error|warning|info|none</c> (case-insensitive; the severity synonyms <see cref="SeverityNames.TryParse"/> accepts work too).</summary>
    public static bool TryParse(string? text, out FailOn failOn)
    {
        if (string.Equals(text?.Trim(), "none", StringComparison.OrdinalIgnoreCase)) { failOn = FailOn.None; return true; }
        if (SeverityNames.TryParse(text, out var severity))
        {
            failOn = severity switch { Severity.Error => FailOn.Error, Severity.Warning => FailOn.Warning, _ => FailOn.Info };
            return true;
        }
        failOn = FailOn.Error;
        return false;
    }

    /// <summary>The least severe finding that fails the run, or null for <see cref="FailOn.None"/>.</summary>
    public static Severity? Threshold(this FailOn failOn) => failOn switch
    {
        FailOn.Error => Severity.Error,
        FailOn.Warning => Severity.Warning,
        FailOn.Info => Severity.Info,
        _ => null,
    };
}
