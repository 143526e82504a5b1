namespace TextLint.Core.Findings;

/// <summary>
/// The source positions of one document that its findings so far cover, for rules that guess and
/// stay quiet where a surer rule has spoken. Each finding is marked once, as it is appended to the
/// document's list; asking every finding in turn made <c>typo.suspect</c> quadratic in the findings
/// of a document (a long block of random text, or 40,000 paragraphs each with a typo).
/// </summary>
public sealed class FindingCoverage(List<Finding> findings)
{
    private ulong[] _bits = [];
    private int _marked;

    /// <summary>
    /// Whether a finding in the list covers part of source span [<paramref name="offset"/>,
    /// <paramref name="offset"/>+<paramref name="length"/>). The list may only have grown by appending
    /// since the last question.
    /// </summary>
    public bool Overlaps(int offset, int length)
    {
        MarkNewFindings();
        int end = Math.Min(offset + length, _bits.Length * 64);
        for (int i = Math.Max(offset, 0); i < end; i++)
            if ((_bits[i >> 6] & (1UL << i)) != 0) return true;
        return false;
    }

    private void MarkNewFindings()
    {
        for (; _marked < findings.Count; _marked++)
        {
            var f = findings[_marked];
            int end = f.Offset + f.Length;
            if (end > _bits.Length * 64) Array.Resize(ref _bits, Math.Max(end / 64 + 1, _bits.Length * 2));
            for (int i = Math.Max(f.Offset, 0); i < end; i++) _bits[i >> 6] |= 1UL << i;
        }
    }
}
