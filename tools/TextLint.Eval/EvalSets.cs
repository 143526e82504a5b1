using System.Globalization;
using System.Text;

namespace TextLint.Eval;

/// <summary>A named evaluation set.</summary>
public sealed record EvalSet(string Name, IReadOnlyList<EvalSentence> Sentences)
{
    /// <summary>Identifiers of input lines that could not be scored and were left out.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

/// <summary>
/// Readers for the public evaluation data in <c>shared/eval</c> (see its README.md). The data is
/// read in place and never copied into the project.
/// </summary>
public static class EvalSets
{
    /// <summary>The sets this tool knows, by name, with their files relative to the data folder.</summary>
    public static IReadOnlyList<(string Name, Func<string, EvalSet> Load)> Known { get; } =
    [
        ("odw-test", dir => Ecspell("odw-test", Path.Combine(dir, "ecspell", "odw.test.tsv"))),
        ("odw-train", dir => Ecspell("odw-train", Path.Combine(dir, "ecspell", "odw.train.tsv"))),
        ("sighan15-simp", dir => Sighan("sighan15-simp", Path.Combine(dir, "sighan15", "test-input.simp.txt"), Path.Combine(dir, "sighan15", "test-truth.simp.txt"))),
        ("sighan15-trad", dir => Sighan("sighan15-trad", Path.Combine(dir, "sighan15", "test-input.trad.txt"), Path.Combine(dir, "sighan15", "test-truth.trad.txt"))),
    ];

    /// <summary>Reads an ECSpell file: <c>n_errors&lt;TAB&gt;source&lt;TAB&gt;target</c>, source and target of equal length.</summary>
    public static EvalSet Ecspell(string name, string path)
    {
        var sentences = ParseEcspell(File.ReadLines(path, Encoding.UTF8), Path.GetFileName(path), out var skipped);
        return new(name, sentences) { Skipped = skipped };
    }

    /// <summary>Parses ECSpell lines; wrong characters are the positions where source and target differ.</summary>
    /// <exception cref="FormatException">A line does not have three fields.</exception>
    public static List<EvalSentence> ParseEcspell(IEnumerable<string> lines, string idPrefix = "") =>
        ParseEcspell(lines, idPrefix, out _);

    /// <summary>
    /// Parses ECSpell lines. A line whose source and target differ in length (a rewrite, not a
    /// character substitution; odw.train.tsv has one) cannot be located and is skipped; its
    /// identifier goes to <paramref name="skipped"/>.
    /// </summary>
    public static List<EvalSentence> ParseEcspell(IEnumerable<string> lines, string idPrefix, out List<string> skipped)
    {
        skipped = [];
        var sentences = new List<EvalSentence>();
        int lineNumber = 0;
        foreach (string raw in lines)
        {
            lineNumber++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            string[] fields = line.Split('\t');
            if (fields.Length != 3)
                throw new FormatException($"{idPrefix}:{lineNumber}: expected n_errors<TAB>source<TAB>target");
            string source = fields[1], target = fields[2];
            if (source.Length != target.Length)
            {
                skipped.Add($"{idPrefix}:{lineNumber}");
                continue;
            }
            var wrong = new List<TextSpan>();
            for (int i = 0; i < source.Length; i++)
            {
                if (source[i] == target[i]) continue;
                // Keep a surrogate pair together as one character.
                if (char.IsHighSurrogate(source[i]) && i + 1 < source.Length) { wrong.Add(new TextSpan(i, 2)); i++; }
                else wrong.Add(new TextSpan(i, 1));
            }
            sentences.Add(new EvalSentence($"{idPrefix}:{lineNumber}", source, wrong) { Target = target });
        }
        return sentences;
    }

    /// <summary>Reads a SIGHAN input file and its truth file.</summary>
    public static EvalSet Sighan(string name, string inputPath, string truthPath) =>
        new(name, ParseSighan(File.ReadLines(inputPath, Encoding.UTF8), File.ReadLines(truthPath, Encoding.UTF8)));

    /// <summary>
    /// Parses SIGHAN input lines <c>(pid=ID)&lt;TAB&gt;sentence</c> and truth lines <c>ID, 0</c> or
    /// <c>ID, pos, right, pos, right…</c> with 1-based character (code point) positions.
    /// </summary>
    public static List<EvalSentence> ParseSighan(IEnumerable<string> inputLines, IEnumerable<string> truthLines)
    {
        var truth = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (string raw in truthLines)
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            string[] fields = line.Split(',', StringSplitOptions.TrimEntries);
            var positions = new List<int>();
            if (!(fields.Length == 2 && fields[1] == "0"))
            {
                if (fields.Length < 3 || fields.Length % 2 == 0)
                    throw new FormatException($"truth line '{line}': expected ID, 0 or ID, pos, right, …");
                for (int i = 1; i < fields.Length; i += 2)
                    positions.Add(int.Parse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture));
            }
            truth[fields[0]] = positions;
        }

        var sentences = new List<EvalSentence>();
        foreach (string raw in inputLines)
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            int tab = line.IndexOf('\t');
            if (!line.StartsWith("(pid=", StringComparison.Ordinal) || tab < 0 || line[tab - 1] != ')')
                throw new FormatException($"input line '{line}': expected (pid=ID)<TAB>sentence");
            string id = line[5..(tab - 1)];
            string text = line[(tab + 1)..];
            if (!truth.TryGetValue(id, out var positions))
                throw new FormatException($"no truth line for {id}");
            var codePointStart = CodePointStarts(text);
            var wrong = new List<TextSpan>();
            foreach (int pos in positions)
            {
                if (pos < 1 || pos > codePointStart.Count - 1)
                    throw new FormatException($"{id}: position {pos} is outside the sentence");
                int start = codePointStart[pos - 1];
                wrong.Add(new TextSpan(start, codePointStart[pos] - start));
            }
            sentences.Add(new EvalSentence(id, text, wrong));
        }
        return sentences;
    }

    /// <summary>UTF-16 index where each code point starts, plus the text length at the end.</summary>
    private static List<int> CodePointStarts(string text)
    {
        var starts = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            starts.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        starts.Add(text.Length);
        return starts;
    }
}
