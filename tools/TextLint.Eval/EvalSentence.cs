namespace TextLint.Eval;

/// <summary>
/// One sentence of an evaluation set with the spans of its wrong characters, in UTF-16 code units
/// of <see cref="Text"/> (a character outside the BMP is one span of length 2). No spans = clean.
/// </summary>
public sealed record EvalSentence(string Id, string Text, IReadOnlyList<TextSpan> Wrong)
{
    /// <summary>Whether the sentence has at least one wrong character.</summary>
    public bool HasErrors => Wrong.Count > 0;

    /// <summary>The correct text when known (ECSpell gives it; SIGHAN gives only the right characters).</summary>
    public string? Target { get; init; }
}

/// <summary>A half-open span [Start, Start+Length) of UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
