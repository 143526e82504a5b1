// Invariant: Decode either returns the whole input as text in one named encoding (BOM removed) or
// throws a TextLintException whose one-line message names the file; it never returns text that is
// mostly replacement characters, and its cost is linear in the input size.
using System.Text;
using System.Text.Unicode;

namespace TextLint.Core.Decoding;

/// <summary>
/// Turns the bytes of a document into text. The encoding is chosen in this order: byte-order mark;
/// for HTML, the charset declared in a <c>&lt;meta&gt;</c> element; strict UTF-8 validity; statistical
/// detection (UTF.Unknown), with GB2312/GBK read as GB18030.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many leading bytes are checked for signs of binary content.</summary>
    public const int BinaryCheckLength = 8192;

    /// <summary>How many leading bytes the statistical detector sees; enough to decide, cheap on 50 MB inputs.</summary>
    public const int DetectionSampleLength = 64 * 1024;

    /// <summary>
    /// Largest share of invalid byte sequences still accepted as a damaged but readable document
    /// (a truncated character at the end, one corrupt line). Above it, the encoding is wrong.
    /// </summary>
    public const double MaxInvalidShare = 0.001;

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The raw document.</param>
    /// <param name="isHtml">Whether to honour a charset declared in the document's <c>&lt;meta&gt;</c>.</param>
    /// <param name="displayName">The file name used in error messages.</param>
    /// <exception cref="TextLintException">The input is binary or cannot be decoded with any plausible encoding.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml, string displayName)
    {
        if (bytes.IsEmpty) return new DecodedText("", "utf-8");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeOrFail(bytes[3..], new UTF8Encoding(false), displayName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeOrFail(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false), displayName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeOrFail(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false), displayName);

        if (LooksBinary(bytes)) throw new TextLintException($"{displayName}: binary file, not text");

        bool isValidUtf8 = Utf8.IsValid(bytes);
        if (isHtml && HtmlCharsetPrescanner.FindDeclaredCharset(bytes) is { } label)
        {
            Encoding? declared = EncodingLabels.Resolve(label);
            // A page cannot really be UTF-16 if its <meta> was readable as ASCII; the HTML standard reads it as UTF-8.
            if (declared is UnicodeEncoding) declared = Encoding.UTF8;
            if (declared is not null)
            {
                bool containsNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;
                // A Latin label on bytes that are valid multi-byte UTF-8 is a mislabelled UTF-8 page, common on old sites.
                bool preferUtf8 = isValidUtf8 && containsNonAscii && declared.IsSingleByte;
                if (!preferUtf8 && TryDecodeStrict(bytes, declared, out string? text))
                    return new DecodedText(text, EncodingLabels.WebName(declared));
                // The declaration is wrong; fall through to what the bytes say.
            }
        }

        if (isValidUtf8) return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8");

        return DecodeDetected(bytes, displayName);
    }

    private static DecodedText DecodeDetected(ReadOnlySpan<byte> bytes, string displayName)
    {
        var candidates = new List<Encoding>(3);
        byte[] sample = bytes.Length > DetectionSampleLength ? bytes[..DetectionSampleLength].ToArray() : bytes.ToArray();
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected?.EncodingName is { } detectedName && EncodingLabels.Resolve(detectedName) is { } detectedEncoding
            && detectedEncoding.CodePage != 65001)
        {
            candidates.Add(detectedEncoding);
        }
        // The documents linted here are Chinese: when detection is unsure, these are the likely encodings.
        if (!candidates.Exists(e => e.CodePage == 54936)) candidates.Add(EncodingLabels.Gb18030);
        if (!candidates.Exists(e => e.CodePage == 950)) candidates.Add(EncodingLabels.Big5);
        // A single-byte guess decodes anything, so it is tried last: on short Chinese text the detector
        // sometimes answers windows-1252, while a real Latin text rarely decodes strictly as GB18030.
        if (candidates[0].IsSingleByte)
        {
            candidates.Add(candidates[0]);
            candidates.RemoveAt(0);
        }

        Encoding? best = null;
        int bestInvalid = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (TryDecodeStrict(bytes, candidate, out string? text))
                return new DecodedText(text, EncodingLabels.WebName(candidate));
            int invalid = CountInvalidSequences(bytes, candidate);
            if (invalid < bestInvalid) (best, bestInvalid) = (candidate, invalid);
        }

        if (best is not null && bestInvalid <= MaxAcceptedInvalid(bytes.Length))
            return new DecodedText(best.GetString(bytes), EncodingLabels.WebName(best));
        throw new TextLintException(
            $"{displayName}: cannot decode: too many invalid byte sequences for UTF-8, GB18030 or Big5 (at least {bestInvalid} with the closest, {EncodingLabels.WebName(best!)})");
    }

    /// <summary>Decodes with a known encoding (from a BOM): a few bad sequences are replaced, many are an error.</summary>
    private static DecodedText DecodeOrFail(ReadOnlySpan<byte> bytes, Encoding encoding, string displayName)
    {
        if (TryDecodeStrict(bytes, encoding, out string? text)) return new DecodedText(text, EncodingLabels.WebName(encoding));
        int invalid = CountInvalidSequences(bytes, encoding);
        if (invalid > MaxAcceptedInvalid(bytes.Length))
            throw new TextLintException($"{displayName}: cannot decode as {EncodingLabels.WebName(encoding)} despite its byte-order mark: {invalid} invalid byte sequences");
        return new DecodedText(encoding.GetString(bytes), EncodingLabels.WebName(encoding));
    }

    private static int MaxAcceptedInvalid(int byteCount) => Math.Max(2, (int)(byteCount * MaxInvalidShare));

    private static bool TryDecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Counts the byte sequences <paramref name="encoding"/> cannot decode, without building the string.</summary>
    private static int CountInvalidSequences(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var counting = new CountingDecoderFallback();
        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = counting;
        lenient.GetCharCount(bytes);
        return counting.Count;
    }

    /// <summary>NUL bytes, or many control characters, in the first bytes mean the file is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes.Length > BinaryCheckLength ? bytes[..BinaryCheckLength] : bytes;
        if (head.IndexOf((byte)0) >= 0) return true;
        int controls = 0;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x1B)) controls++;
        }
        return controls > head.Length / 10;
    }

    /// <summary>A decoder fallback that replaces each invalid sequence with U+FFFD and counts them.</summary>
    private sealed class CountingDecoderFallback : DecoderFallback
    {
        public int Count;
        public override int MaxCharCount => 1;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;
            public override int Remaining => _pending ? 1 : 0;
            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _pending = true;
                return true;
            }
            public override char GetNextChar()
            {
                if (!_pending) return '\0';
                _pending = false;
                return '\uFFFD';
            }
            public override bool MovePrevious() => false;
        }
    }
}
