namespace TextLint.Cli;

/// <summary>What the CLI knows about where its output goes; decides colour, tables and line width.</summary>
/// <param name="StdoutIsTerminal">Standard output is an interactive terminal (not a file or pipe).</param>
/// <param name="NoColor"><c>NO_COLOR</c> is set to a non-empty value, or <c>TERM=dumb</c>.</param>
/// <param name="Width">Terminal width in columns (80 when unknown).</param>
internal sealed record TerminalInfo(bool StdoutIsTerminal, bool NoColor, int Width)
{
    /// <summary>Standard error is an interactive terminal (progress is drawn there).</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Not a terminal: plain output, no colour. Used by tests and embedders.</summary>
    public static TerminalInfo None { get; } = new(false, true, 80);

    /// <summary>Inspects the real console and environment.</summary>
    public static TerminalInfo Detect()
    {
        bool isTerminal = !Console.IsOutputRedirected;
        // https://no-color.org: any non-empty value disables colour.
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                       || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        int width = 80;
        if (isTerminal)
        {
            try { width = Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
            catch (IOException) { }
            catch (PlatformNotSupportedException) { }
        }
        return new TerminalInfo(isTerminal, noColor, width) { StderrIsTerminal = !Console.IsErrorRedirected };
    }

    /// <summary>Whether output written to standard output may carry ANSI colours.</summary>
    public bool UseColor => StdoutIsTerminal && !NoColor;
}
