using System.Reflection;

namespace TextLint.Core.Reporting;

/// <summary>The name and version reports give for the tool.</summary>
public static class ToolInfo
{
    /// <summary>Tool name as it appears in reports and on the command line.</summary>
    public const string Name = "textlint";

    /// <summary>Version of <c>TextLint.Core</c> (informational version without the source-control suffix), e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                          ?? assembly.GetName().Version?.ToString(3);
        if (string.IsNullOrEmpty(version)) return "0.0.0";
        // The SDK appends "+<commit sha>"; reports are compared across builds, so keep only the release number.
        int plus = version.IndexOf('+');
        return plus >= 0 ? version[..plus] : version;
    }
}
