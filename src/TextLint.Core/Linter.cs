using TextLint.Core.Findings;
using TextLint.Core.Reporting;
using TextLint.Core.Rules;

namespace TextLint.Core;

/// <summary>
/// The façade: built once from <see cref="LinterOptions"/> (compiles every dictionary into one
/// automaton), then thread-safe and immutable.
/// </summary>
public sealed class Linter
{
    /// <summary>Builds a linter. Throws <see cref="TextLintException"/> when a user file is missing or malformed.</summary>
    public Linter(LinterOptions? options = null) => throw new NotImplementedException();

    /// <summary>Every rule this linter knows, with effective severities.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => throw new NotImplementedException();

    /// <summary>Lints plain text; offsets are into <paramref name="text"/>.</summary>
    public IReadOnlyList<Finding> Lint(string text) => throw new NotImplementedException();

    /// <summary>Lints an HTML page; offsets are into <paramref name="html"/> (the source, not extracted text).</summary>
    public IReadOnlyList<Finding> LintHtml(string html) => throw new NotImplementedException();

    /// <summary>Reads, decodes and lints one file; never throws for bad input — the problem is in <see cref="DocumentResult.Error"/>.</summary>
    public DocumentResult LintFile(string path) => throw new NotImplementedException();

    /// <summary>Decodes and lints bytes named <paramref name="path"/> (HTML when the name ends in .html/.htm/.shtml or the bytes look like HTML).</summary>
    public DocumentResult LintBytes(string path, byte[] bytes) => throw new NotImplementedException();
}
