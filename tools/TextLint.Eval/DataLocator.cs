namespace TextLint.Eval;

/// <summary>Finds the evaluation data folder (<c>shared/eval</c>) without copying it anywhere.</summary>
public static class DataLocator
{
    /// <summary>Environment variable that names the data folder when <c>--data</c> is not given.</summary>
    public const string EnvironmentVariable = "TEXTLINT_EVAL_DATA";

    /// <summary>
    /// The data folder: <paramref name="explicitPath"/> when given, else <c>$TEXTLINT_EVAL_DATA</c>,
    /// else the first <c>shared/eval</c> found beside the current folder or one of its ancestors,
    /// then beside the tool's own folder or one of its ancestors (the repository usually sits next to
    /// <c>shared/</c>, e.g. <c>/work/wt/eval</c> and <c>/work/shared/eval</c>). Null when none exists.
    /// </summary>
    public static string? Locate(string? explicitPath, IEnumerable<string>? startFolders = null)
    {
        if (!string.IsNullOrEmpty(explicitPath)) return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        startFolders ??= [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (string start in startFolders)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "eval");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
