using System.Globalization;
using System.Text;
using TextLint.Core.Normalization;
using TextLint.Core.Rules.Suspect;

namespace TextLint.Eval;

/// <summary>
/// Writes every replacement the typo.suspect detector scores, with its features and whether it is
/// right, as TSV for tuning the decision offline (<c>--dump-suspects FILE</c>; use odw-train only).
/// </summary>
public static class SuspectDump
{
    public static void Write(IEnumerable<EvalSet> sets, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("set\tid\tpos\twrong\tright_char\torig\trepl\tkind\tword\tspan_start\tspan_len\tword_freq\tseg_gain\tpair_gain\tbigram_gain\torig_pair\torig_freq\tscore");
        var detector = SuspectDetector.Default;
        var candidates = new List<SuspectCandidate>();
        foreach (var set in sets)
        {
            foreach (var sentence in set.Sentences)
            {
                using var normalized = Normalizer.Default.Normalize(sentence.Text);
                candidates.Clear();
                detector.Candidates(normalized.Folded, candidates);
                var folded = normalized.Folded;
                foreach (var c in candidates)
                {
                    int at = normalized.SourceIndexOf(c.Position);
                    var (spanStart, spanLength) = normalized.MapSpan(c.WordStart, c.WordLength);
                    var word = folded.Slice(c.WordStart, c.WordLength).ToArray();
                    word[c.Position - c.WordStart] = c.Replacement;
                    bool wrong = sentence.Wrong.Any(w => w.Start == at);
                    bool right = wrong && sentence.Target is { } t && Normalizer.Default.Fold(t[at]) == c.Replacement;
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{set.Name}\t{sentence.Id}\t{at}\t{(wrong ? 1 : 0)}\t{(right ? 1 : 0)}\t{c.Original}\t{c.Replacement}\t{c.Kind}\t{new string(word)}\t{spanStart}\t{spanLength}\t{c.WordFrequency}\t{c.SegmentGain:F3}\t{c.PairGain:F3}\t{c.BigramGain:F3}\t{c.OriginalPairCount}\t{c.OriginalFrequency}\t{c.Score:F3}"));
                }
            }
        }
    }
}
