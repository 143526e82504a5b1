using System.Reflection;
using System.Text;
using TextLint.Core.Decoding;
using TextLint.Core.Findings;

namespace TextLint.Core.Dictionaries;

/// <summary>
/// Every term list and allowed phrase a linter uses, gathered from the lists embedded in the core
/// assembly and from the user's files. Only gathers: compiling into the automaton happens once, in
/// <see cref="Matching.TermMatcher"/>.
/// </summary>
public sealed class DictionarySet
{
    /// <summary>Prefix of the embedded resource names of the default lists.</summary>
    public const string ResourcePrefix = "TextLint.Dictionaries.";

    private static readonly HashSet<string> NonTermResources = new(StringComparer.Ordinal)
    {
        "t2s.txt",   // character folding data, read by the normalizer
        "confusion.txt", // character confusion sets, read by Confusion.ConfusionSets
        "allow.txt", // the built-in allowlist
        "modern-words.txt", // current policy vocabulary, read by Rules.Suspect.ModernWords
    };

    /// <summary>Rule id of user term lists.</summary>
    public const string UserRuleId = "user";

    /// <summary>All term entries, in load order (built-in first).</summary>
    public List<DictionaryEntry> Entries { get; } = [];

    /// <summary>Allowed phrases: a hit inside one of them is dropped.</summary>
    public List<string> AllowedPhrases { get; } = [];

    /// <summary>Correct phrases whose near-misses are reported (<c>protected-phrases.txt</c>, the derived division and idiom lists, user files).</summary>
    public List<ProtectedPhrase> ProtectedPhrases { get; } = [];

    /// <summary>Adds the lists embedded in the core assembly (dictionaries/*.txt).</summary>
    public DictionarySet AddBuiltIn()
    {
        var assembly = typeof(DictionarySet).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string file = name[ResourcePrefix.Length..];
            if (file == "t2s.txt") continue;
            var stream = assembly.GetManifestResourceStream(name)!;
            bool isPhraseList = IsProtectedPhraseList(stream);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            if (isPhraseList)
                ProtectedPhrases.AddRange(ProtectedPhraseParser.Parse(reader, "dictionaries/" + file));
            else if (file == "allow.txt")
                AllowedPhrases.AddRange(PhraseListParser.Parse(reader));
            else if (!NonTermResources.Contains(file))
                Entries.AddRange(DictionaryParser.Parse(reader, "dictionaries/" + file,
                    new DictionaryParser.Defaults(Path.GetFileNameWithoutExtension(file), "dictionary", Severity.Warning)));
        }
        return this;
    }

    /// <summary>Adds a user term list: <c>term[TAB severity[TAB suggestion]]</c>, rule id <c>user</c>, default severity warning.</summary>
    public DictionarySet AddUserList(string path)
    {
        using var reader = OpenUserFile(path);
        Entries.AddRange(DictionaryParser.Parse(reader, path, new DictionaryParser.Defaults(UserRuleId, UserRuleId, Severity.Warning)));
        return this;
    }

    /// <summary>Adds a user protected phrase list: one correct phrase per line (names of local leaders, of the user's own organisation); kind name, severity error unless its header says otherwise.</summary>
    public DictionarySet AddProtectedPhrases(string path)
    {
        using var reader = OpenUserFile(path);
        ProtectedPhrases.AddRange(ProtectedPhraseParser.Parse(reader, path).Select(p => p with { IsUser = true }));
        return this;
    }

    // The embedded lists are told apart by their first line (the marker); the stream is rewound.
    private static bool IsProtectedPhraseList(Stream stream)
    {
        var head = new byte[ProtectedPhraseParser.Marker.Length + 3];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF');
        return text.StartsWith(ProtectedPhraseParser.Marker, StringComparison.Ordinal);
    }

    /// <summary>Adds a user allowlist: one phrase per line.</summary>
    public DictionarySet AddAllowlist(string path)
    {
        using var reader = OpenUserFile(path);
        AllowedPhrases.AddRange(PhraseListParser.Parse(reader));
        return this;
    }

    /// <summary>
    /// A user's list as text, decoded as documents are (byte-order mark, else UTF-8, else detection):
    /// lists saved by Windows editors in GB18030/GBK work as well as UTF-8 ones.
    /// </summary>
    private static StringReader OpenUserFile(string path) => new(TextDecoder.ReadTextFile(path));
}
