using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using TextLint.Core;
using TextLint.Core.Reporting;

namespace TextLint.Cli;

/// <summary>
/// The <c>textlint</c> command line. Exit codes: 0 no finding at or above <c>--fail-on</c>; 1 at
/// least one; 2 usage error, bad configuration, missing input, unwritable report, or every
/// document failed to lint. No linting logic lives here: it parses arguments, builds a
/// <see cref="Linter"/>, feeds it documents and hands results to a report writer.
/// </summary>
public static class Program
{
    /// <summary>Exit code when nothing at or above the threshold was found.</summary>
    public const int ExitClean = 0;
    /// <summary>Exit code when a finding at or above the threshold was found.</summary>
    public const int ExitFindings = 1;
    /// <summary>Exit code for usage errors and failures of the run itself.</summary>
    public const int ExitFailure = 2;

    /// <summary>Process entry point: runs against the real console.</summary>
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try { Console.OutputEncoding = utf8; } catch (IOException) { /* no console (e.g. a service): keep the default */ }
        // A buffered writer: the report writers flush after each document, Console.Out would flush after every write.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var stderr = Console.Error;
        int code = Run(args, Console.OpenStandardInput, stdout, stderr, TerminalInfo.Detect());
        stdout.Flush();
        return code;
    }

    /// <summary>Runs <c>textlint</c> with <paramref name="args"/>; standard input is read (as bytes) only when a path is <c>-</c>.</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, () => stdin, stdout, stderr, TerminalInfo.None);

    /// <summary>Runs <c>textlint</c> with <paramref name="args"/>, standard input given as text (encoded as UTF-8 when read).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin.ReadToEnd())), stdout, stderr, TerminalInfo.None);

    internal static int Run(string[] args, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, TerminalInfo terminal)
    {
        try
        {
            var root = BuildRootCommand(openStdin, stdout, stderr, terminal);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine($"textlint: {OneLine(error.Message)}");
                stderr.WriteLine("运行 textlint --help 查看用法 (see textlint --help).");
                return ExitFailure;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (TextLintException e)
        {
            stderr.WriteLine($"textlint: {OneLine(e.Message)}");
            return ExitFailure;
        }
        catch (Exception e)
        {
            // Last line of defence: the user gets one line, never a stack trace.
            stderr.WriteLine($"textlint: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitFailure;
        }
    }

    /// <summary>Squeezes a message onto one line: line breaks and tabs become single spaces.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static RootCommand BuildRootCommand(Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, TerminalInfo terminal)
    {
        var root = new RootCommand("TextLint：检查发布前的中文文本（错别字、敏感词、不规范用语、个人信息）。");
        // The built-in --version prints the informational version with a commit hash; ours prints "textlint 0.1.0".
        foreach (var option in root.Options.OfType<VersionOption>().ToList()) root.Options.Remove(option);
        var version = new Option<bool>("--version") { Description = "显示版本号 (show version)" };
        root.Options.Add(version);

        root.Subcommands.Add(CheckCommand.Create(openStdin, stdout, stderr, terminal));
        root.Subcommands.Add(RulesCommand.Create(stdout, terminal));
        root.Subcommands.Add(ServeCommand.Create(stderr));

        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                stdout.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
                stdout.Flush();
                return ExitClean;
            }
            // No command: show what there is, and fail like any other usage error.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return ExitFailure;
        });
        return root;
    }
}
