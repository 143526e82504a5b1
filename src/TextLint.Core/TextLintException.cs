namespace TextLint.Core;

/// <summary>
/// A problem with the user's input or configuration, with a one-line message fit to show as is
/// (it names the file and the problem). Never carries a stack trace to the user.
/// </summary>
public sealed class TextLintException(string message, Exception? inner = null) : Exception(message, inner);
