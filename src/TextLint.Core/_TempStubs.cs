// TEMPORARY: stand-ins for Decoding/Sources/HtmlExtractor until the extraction branch lands. Delete on merge.
namespace TextLint.Core.Decoding { public sealed record DecodedText(string Text, string EncodingName); public static class TextDecoder { public static DecodedText Decode(ReadOnlySpan<byte> b, bool h, string n) => new(System.Text.Encoding.UTF8.GetString(b), "utf-8"); } }
namespace TextLint.Core.Sources { public enum DocumentFormat { Text, Html } public static class DocumentFormats { public static DocumentFormat? FromPath(string p) => null; public static DocumentFormat Sniff(ReadOnlySpan<char> t) => DocumentFormat.Text; }
 public sealed record SourceItem(string DisplayPath, string? FilePath, bool IsStdin); public static class SourceReader { public static byte[] ReadAllBytes(SourceItem s) => File.ReadAllBytes(s.FilePath!); } }
namespace TextLint.Core.Extraction { public sealed class HtmlExtractor : IContentExtractor { public IReadOnlyList<TextBlock> Extract(string s) => []; } }
