// Invariant: Decode either returns the whole input as text in one named encoding (BOM removed) or
// throws a TextLintException whose one-line message names the file; it never returns text that is
// mostly replacement characters, and its cost is linear in the input size.
using System.Buffers;
using System.Text;
using System.Text.Unicode;
using TextLint.Core.Sources;

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
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml, string displayName) => Decode(bytes, isHtml, displayName, null);

    /// <summary>
    /// The text of a file the user names besides the documents (a term list, an allowlist, a configuration),
    /// read and decoded as a plain-text document is: a list saved as GB18030 by a Windows editor reads as
    /// well as a UTF-8 one.
    /// </summary>
    /// <exception cref="TextLintException">The file is missing, unreadable, binary or undecodable; the message names it.</exception>
    public static string ReadTextFile(string path) =>
        Decode(SourceReader.ReadAllBytes(SourceItem.ForFile(path, path)), isHtml: false, path).Text;

    /// <summary>
    /// Decodes <paramref name="bytes"/> with a charset declared outside the document (an HTTP
    /// <c>Content-Type</c> charset, as in a WARC response), which is honoured like a <c>&lt;meta&gt;</c>
    /// declaration but before it: valid UTF-8 with non-ASCII bytes still wins over a wrong label.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml, string displayName, string? transportCharset)
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
        if (transportCharset is not null && TryDeclared(bytes, transportCharset, isValidUtf8) is { } fromTransport) return fromTransport;
        if (isHtml && HtmlCharsetPrescanner.FindDeclaredCharset(bytes) is { } label && TryDeclared(bytes, label, isValidUtf8) is { } fromMeta)
            return fromMeta;

        if (isValidUtf8) return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8");

        return DecodeDetected(bytes, displayName);
    }

    /// <summary>The text decoded with a declared charset, or null when the label is unknown or the bytes say otherwise.</summary>
    private static DecodedText? TryDeclared(ReadOnlySpan<byte> bytes, string label, bool isValidUtf8)
    {
        Encoding? declared = EncodingLabels.Resolve(label);
        // A page cannot really be UTF-16 if its <meta> was readable as ASCII; the HTML standard reads it as UTF-8.
        if (declared is UnicodeEncoding) declared = Encoding.UTF8;
        if (declared is not null)
        {
            bool containsNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;
            // Non-ASCII bytes that are valid UTF-8 are almost never real GBK, Big5 or Latin text (GBK's
            // lead bytes rarely form valid UTF-8 sequences), while pages converted to UTF-8 that keep
            // their old <meta charset=gb2312> are common: the bytes win over the label. A GB18030
            // decoding of UTF-8 often "succeeds" and yields mojibake, so strictness alone cannot decide.
            bool preferUtf8 = isValidUtf8 && containsNonAscii;
            if (!preferUtf8)
            {
                var (text, bad) = DecodeLenient(bytes, declared);
                if (bad <= MaxAcceptedBad(bytes.Length)) return new DecodedText(text, EncodingLabels.WebName(declared));
            }
            // The declaration is wrong; fall through to what the bytes say.
        }
        return null;
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
        // sometimes answers windows-1252, while a real Latin text rarely decodes cleanly as GB18030.
        if (candidates[0].IsSingleByte)
        {
            candidates.Add(candidates[0]);
            candidates.RemoveAt(0);
        }

        Encoding best = candidates[0];
        int bestBad = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate.IsSingleByte && !LooksLikeSingleByteText(bytes)) continue;
            var (text, bad) = DecodeLenient(bytes, candidate);
            if (bad <= MaxAcceptedBad(bytes.Length)) return new DecodedText(text, EncodingLabels.WebName(candidate));
            if (bad < bestBad) (best, bestBad) = (candidate, bad);
        }
        throw new TextLintException(
            $"{displayName}: cannot decode: too many invalid byte sequences for UTF-8, GB18030 or Big5 ({bestBad} with the closest, {EncodingLabels.WebName(best)})");
    }

    /// <summary>
    /// A single-byte encoding decodes any bytes into letters, so it is only believed for text that is
    /// mostly ASCII with some accented letters, as Latin-script text is; not for runs of high bytes.
    /// </summary>
    private static bool LooksLikeSingleByteText(ReadOnlySpan<byte> bytes)
    {
        int high = 0;
        foreach (byte b in bytes) if (b >= 0x80) high++;
        return high <= bytes.Length * 3 / 10;
    }

    /// <summary>Decodes with a known encoding (from a BOM): a few bad sequences are replaced, many are an error.</summary>
    private static DecodedText DecodeOrFail(ReadOnlySpan<byte> bytes, Encoding encoding, string displayName)
    {
        var (text, bad) = DecodeLenient(bytes, encoding);
        if (bad > MaxAcceptedBad(bytes.Length))
            throw new TextLintException($"{displayName}: cannot decode as {EncodingLabels.WebName(encoding)} despite its byte-order mark: {bad} invalid byte sequences");
        return new DecodedText(text, EncodingLabels.WebName(encoding));
    }

    private static int MaxAcceptedBad(int byteCount) => Math.Max(2, (int)(byteCount * MaxInvalidShare));

    /// <summary>
    /// Decodes, replacing invalid sequences with U+FFFD, and scores how implausible the result is: the
    /// invalid sequences plus characters no real document contains — C0/C1 controls and private-use
    /// code points, which is what the lenient Windows code pages (Big5 among them) turn stray bytes into.
    /// </summary>
    private static (string Text, int Bad) DecodeLenient(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var counting = new CountingDecoderFallback();
        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = counting;
        string text = lenient.GetString(bytes);
        int bad = counting.Count;
        foreach (char c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001B')) || c is >= '\u007F' and <= '\u009F' or >= '\uE000' and <= '\uF8FF') bad++;
        }
        return (text, bad);
    }

    /// <summary>NUL bytes, or many control characters, in the first bytes mean the file is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes.Length > BinaryCheckLength ? bytes[..BinaryCheckLength] : bytes;
        if (head.IndexOf((byte)0) >= 0) return true;
        // Text usually has none of them at all: one vectorized search, and counting only when there are some.
        int first = head.IndexOfAny(BinaryControls);
        if (first < 0) return false;
        int controls = 0;
        foreach (byte b in head[first..])
            if (BinaryControls.Contains(b)) controls++;
        return controls > head.Length / 10;
    }

    /// <summary>The control bytes <see cref="LooksBinary"/> counts: below 0x20 except tab, LF, VT, FF, CR and ESC.</summary>
    private static readonly SearchValues<byte> BinaryControls = SearchValues.Create(
        Enumerable.Range(1, 0x1F).Select(b => (byte)b).Where(b => b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x1B)).ToArray());

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
