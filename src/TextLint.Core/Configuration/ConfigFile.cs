using System.Text.RegularExpressions;
using TextLint.Core.Decoding;
using TextLint.Core.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TextLint.Core.Configuration;

/// <summary>
/// Reads a YAML configuration file into <see cref="LinterOptions"/>:
/// <code>
/// rules:                     # rule id or id prefix → error | warning | info | off
///   typo.common: error
///   adlaw: off
/// dictionaries: [our-terms.txt]      # user term lists (rule id "user")
/// allow: [allow.txt]                 # allowlist files
/// allowPhrases: [国家级自然保护区]    # allowed phrases given inline
/// protectedPhrases: [names.txt]      # user protected phrase lists (also: protect)
/// only: [typo, sensitive]            # report only rules with these id prefixes
/// failOn: warning                    # error | warning | info | none
/// defaultDictionaries: true          # load the built-in lists
/// inlineDisable: true                # honour the documents' textlint-disable comments
/// maxFindingsPerRule: 1000           # most findings per rule and document (0: no limit)
/// </code>
/// Every key is optional. Relative file paths are resolved against the folder holding the
/// configuration file, and must exist. An unknown key, a value of the wrong kind or a missing
/// file is a <see cref="TextLintException"/> whose message starts with <c>file:line:column:</c>
/// and names the key.
/// </summary>
public static partial class ConfigFile
{
    /// <summary>The keys a configuration file may contain.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["rules", "dictionaries", "allow", "allowPhrases", "protectedPhrases", "protect", "only", "failOn", "defaultDictionaries", "inlineDisable", "maxFindingsPerRule"];

    /// <summary>The names a configuration file is found under when none is given, in order of preference.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["textlint.yml", "textlint.yaml", ".textlint.yml", ".textlint.yaml"];

    /// <summary>
    /// The configuration that applies in <paramref name="folder"/>: the first of <see cref="FileNames"/> found
    /// there or in the nearest folder above it, as ESLint, Prettier and JavaScript textlint find theirs; null
    /// when there is none up to the root.
    /// </summary>
    public static string? Discover(string folder)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory is not null; directory = directory.Parent)
        {
            foreach (string name in FileNames)
            {
                string candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Reads and parses the file at <paramref name="path"/>, decoded as documents are (a file saved as
    /// GB18030 keeps its Chinese phrases). Throws <see cref="TextLintException"/> when it is missing,
    /// unreadable, not text or invalid.
    /// </summary>
    public static (LinterOptions Options, FailOn? FailOn) Load(string path)
    {
        string text = TextDecoder.ReadTextFile(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
        return Parse(text, path, directory);
    }

    /// <summary>
    /// Parses configuration text. <paramref name="displayPath"/> names the file in error messages;
    /// relative paths in the text are resolved against <paramref name="baseDirectory"/>.
    /// </summary>
    public static (LinterOptions Options, FailOn? FailOn) Parse(string yaml, string displayPath, string baseDirectory)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            string reason = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new TextLintException($"{displayPath}:{e.Start.Line}:{e.Start.Column}: invalid YAML: {StripMark(reason)}", e);
        }

        var options = new LinterOptions();
        FailOn? failOn = null;
        if (stream.Documents.Count == 0) return (options, failOn);
        if (stream.Documents.Count > 1)
            throw Error(displayPath, stream.Documents[1].RootNode, "only one YAML document is allowed");

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" }) return (options, failOn);
        if (root is not YamlMappingNode mapping)
            throw Error(displayPath, root, "expected a mapping of settings (key: value) at the top level");

        var context = new Reader(displayPath, baseDirectory);
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "rules":
                    context.ReadRules(value, options.RuleSeverities);
                    break;
                case "dictionaries":
                    options.UserDictionaryFiles.AddRange(context.ReadFiles(key, value));
                    break;
                case "allow":
                    options.AllowlistFiles.AddRange(context.ReadFiles(key, value));
                    break;
                case "protectedPhrases":
                case "protect":
                    options.ProtectedPhraseFiles.AddRange(context.ReadFiles(key, value));
                    break;
                case "allowPhrases":
                    options.AllowedPhrases.AddRange(context.ReadList(key, value, splitCommas: false));
                    break;
                case "only":
                    options.OnlyRulePrefixes.AddRange(context.ReadList(key, value, splitCommas: true).Select(prefix => context.CheckRuleId(key, value, prefix)));
                    break;
                case "failOn":
                    string failText = context.ReadScalar(key, value);
                    if (!FailOnNames.TryParse(failText, out var parsed))
                        throw Error(displayPath, value, $"failOn: '{failText}' is not one of {string.Join(", ", FailOnNames.Names)}");
                    failOn = parsed;
                    break;
                case "defaultDictionaries":
                    options.UseDefaultDictionaries = context.ReadBoolean(key, value);
                    break;
                case "inlineDisable":
                    options.InlineDirectives = context.ReadBoolean(key, value);
                    break;
                case "maxFindingsPerRule":
                    string limitText = context.ReadScalar(key, value).Trim();
                    if (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int limit))
                        throw Error(displayPath, value, $"maxFindingsPerRule: '{limitText}' is not a whole number (0: no limit)");
                    options.MaxFindingsPerRule = limit;
                    break;
                default:
                    throw Error(displayPath, keyNode, $"unknown key '{key}' (expected one of: {string.Join(", ", Keys)})");
            }
        }
        return (options, failOn);
    }

    private static TextLintException Error(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}:{node.Start.Column}: {message}");

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the location is already in ours.
    private static string StripMark(string message)
    {
        int dash = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && dash >= 0 ? message[(dash + 3)..] : message;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex RuleIdPattern();

    private sealed class Reader(string path, string baseDirectory)
    {
        public void ReadRules(YamlNode node, Dictionary<string, Severity?> target)
        {
            if (node is YamlScalarNode { Value: null or "" }) return;
            if (node is not YamlMappingNode rules)
                throw Error(path, node, "rules: expected a mapping of rule id or prefix to error, warning, info or off");
            foreach (var (idNode, valueNode) in rules.Children)
            {
                string id = CheckRuleId("rules", idNode, (idNode as YamlScalarNode)?.Value ?? "");
                string value = ReadScalar($"rules.{id}", valueNode);
                if (value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
                    target[id] = null;
                else if (SeverityNames.TryParse(value, out var severity))
                    target[id] = severity;
                else
                    throw Error(path, valueNode, $"rules.{id}: '{value}' is not one of error, warning, info, off");
            }
        }

        public string CheckRuleId(string key, YamlNode node, string id)
        {
            if (!RuleIdPattern().IsMatch(id))
                throw Error(path, node, $"{key}: '{id}' is not a rule id or prefix (letters, digits, '.', '-', '_')");
            return id;
        }

        public string ReadScalar(string key, YamlNode node) => node switch
        {
            YamlScalarNode { Value: { Length: > 0 } value } => value,
            YamlScalarNode => throw Error(path, node, $"{key}: a value is required"),
            _ => throw Error(path, node, $"{key}: expected a single value, not a list or mapping"),
        };

        public bool ReadBoolean(string key, YamlNode node) => ReadScalar(key, node).Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw Error(path, node, $"{key}: '{other}' is not true or false"),
        };

        public List<string> ReadList(string key, YamlNode node, bool splitCommas)
        {
            var items = new List<string>();
            switch (node)
            {
                case YamlScalarNode { Value: null or "" }:
                    break;
                case YamlScalarNode scalar:
                    items.AddRange(splitCommas
                        ? scalar.Value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        : [scalar.Value!]);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children) items.Add(ReadScalar(key, item));
                    break;
                default:
                    throw Error(path, node, $"{key}: expected a list of values");
            }
            return items;
        }

        public List<string> ReadFiles(string key, YamlNode node)
        {
            var files = new List<string>();
            var itemNodes = node is YamlSequenceNode sequence ? sequence.Children : (IList<YamlNode>)[node];
            foreach (var item in itemNodes)
            {
                foreach (var name in ReadList(key, item, splitCommas: false))
                {
                    string full = Path.GetFullPath(Path.Combine(baseDirectory, name));
                    if (!File.Exists(full))
                        throw Error(path, item, $"{key}: file not found: {name}");
                    files.Add(full);
                }
            }
            return files;
        }
    }
}
