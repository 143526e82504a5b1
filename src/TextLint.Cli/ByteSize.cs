using System.Globalization;
using System.Text.RegularExpressions;
using TextLint.Core;

namespace TextLint.Cli;

/// <summary>Sizes given on the command line: <c>1048576</c>, <c>512K</c>, <c>64MB</c>, <c>16GiB</c> (binary units: 1K = 1024).</summary>
internal static partial class ByteSize
{
    /// <summary>The size in bytes, <paramref name="fallback"/> when <paramref name="text"/> is null; throws <see cref="TextLintException"/> naming <paramref name="option"/> when invalid.</summary>
    public static long Parse(string? text, string option, long fallback)
    {
        if (text is null) return fallback;
        var match = Size().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
            throw new TextLintException($"{option}: '{text}' is not a size (e.g. 64MB, 512K, 16GB)");
        double factor = char.ToUpperInvariant(match.Groups[2].Value.FirstOrDefault('B')) switch
        {
            'K' => 1024d, 'M' => 1024d * 1024, 'G' => 1024d * 1024 * 1024, 'T' => 1024d * 1024 * 1024 * 1024, _ => 1,
        };
        double bytes = number * factor;
        if (bytes < 1 || bytes > long.MaxValue / 2) throw new TextLintException($"{option}: '{text}' is out of range");
        return (long)bytes;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([KMGT]?)(?:i?B)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Size();
}
