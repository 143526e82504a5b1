// Invariant: Text never contains a byte-order mark that was in the input, so offsets into Text are
// offsets into the document as a reader sees it; EncodingName is a lower-case web encoding name.
namespace TextLint.Core.Decoding;

/// <summary>A document decoded to a string, with the name of the encoding that was used.</summary>
/// <param name="Text">The decoded text, without any byte-order mark. Findings' offsets are into this string.</param>
/// <param name="EncodingName">Lower-case web name of the encoding: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>gb18030</c>, <c>big5</c>, …</param>
public sealed record DecodedText(string Text, string EncodingName);
