// Invariant: folding is a pure function of one UTF-16 code unit, read from one 64K table, and it
// is idempotent: Fold(Fold(c)) == Fold(c) for every c that is not noise. Text and dictionary terms
// go through the same Normalize code, so a term written in simplified, half-width, lower-case
// form matches any text that folds to it. The only context the fold ever looks at is the noise
// rule: a run of noise characters is dropped, except between two ASCII letters or digits (after
// folding), where it becomes a single space — so Latin words are never glued together.

using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextLint.Core.Normalization;

/// <summary>
/// Produces the folded view of text that dictionaries are matched against: full-width ASCII to
/// ASCII, ASCII upper case to lower case, traditional Chinese characters to simplified ones, and
/// noise characters (spaces, zero-width characters, <c>*</c>, <c>·</c>, <c>-</c>, <c>_</c> …)
/// removed, with a map from every folded character back to the original text. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>Noise characters: ASCII whitespace (tab, LF, VT, FF, CR, space), U+0085, U+00A0, U+2000–U+200A,
/// U+2028, U+2029, U+202F, U+205F, U+3000 (spaces); U+00AD, U+200B–U+200F, U+2060, U+FEFF (invisible);
/// <c>* - _</c> and their full-width forms <c>＊ － ＿</c>; the dots <c>·</c> (U+00B7), <c>・</c> (U+30FB),
/// <c>･</c> (U+FF65), <c>•</c> (U+2022), <c>‧</c> (U+2027).</para>
/// <para>Latin exception: a run of noise between two ASCII letters or digits is kept as one space,
/// so <c>"this hit"</c> does not fold to <c>"thishit"</c> (and so does not contain <c>"shit"</c>), while
/// <c>北*朝*鲜</c>, <c>北 朝 鲜</c> and <c>北\u200B朝鲜</c> all fold to <c>北朝鲜</c>. Because the run becomes
/// one space, <c>covid-19</c>, <c>covid 19</c> and <c>COVID＿19</c> all fold to <c>covid 19</c>.</para>
/// <para>Surrogate code units pass through unchanged, so characters outside the BMP match themselves.</para>
/// </remarks>
public sealed class Normalizer
{
    /// <summary>Manifest name of the embedded traditional→simplified table (lines <c>繁&lt;TAB&gt;简</c>, <c>#</c> comments).</summary>
    public const string TraditionalToSimplifiedResource = "TextLint.Dictionaries.t2s.txt";

    /// <summary>The code unit a kept run of noise becomes in the folded view.</summary>
    public const char KeptNoise = ' ';

    private static readonly Lazy<Normalizer> s_default = new(LoadDefault);

    /// <summary>0 for noise; otherwise the folded code unit.</summary>
    private readonly char[] _fold;

    /// <summary>The normalizer built from the embedded traditional→simplified table; built once, on first use.</summary>
    public static Normalizer Default => s_default.Value;

    /// <summary>
    /// Builds a normalizer with the fixed width, case and noise rules and the given character
    /// folds (normally traditional→simplified). Chains (A→B, B→C) are followed, so A folds to C.
    /// </summary>
    /// <exception cref="ArgumentException">A fold maps a character to a noise character or to <c>'\0'</c>, or the folds form a cycle.</exception>
    public Normalizer(IEnumerable<(char From, char To)> characterFolds)
    {
        ArgumentNullException.ThrowIfNull(characterFolds);
        _fold = BuildTable(characterFolds);
    }

    /// <summary>
    /// Folds one code unit: the character the folded view holds for it, or <c>'\0'</c> when it is a
    /// noise character (which the folded view drops, except between ASCII letters and digits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char Fold(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fold), c);

    /// <summary>Whether <paramref name="c"/> is a noise character.</summary>
    public bool IsNoise(char c) => Fold(c) == '\0';

    /// <summary>
    /// Folds a dictionary term exactly as text is folded, so that scanning the folded view of a
    /// text for the folded term finds it: <c>FoldPattern("中華人民共和國")</c> is <c>中华人民共和国</c>,
    /// <c>FoldPattern(" TMD ")</c> is <c>tmd</c>. The result is empty for a term made only of noise.
    /// </summary>
    public string FoldPattern(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        using NormalizedText normalized = Normalize(term);
        return normalized.Folded.ToString();
    }

    /// <summary>
    /// Folds <paramref name="text"/> into buffers rented from the shared array pool. Dispose the
    /// result to return them; it must not be used after that.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first call; see AhoCorasickAutomaton.Scan
    public NormalizedText Normalize(ReadOnlySpan<char> text)
    {
        var result = new NormalizedText(text.Length);
        ref char fold = ref MemoryMarshal.GetArrayDataReference(_fold);
        // Both buffers hold at least text.Length items and count <= i at every write.
        ref char folded = ref MemoryMarshal.GetArrayDataReference(result.FoldedBuffer);
        ref int sourceIndex = ref MemoryMarshal.GetArrayDataReference(result.SourceIndexBuffer);
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char f = Unsafe.Add(ref fold, text[i]);
            if (f != '\0')
            {
                Unsafe.Add(ref folded, count) = f;
                Unsafe.Add(ref sourceIndex, count) = i;
                count++;
                continue;
            }

            int runEnd = i + 1;
            while (runEnd < text.Length && Unsafe.Add(ref fold, text[runEnd]) == '\0')
                runEnd++;
            if (count > 0 && runEnd < text.Length
                && char.IsAsciiLetterOrDigit(Unsafe.Add(ref folded, count - 1))
                && char.IsAsciiLetterOrDigit(Unsafe.Add(ref fold, text[runEnd])))
            {
                Unsafe.Add(ref folded, count) = KeptNoise;
                Unsafe.Add(ref sourceIndex, count) = i;
                count++;
            }
            i = runEnd - 1;
        }
        result.SetLength(count);
        return result;
    }

    private static Normalizer LoadDefault()
    {
        Assembly assembly = typeof(Normalizer).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(TraditionalToSimplifiedResource)
            ?? throw new InvalidOperationException($"Embedded resource {TraditionalToSimplifiedResource} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return new Normalizer(ReadCharacterFolds(reader));
    }

    /// <summary>
    /// Reads a fold table: one <c>from&lt;TAB&gt;to</c> pair of single BMP characters per line; blank lines
    /// and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line is not two single characters separated by a tab.</exception>
    public static List<(char From, char To)> ReadCharacterFolds(TextReader reader)
    {
        var folds = new List<(char, char)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line.Length != 3 || line[1] != '\t')
                throw new FormatException($"Line {lineNumber}: expected one character, a tab and one character, got \"{line}\".");
            folds.Add((line[0], line[2]));
        }
        return folds;
    }

    private static char[] BuildTable(IEnumerable<(char From, char To)> characterFolds)
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            table[c] = (char)c;

        foreach (var (from, to) in characterFolds)
            table[from] = to;

        // Full-width ASCII (U+FF01..U+FF5E) sits exactly 0xFEE0 above ASCII.
        for (int c = 0xFF01; c <= 0xFF5E; c++)
            table[c] = (char)(c - 0xFEE0);

        // Follow chains (薴→苧→苎) so one lookup gives the final form, and lower-case what ends as
        // ASCII upper case.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char target = table[c];
            for (int steps = 0; table[target] != target; steps++)
            {
                if (steps > 16)
                    throw new ArgumentException($"The character folds form a cycle through U+{c:X4}.", nameof(characterFolds));
                target = table[target];
            }
            table[c] = char.IsAsciiLetterUpper(target) ? (char)(target | 0x20) : target;
        }

        for (int c = 1; c <= char.MaxValue; c++)
        {
            if (s_noise.Contains((char)c))
                table[c] = '\0';
            else if (table[c] == '\0' || s_noise.Contains(table[c]))
                throw new ArgumentException($"U+{c:X4} folds to U+{(int)table[c]:X4}, a noise character.", nameof(characterFolds));
        }
        table[0] = '\0'; // NUL carries no text; treat it as noise.
        return table;
    }

    /// <summary>Every noise character, ASCII and full-width forms included (see the class remarks).</summary>
    public static IReadOnlySet<char> NoiseCharacters => s_noise;

    private static readonly FrozenSet<char> s_noise = CreateNoiseSet();

    private static FrozenSet<char> CreateNoiseSet()
    {
        var noise = new HashSet<char>
        {
            '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00A0', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000',
            '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF',
            '*', '-', '_', '\uFF0A', '\uFF0D', '\uFF3F',
            '\u00B7', '\u30FB', '\uFF65', '\u2022', '\u2027',
        };
        for (char c = '\u2000'; c <= '\u200A'; c++)
            noise.Add(c);
        return noise.ToFrozenSet();
    }
}
