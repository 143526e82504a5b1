// Invariant: every input here is a pure function of jieba's dict.txt and a fixed seed, so two runs
// (and two machines with the same package) benchmark exactly the same patterns and text.

using System.Text;
using TextLint.Core.Normalization;

namespace TextLint.Benchmarks;

/// <summary>Deterministic patterns and texts sampled from jieba's word list by frequency.</summary>
public static class BenchmarkData
{
    /// <summary>Length of every generated text, in UTF-16 code units.</summary>
    public const int TextLength = 4_000_000;

    public const int PatternSeed = 20240601;
    public const int TextSeed = 20240602;
    public const int NoiseSeed = 20240603;

    private const string RelativeDictPath = "jieba.net/0.42.2/Resources/dict.txt";

    private static readonly Lazy<(string[] Words, double[] Frequencies)> s_dictionary = new(LoadDictionary);
    private static readonly Dictionary<int, string[]> s_patterns = new();

    /// <summary>
    /// jieba's dict.txt: $JIEBA_DICT if set, else the jieba.net package under $NUGET_PACKAGES or
    /// ~/.nuget/packages (where <c>dotnet restore</c> of TextLint.Core puts it).
    /// </summary>
    public static string LocateJiebaDictionary()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JIEBA_DICT") is { Length: > 0 } explicitPath)
            candidates.Add(explicitPath);
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages)
            candidates.Add(Path.Combine(packages, RelativeDictPath));
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
            candidates.Add(Path.Combine(home, ".nuget", "packages", RelativeDictPath));
        foreach (string candidate in candidates)
            if (File.Exists(candidate))
                return candidate;
        throw new FileNotFoundException(
            "jieba's dict.txt was not found. Run 'dotnet restore' for the solution or set JIEBA_DICT. Looked in: "
            + string.Join(", ", candidates));
    }

    private static (string[] Words, double[] Frequencies) LoadDictionary()
    {
        var words = new List<string>();
        var frequencies = new List<double>();
        foreach (string line in File.ReadLines(LocateJiebaDictionary(), Encoding.UTF8))
        {
            string[] fields = line.Split(' ');
            if (fields.Length < 2 || fields[0].Length == 0 || !double.TryParse(fields[1], out double frequency) || frequency <= 0)
                continue;
            words.Add(fields[0]);
            frequencies.Add(frequency);
        }
        return (words.ToArray(), frequencies.ToArray());
    }

    /// <summary>
    /// <paramref name="count"/> distinct words drawn by frequency without replacement
    /// (weighted reservoir keys log(u)/w, the largest win), in sampled order.
    /// </summary>
    public static string[] Patterns(int count)
    {
        lock (s_patterns)
        {
            if (s_patterns.TryGetValue(count, out string[]? cached))
                return cached;
            var (words, frequencies) = s_dictionary.Value;
            var random = new Random(PatternSeed);
            var keys = new double[words.Length];
            var indices = new int[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                keys[i] = -Math.Log(1.0 - random.NextDouble()) / frequencies[i]; // smaller is better
                indices[i] = i;
            }
            Array.Sort(keys, indices);
            var patterns = new string[Math.Min(count, words.Length)];
            for (int i = 0; i < patterns.Length; i++)
                patterns[i] = words[indices[i]];
            s_patterns[count] = patterns;
            return patterns;
        }
    }

    /// <summary>
    /// Exactly <see cref="TextLength"/> code units of words drawn by frequency (with replacement),
    /// with Chinese punctuation after about one word in six and a line break every ~40 words.
    /// </summary>
    public static string PlainText()
    {
        var (words, frequencies) = s_dictionary.Value;
        var cumulative = new double[frequencies.Length];
        double total = 0;
        for (int i = 0; i < frequencies.Length; i++)
            cumulative[i] = total += frequencies[i];

        const string punctuation = "，，，，。。、；：！？“”（）";
        var random = new Random(TextSeed);
        var text = new StringBuilder(TextLength + 64);
        while (text.Length < TextLength)
        {
            int index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            if (index < 0) index = ~index;
            text.Append(words[Math.Min(index, words.Length - 1)]);
            int roll = random.Next(240);
            if (roll < 40) text.Append(punctuation[roll % punctuation.Length]);
            else if (roll < 46) text.Append('\n');
        }
        text.Length = TextLength;
        return text.ToString();
    }

    /// <summary>
    /// <see cref="PlainText"/> made messy the way published text is: about 5% of the characters
    /// that have a traditional form written traditionally, ASCII letters written full-width, and a
    /// noise character (space, zero-width space, *, ·, ideographic space) after about 3% of the
    /// characters. Cut to exactly <see cref="TextLength"/> code units.
    /// </summary>
    public static string NoisyText()
    {
        var toTraditional = new Dictionary<char, char>();
        using (var stream = typeof(Normalizer).Assembly.GetManifestResourceStream(Normalizer.TraditionalToSimplifiedResource)!)
        using (var reader = new StreamReader(stream, Encoding.UTF8))
            foreach (var (traditional, simplified) in Normalizer.ReadCharacterFolds(reader))
                toTraditional.TryAdd(simplified, traditional);

        const string noise = " \u200B*·\u3000";
        string plain = PlainText();
        var random = new Random(NoiseSeed);
        var text = new StringBuilder(TextLength + 64);
        foreach (char c in plain)
        {
            if (text.Length >= TextLength) break;
            if (toTraditional.TryGetValue(c, out char traditional) && random.Next(20) == 0)
                text.Append(traditional);
            else if (char.IsAsciiLetter(c))
                text.Append((char)(c + 0xFEE0));
            else
                text.Append(c);
            if (random.Next(33) == 0)
                text.Append(noise[random.Next(noise.Length)]);
        }
        text.Length = TextLength;
        return text.ToString();
    }
}
