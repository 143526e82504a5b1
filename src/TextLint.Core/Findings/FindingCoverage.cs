namespace TextLint.Core.Findings;

/// <summary>
/// The source positions of one document that its findings so far cover, for rules that guess and
/// stay quiet where a surer rule has spoken. Each finding is marked once, as it is reported; asking
/// every finding in turn made <c>typo.suspect</c> quadratic in the findings of a document (a long
/// block of random text, or 40,000 paragraphs each with a typo).
/// </summary>
public sealed class FindingCoverage
{
    private ulong[] _bits = [];

    /// <summary>Whether a marked finding covers part of source span [<paramref name="offset"/>, <paramref name="offset"/>+<paramref name="length"/>).</summary>
    public bool Overlaps(int offset, int length)
    {
        int end = Math.Min(offset + length, _bits.Length * 64);
        for (int i = Math.Max(offset, 0); i < end; i++)
            if ((_bits[i >> 6] & (1UL << i)) != 0) return true;
        return false;
    }

    /// <summary>Marks the source span of <paramref name="finding"/> as covered.</summary>
    public void Mark(Finding finding) => Mark(finding.Offset, finding.Length);

    /// <summary>
    /// Marks source span [<paramref name="offset"/>, <paramref name="offset"/>+<paramref name="length"/>) as covered
    /// without a finding: a listed term that a surer rule judged legitimate where it stands (缴获冰毒) is
    /// not for a guessing rule to call a typo (冰毒 → 病毒).
    /// </summary>
    public void Mark(int offset, int length)
    {
        int end = offset + length;
        if (end > _bits.Length * 64) Array.Resize(ref _bits, Math.Max(end / 64 + 1, _bits.Length * 2));
        for (int i = Math.Max(offset, 0); i < end; i++) _bits[i >> 6] |= 1UL << i;
    }
}
