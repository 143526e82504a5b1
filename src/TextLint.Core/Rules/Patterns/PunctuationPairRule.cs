using System.Buffers;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>punct.pair</c>: an opening or closing mark of a pair — 《》 〈〉 “” ‘’ （） 【】 「」 『』 〔〕 — without
/// its partner in the same block. One stack per pair type (full-width and ASCII parentheses share
/// one, since 「（见附件)」 is a width slip, not a missing mark). Not reported: list markers closed by a
/// lone parenthesis (1） 一） a) iv)), emoticons (:) ), apostrophes (don’t), and a paragraph that
/// opens a quotation without closing it — GB/T 15834 lets a quotation of several paragraphs open
/// each one and close only the last (a quote left open by a paragraph that the next one does not continue
/// is not closed by a mark in a later paragraph). Two opening quotes with nothing between them that closes
/// (“通知“) are reported as a wrongly turned quote, with the right mark as suggestion. One pass
/// over the block with a vectorised search for the marks.
/// </summary>
public sealed class PunctuationPairRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "punct.pair", "punct", Severity.Warning, "标点不成对",
        "标点符号方向错误：“{0}”应为“{1}”",
        "书名号、引号、括号等成对使用的标点缺少另一半。列表序号“1）”“一）”、英文撇号和跨段引文的段首引号不报告。",
        "《政府信息公开条例 → 《政府信息公开条例》") { MessageWithoutSuggestion = "标点符号不成对：“{0}”" };

    private const string Openers = "《〈“‘（(【「『〔";
    private const string Closers = "》〉”’）)】」』〕";
    private static readonly SearchValues<char> Marks = SearchValues.Create(Openers + Closers + "\n");

    /// <summary>Pair type of each opener/closer index (the two parentheses share type 4).</summary>
    private static readonly int[] TypeOf = [0, 1, 2, 3, 4, 4, 5, 6, 7, 8];
    private const int TypeCount = 9;
    private const int QuoteDouble = 2, QuoteSingle = 3;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        List<int>?[]? stacks = null;
        // Quotes left open by a paragraph that the next one does not continue (it does not open with the
        // same mark) sit below a floor: a closing quote in a later paragraph does not match them.
        int[]? floors = null;
        List<(int Position, string? Suggestion, string Note)>? problems = null;
        int i = 0;
        while (true)
        {
            int found = text.AsSpan(i).IndexOfAny(Marks);
            if (found < 0) break;
            int at = i + found;
            char c = text[at];
            if (c == '\n')
            {
                if (stacks is not null)
                    foreach (int quote in (ReadOnlySpan<int>)[QuoteDouble, QuoteSingle])
                        if (stacks[quote] is { Count: > 0 } unclosed && EndsParagraph(text, at) && !NextParagraphOpens(text, at, Openers[Array.IndexOf(TypeOf, quote)]))
                            (floors ??= new int[TypeCount])[quote] = unclosed.Count;
                i = at + 1;
                continue;
            }
            int open = Openers.IndexOf(c);
            if (open >= 0)
            {
                stacks ??= new List<int>?[TypeCount];
                (stacks[TypeOf[open]] ??= []).Add(at);
            }
            else
            {
                int close = Closers.IndexOf(c);
                int type = TypeOf[close];
                var stack = stacks?[type];
                if (stack is not null && stack.Count > (floors?[type] ?? 0)) stack.RemoveAt(stack.Count - 1);
                else if (!IsExcusedCloser(text, at, c))
                    (problems ??= []).Add((at, null, $"缺少与之配对的“{Openers[close]}”"));
            }
            i = at + 1;
        }

        if (stacks is not null)
        {
            for (int type = 0; type < TypeCount; type++)
            {
                var stack = stacks[type];
                if (stack is null || stack.Count == 0) continue;
                int openerIndex = Array.IndexOf(TypeOf, type);
                char closer = Closers[openerIndex];
                for (int k = 0; k < stack.Count; k++)
                {
                    int at = stack[k];
                    if ((type == QuoteDouble || type == QuoteSingle) && k + 1 < stack.Count
                        && IsTurnedQuote(text, at, stack[k + 1], text[at], closer))
                    {
                        // “通知“ : the second mark was meant to close the first.
                        (problems ??= []).Add((stack[k + 1], closer.ToString(), "前后引号方向不一致"));
                        k++;
                        continue;
                    }
                    if ((type == QuoteDouble || type == QuoteSingle) && OpensParagraphQuotation(text, at, closer)) continue;
                    (problems ??= []).Add((at, null, $"缺少与之配对的“{closer}”"));
                }
            }
        }

        if (problems is null) return;
        problems.Sort((a, b) => a.Position.CompareTo(b.Position));
        foreach (var (position, suggestion, note) in problems)
            findings.Report(Descriptor, position, 1, suggestion is null ? null : [suggestion], note);
    }

    /// <summary>
    /// Whether the line break at <paramref name="at"/> ends a paragraph: a blank line follows, or the line ends a
    /// sentence. A break inside a sentence is a hard wrap (Markdown and some plain text wrap lines), not a paragraph end.
    /// </summary>
    private static bool EndsParagraph(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000' or '\t' or '\u00A0' or '\r') k--;
        if (k >= 0 && text[k] is '。' or '！' or '？' or '!' or '?' or '…') return true;
        int j = at + 1;
        while (j < text.Length && text[j] is ' ' or '\u3000' or '\t' or '\u00A0' or '\r') j++;
        return j < text.Length && text[j] == '\n';
    }

    /// <summary>Whether the paragraph after the line break at <paramref name="at"/> opens with <paramref name="opener"/> (a quotation that goes on).</summary>
    private static bool NextParagraphOpens(string text, int at, char opener)
    {
        int j = at + 1;
        while (j < text.Length && text[j] is ' ' or '\u3000' or '\t' or '\u00A0' or '\r' or '\n') j++;
        return j < text.Length && text[j] == opener;
    }

    /// <summary>Two unmatched openers of the same quote type with no other mark of that type between them.</summary>
    private static bool IsTurnedQuote(string text, int first, int second, char opener, char closer)
    {
        if (second - first < 2) return false;
        for (int k = first + 1; k < second; k++)
            if (text[k] == opener || text[k] == closer || text[k] is '\n' or '\r') return false;
        return true;
    }

    /// <summary>An opening quote at the start of a paragraph whose paragraph never closes it (a multi-paragraph quotation).</summary>
    private static bool OpensParagraphQuotation(string text, int at, char closer)
    {
        int k = at - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000' or '\t' or '\u00A0') k--;
        if (k >= 0 && text[k] is not ('\n' or '\r')) return false;
        for (int j = at + 1; j < text.Length && text[j] is not ('\n' or '\r'); j++)
            if (text[j] == closer) return false;
        return true;
    }

    /// <summary>A closing mark without an opener that is not an error: list markers, emoticons, apostrophes.</summary>
    private static bool IsExcusedCloser(string text, int at, char c)
    {
        if (c == '’')
            // Apostrophe between Latin letters or after a digit (don’t, 90’s).
            return at > 0 && (CharClass.IsLatinLetter(text[at - 1]) || CharClass.IsDigit(text[at - 1]));
        if (c is not (')' or '）')) return false;
        if (at > 0 && text[at - 1] is ':' or '：' or ';' or '-' or '^' or '=') return true; // :) :-) ^) =)
        // List marker: a short number, Chinese numeral, letter or roman numeral after a boundary.
        int k = at - 1;
        while (k >= 0 && (CharClass.IsDigit(text[k]) || CharClass.IsChineseNumeral(text[k]) || CharClass.IsLatinLetter(text[k]))) k--;
        int markerLength = at - 1 - k;
        if (markerLength == 0 || markerLength > 4) return false;
        var marker = text.AsSpan(k + 1, markerLength);
        bool ok = IsAll(marker, CharClass.IsDigit) && markerLength <= 3
            || IsAll(marker, CharClass.IsChineseNumeral) && markerLength <= 3
            || markerLength == 1 && CharClass.IsLatinLetter(marker[0])
            || IsAll(marker, ch => "ivxIVX".Contains(ch));
        if (!ok) return false;
        return k < 0 || !CharClass.IsHan(text[k]) && !CharClass.IsLatinLetter(text[k]) && !CharClass.IsDigit(text[k])
            || text[k] == '第';
    }

    private static bool IsAll(ReadOnlySpan<char> span, Func<char, bool> test)
    {
        foreach (char ch in span) if (!test(ch)) return false;
        return true;
    }
}
