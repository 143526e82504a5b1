using TextLint.Core.Rules.Patterns;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// The word statistics that the slip rules judge a clause by (<c>repeat.doubled</c>, <c>typo.transposed</c>):
/// a lexicon and its segmenter, loaded on first use, so a text that gives a rule no candidate never loads them.
/// </summary>
internal sealed class ClauseStatistics
{
    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<WindowSegmenter> _segmenter;

    /// <summary>Statistics over <paramref name="lexicon"/> (called once, on first use).</summary>
    public ClauseStatistics(Func<Lexicon> lexicon)
    {
        _lexicon = new Lazy<Lexicon>(lexicon, LazyThreadSafetyMode.ExecutionAndPublication);
        _segmenter = new Lazy<WindowSegmenter>(() => new WindowSegmenter(_lexicon.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The lexicon.</summary>
    public Lexicon Lexicon => _lexicon.Value;

    /// <summary>A segmenter over <see cref="Lexicon"/>.</summary>
    public WindowSegmenter Segmenter => _segmenter.Value;

    /// <summary>Log cost of one slip of the keyboard (a doubled or a swapped character).</summary>
    internal const double SlipLogCost = 8.0;

    /// <summary>
    /// Whether the clause as <paramref name="edited"/> reads better than as written (score
    /// <paramref name="asWritten"/>) by more than one slip costs: the noisy-channel test of the slip rules.
    /// </summary>
    public bool ReadsBetter(ReadOnlySpan<char> edited, double asWritten) => Segmenter.Score(edited) - SlipLogCost > asWritten;

    /// <summary>
    /// The span [From, To) of <paramref name="text"/> around [<paramref name="start"/>, <paramref name="end"/>):
    /// up to <paramref name="reach"/> Han characters on each side, stopping at anything else (the clause).
    /// </summary>
    public static (int From, int To) Window(ReadOnlySpan<char> text, int start, int end, int reach)
    {
        int from = start, to = end;
        while (from > 0 && start - from < reach && CharClass.IsHan(text[from - 1])) from--;
        while (to < text.Length && to - end < reach && CharClass.IsHan(text[to])) to++;
        return (from, to);
    }
}
