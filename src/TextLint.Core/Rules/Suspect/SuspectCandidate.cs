using TextLint.Core.Confusion;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// One replacement considered by <see cref="SuspectDetector"/>: character <see cref="Original"/> at
/// folded position <see cref="Position"/> replaced by <see cref="Replacement"/>, with the evidence
/// for it. Positions are in the folded (simplified) text.
/// </summary>
public readonly record struct SuspectCandidate(
    int Position,
    char Original,
    char Replacement,
    ConfusionKind Kind,
    int WordStart,
    int WordLength,
    int WordFrequency,
    double SegmentGain,
    double PairGain,
    double BigramGain,
    int OriginalPairCount,
    int OriginalFrequency)
{
    /// <summary>The decision score (see <see cref="SuspectDetector.Score"/>).</summary>
    public double Score { get; init; }
}
