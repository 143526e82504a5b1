namespace TextLint.Core.Findings;

/// <summary>How serious a finding is. Ordered so that a larger value is more serious.</summary>
public enum Severity
{
    /// <summary>Advice that is often fine in government text (e.g. 国家级 in 国家级自然保护区).</summary>
    Info = 0,
    /// <summary>Very likely wrong: common typos, non-standard terms.</summary>
    Warning = 1,
    /// <summary>Must be fixed before publishing: protected names, serious sensitive terms, leaked personal data.</summary>
    Error = 2,
}

/// <summary>Parsing and printing of <see cref="Severity"/> as the lower-case words used in files and output.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Parses <c>error|warning|info</c> (case-insensitive; <c>warn</c> and <c>err</c> accepted).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": case "err": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "information": case "note": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
