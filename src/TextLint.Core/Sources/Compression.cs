using System.IO.Compression;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Compressors.Xz;
using ZstdDecompressionStream = SharpCompress.Compressors.ZStandard.DecompressionStream;

namespace TextLint.Core.Sources;

/// <summary>How the bytes of a single-stream archive (a tar file, a lone document) are compressed.</summary>
public enum StreamCompression
{
    /// <summary>Not compressed.</summary>
    None,
    /// <summary>gzip (<c>.gz</c>, <c>.tgz</c>), every member of a multi-member file in turn.</summary>
    Gzip,
    /// <summary>bzip2 (<c>.bz2</c>, <c>.tbz2</c>), concatenated streams in turn.</summary>
    Bzip2,
    /// <summary>xz (<c>.xz</c>, <c>.txz</c>).</summary>
    Xz,
    /// <summary>Zstandard (<c>.zst</c>, <c>.tzst</c>).</summary>
    Zstd,
}

/// <summary>Opens decompressing views of streams (gzip from the runtime; bzip2, xz and Zstandard from SharpCompress).</summary>
internal static class Decompression
{
    /// <summary>A stream of <paramref name="compressed"/>'s decompressed bytes; disposing it disposes <paramref name="compressed"/>.</summary>
    public static Stream Open(Stream compressed, StreamCompression compression) => compression switch
    {
        StreamCompression.None => compressed,
        StreamCompression.Gzip => new GZipStream(compressed, CompressionMode.Decompress),
        StreamCompression.Bzip2 => BZip2Stream.Create(compressed, SharpCompress.Compressors.CompressionMode.Decompress, decompressConcatenated: true),
        StreamCompression.Xz => new XZStream(compressed),
        StreamCompression.Zstd => new ZstdDecompressionStream(compressed, leaveOpen: false),
        _ => throw new ArgumentOutOfRangeException(nameof(compression)),
    };
}
