// Invariant: every label resolves to an Encoding whose decoder is usable here, or to null; Chinese
// GB-family labels always resolve to GB18030 (a superset that decodes GB2312 and GBK text alike).
using System.Collections.Concurrent;
using System.Text;

namespace TextLint.Core.Decoding;

/// <summary>Maps charset labels (from HTML or from detection) to encodings and their web names.</summary>
internal static class EncodingLabels
{
    private static readonly Lazy<bool> CodePagesRegistered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>GB18030, the encoding every GB2312/GBK label is read as.</summary>
    public static Encoding Gb18030 => Get(54936);

    /// <summary>Big5 (code page 950).</summary>
    public static Encoding Big5 => Get(950);

    /// <summary>An encoding by code page, with the code-pages provider registered first.</summary>
    public static Encoding Get(int codePage) => ByCodePage.GetOrAdd(codePage, static page =>
    {
        _ = CodePagesRegistered.Value;
        return Encoding.GetEncoding(page);
    });

    // Encoding.GetEncoding goes through the code-pages provider, which takes a process-wide lock on every
    // call: with a charset label on nearly every page, parallel workers queued on it. Code pages are a
    // small fixed set; labels come from documents, so only the first few hundred distinct ones are kept.
    private static readonly ConcurrentDictionary<int, Encoding> ByCodePage = new();
    private static readonly ConcurrentDictionary<string, Encoding?> ByLabel = new(StringComparer.Ordinal);
    private const int MaxCachedLabels = 256;

    /// <summary>Resolves a charset label, or returns null when it is unknown or unusable.</summary>
    public static Encoding? Resolve(string label)
    {
        if (ByLabel.TryGetValue(label, out var known)) return known;
        var encoding = ResolveUncached(label);
        if (ByLabel.Count < MaxCachedLabels) ByLabel.TryAdd(label, encoding);
        return encoding;
    }

    private static Encoding? ResolveUncached(string label)
    {
        _ = CodePagesRegistered.Value;
        string normalized = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (normalized)
        {
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312" or "gb_2312-80" or "chinese" or "csgb2312"
                or "iso-ir-58" or "cp936" or "windows-936" or "ms936" or "gb18030" or "euc-cn":
                return Gb18030;
            case "big5" or "big5-hkscs" or "cn-big5" or "csbig5" or "x-x-big5" or "cp950":
                return Big5;
            // The WHATWG Encoding Standard reads these labels as windows-1252, and so do browsers.
            case "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso_8859-1" or "cp1252":
                return Get(1252);
        }
        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The lower-case web name reported for <paramref name="encoding"/>.</summary>
    public static string WebName(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "utf-16le",
        1201 => "utf-16be",
        65001 => "utf-8",
        54936 => "gb18030",
        950 => "big5",
        _ => encoding.WebName.ToLowerInvariant(),
    };

    /// <summary>True for single-byte encodings that decode any byte sequence without error.</summary>
    public static bool IsSingleByte(Encoding encoding) => encoding.IsSingleByte;
}
