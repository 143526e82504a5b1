using TextLint.Core.Segmentation;

namespace TextLint.Core.Verification;

/// <summary>
/// Decides whether a dictionary hit is a real occurrence of the term or a slice through longer
/// words (法轮 in 办法轮流, 大麻 in 大麻烦, 口交 in 路口交通). A hit is kept when the best
/// segmentation of the run of Chinese characters around it (the clause, as jieba would see it)
/// puts word boundaries at both of its ends. Latin terms are kept only at Latin word boundaries.
/// Terms of four or more Chinese characters are kept without segmentation: a longer word crossing
/// them is too unlikely to pay for the check. The lexicon loads on the first hit that needs it.
/// </summary>
public sealed class BoundaryVerifier
{
    /// <summary>Hits of this many chars or more are kept without segmentation.</summary>
    private const int SelfEvidentLength = 4;

    /// <summary>Longest run segmented whole; around a hit in a longer run, a window of this size is used.</summary>
    private const int MaxRunLength = 256;

    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<WindowSegmenter> _segmenter;

    /// <summary>A verifier that segments with <paramref name="lexicon"/>, loaded on first use.</summary>
    public BoundaryVerifier(Func<Lexicon> lexicon)
    {
        _lexicon = new Lazy<Lexicon>(lexicon, LazyThreadSafetyMode.ExecutionAndPublication);
        _segmenter = new Lazy<WindowSegmenter>(() => new WindowSegmenter(_lexicon.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether the hit [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of <paramref name="text"/> stands on its own.</summary>
    public bool StandsAlone(ReadOnlySpan<char> text, int start, int length) => ForText().StandsAlone(text, start, length);

    /// <summary>
    /// A checker for the hits of one text, in ascending order of start: it segments each run once
    /// however many hits fall in it, so checking costs no more than segmenting the text once.
    /// Not thread-safe; make one per text.
    /// </summary>
    public TextBoundaries ForText() => new(this);

    /// <summary>Per-text state of <see cref="BoundaryVerifier"/>: the last segmented run.</summary>
    public sealed class TextBoundaries
    {
        private readonly BoundaryVerifier _owner;
        private int _runStart = -1, _runEnd = -1;
        private bool[]? _runBoundaries;

        internal TextBoundaries(BoundaryVerifier owner) => _owner = owner;

        /// <summary>
        /// Whether the hit of a wrong form, [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>)
        /// of <paramref name="text"/>, stands on its own — or lies inside a single dictionary word that is itself
        /// a misspelling: with the hit replaced by <paramref name="correction"/> (of the same length) the word is
        /// another dictionary word, or the word is the wrong form run together with a word before or after it
        /// (座落在: 座落 + 在) and the correction is a word. jieba lists some misspelled compounds (倾刻之间 beside
        /// 顷刻之间, 竟争力 beside 竞争力, 座落在), inside which the plain boundary check would hide the wrong form it
        /// is there to find.
        /// </summary>
        public bool StandsAlone(ReadOnlySpan<char> text, int start, int length, string? correction)
        {
            if (StandsAlone(text, start, length)) return true;
            if (correction is null || correction.Length != length || start < _runStart || start + length > _runEnd) return false;
            // The segmentation was just made for this run: find the word around the hit, if it is one word.
            int wordStart = start - _runStart, wordEnd = start + length - _runStart;
            while (wordStart > 0 && !_runBoundaries![wordStart]) wordStart--;
            while (wordEnd < _runEnd - _runStart && !_runBoundaries![wordEnd]) wordEnd++;
            for (int i = start - _runStart + 1; i < start + length - _runStart; i++)
                if (_runBoundaries![i]) return false; // the hit crosses a word boundary: a slice through two words
            var word = text.Slice(_runStart + wordStart, wordEnd - wordStart);
            var lexicon = _owner._lexicon.Value;
            Span<char> corrected = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
            word.CopyTo(corrected);
            int before = start - _runStart - wordStart, after = word.Length - before - length;
            correction.AsSpan().CopyTo(corrected[before..]);
            if (lexicon.Contains(corrected)) return true;
            // jieba also lists a few misspellings run together with the word after or before them (座落在): the
            // wrong form is one whole part, the rest a word of its own, and the correction a word.
            return (before == 0) != (after == 0) && lexicon.Contains(correction)
                && lexicon.Contains(before == 0 ? word[length..] : word[..before]);
        }

        /// <summary>Whether the hit [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of <paramref name="text"/> stands on its own.</summary>
        public bool StandsAlone(ReadOnlySpan<char> text, int start, int length)
        {
            int end = start + length;
            var term = text.Slice(start, length);
            if (IsLatin(term[0]) || IsLatin(term[^1]))
            {
                bool leftOk = !IsLatin(term[0]) || start == 0 || !IsLatin(text[start - 1]);
                bool rightOk = !IsLatin(term[^1]) || end == text.Length || !IsLatin(text[end]);
                return leftOk && rightOk;
            }
            if (length >= SelfEvidentLength) return true;

            if (start < _runStart || end > _runEnd)
            {
                int runStart = start, runEnd = end;
                while (runStart > 0 && IsHan(text[runStart - 1]) && end - runStart < MaxRunLength) runStart--;
                while (runEnd < text.Length && IsHan(text[runEnd]) && runEnd - runStart < MaxRunLength) runEnd++;
                if (runStart == start && runEnd == end) return true;
                _runStart = runStart;
                _runEnd = runEnd;
                _runBoundaries ??= new bool[MaxRunLength + 2];
                _owner._segmenter.Value.Boundaries(text[runStart..runEnd], _runBoundaries);
            }
            // Only runs over MaxRunLength are cut into a window, whose cut edges count as boundaries.
            return _runBoundaries![start - _runStart] && _runBoundaries[end - _runStart];
        }
    }

    private static bool IsLatin(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
