// Invariant: folded character j came from original code unit SourceIndexOf(j), and these source
// indices strictly increase with j, so any folded span maps back to one contiguous original span
// (the noise it skipped over included). The buffers are rented; after Dispose nothing here may be
// read, and a second Dispose does nothing.

using System.Buffers;

namespace TextLint.Core.Normalization;

/// <summary>
/// The folded view of a text made by <see cref="Normalizer.Normalize"/>, with the map back to the
/// original text. Holds buffers rented from <see cref="ArrayPool{T}.Shared"/>: dispose it when done.
/// Not thread-safe while being disposed; otherwise read-only.
/// </summary>
public sealed class NormalizedText : IDisposable
{
    private char[]? _folded;
    private int[]? _sourceIndex;
    private int _length;

    internal NormalizedText(int sourceLength)
    {
        SourceLength = sourceLength;
        _folded = ArrayPool<char>.Shared.Rent(Math.Max(sourceLength, 1));
        _sourceIndex = ArrayPool<int>.Shared.Rent(Math.Max(sourceLength, 1));
    }

    internal char[] FoldedBuffer => _folded!;
    internal int[] SourceIndexBuffer => _sourceIndex!;
    internal void SetLength(int length) => _length = length;

    /// <summary>The folded text to scan.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public ReadOnlySpan<char> Folded => new(Buffer(), 0, _length);

    /// <summary>Length of <see cref="Folded"/>.</summary>
    public int Length => _length;

    /// <summary>Length of the original text.</summary>
    public int SourceLength { get; }

    /// <summary>Index in the original text of folded character <paramref name="foldedIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="foldedIndex"/> is not in [0, Length).</exception>
    public int SourceIndexOf(int foldedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(foldedIndex, _length);
        return Map()[foldedIndex];
    }

    /// <summary>
    /// The span of the original text from the first to the last character of a folded span,
    /// noise between them included: in <c>北*朝*鲜</c> the folded match 北朝鲜 (0, 3) maps to (0, 5).
    /// An empty folded span maps to an empty span where the next folded character came from (or
    /// at the end of the text).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside [0, Length].</exception>
    public (int Start, int Length) MapSpan(int foldedStart, int foldedLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedStart);
        ArgumentOutOfRangeException.ThrowIfNegative(foldedLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedStart, _length - foldedLength, nameof(foldedStart));
        int[] map = Map();
        if (foldedLength == 0)
            return (foldedStart < _length ? map[foldedStart] : SourceLength, 0);
        int start = map[foldedStart];
        int end = map[foldedStart + foldedLength - 1] + 1;
        return (start, end - start);
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        char[]? folded = _folded;
        int[]? map = _sourceIndex;
        _folded = null;
        _sourceIndex = null;
        _length = 0;
        if (folded is not null) ArrayPool<char>.Shared.Return(folded);
        if (map is not null) ArrayPool<int>.Shared.Return(map);
    }

    private char[] Buffer() => _folded ?? throw new ObjectDisposedException(nameof(NormalizedText));
    private int[] Map() => _sourceIndex ?? throw new ObjectDisposedException(nameof(NormalizedText));
}
