namespace TextLint.Core.Segmentation;

/// <summary>
/// Where jieba.NET's data files are: the <c>Resources</c> folder that the build copies beside the
/// core assembly, unless the <c>TEXTLINT_JIEBA_DIR</c> environment variable names another folder.
/// </summary>
public static class JiebaResources
{
    /// <summary>The folder holding <c>dict.txt</c> and jieba's other files.</summary>
    public static string Directory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("TEXTLINT_JIEBA_DIR");
            if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
            return Path.Combine(AppContext.BaseDirectory, "Resources");
        }
    }
}
