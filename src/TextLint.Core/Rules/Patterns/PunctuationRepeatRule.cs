using System.Buffers;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>punct.repeat</c>: full-width point marks typed twice or clashing — 。。 ，， 、、 ；； ，。 。，
/// ；。 ！。 — with the one mark that should stay as suggestion: the strongest of the run (。？！ over
/// ；： over ， over 、); a run of three or more 。 or 、 (。。。) is a home-made ellipsis
/// and gets ……. Runs of only ？ and ！ (！！, ？！) are style, allowed by GB/T 15834 for strong
/// emotion, and not reported; …… and —— are not point marks. Marks separated by a space or a quote
/// are not a run. One vectorised search plus a look at the next character.
/// </summary>
public sealed class PunctuationRepeatRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "punct.repeat", "punct", Severity.Warning, "标点重复",
        "标点符号重复或连用：“{0}”应为“{1}”",
        "句号、逗号、顿号、分号、冒号等点号重复或两种点号连用，只应保留一个。“！！”“？！”等表示强烈语气的叠用不报告。",
        "工作。。 → 工作。") { MessageWithoutSuggestion = "标点符号重复或连用：“{0}”" };

    private const string PointMarks = "。，、；：？！";
    private static readonly SearchValues<char> Marks = SearchValues.Create(PointMarks);

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int i = 0;
        while (i < text.Length - 1)
        {
            int found = text.AsSpan(i, text.Length - i - 1).IndexOfAny(Marks);
            if (found < 0) return;
            int start = i + found;
            int end = start + 1;
            while (end < text.Length && PointMarks.Contains(text[end])) end++;
            i = end;
            if (end - start < 2) continue;
            string? suggestion = SuggestionFor(text.AsSpan(start, end - start));
            if (suggestion is null) continue;
            findings.Report(Descriptor, start, end - start, [suggestion]);
        }
    }

    /// <summary>What the run should be, or null when it is acceptable.</summary>
    internal static string? SuggestionFor(ReadOnlySpan<char> run)
    {
        bool onlyExclamations = true, allSame = true;
        foreach (char c in run)
        {
            onlyExclamations &= c is '？' or '！';
            allSame &= c == run[0];
        }
        if (onlyExclamations) return null;
        if (allSame && run.Length >= 3 && run[0] is '。' or '、') return "……";
        if (run.Contains('？') || run.Contains('！'))
        {
            // Keep the question and exclamation marks as written (“？！。” → “？！”).
            Span<char> kept = stackalloc char[run.Length];
            int n = 0;
            foreach (char c in run) if (c is '？' or '！') kept[n++] = c;
            return new string(kept[..n]);
        }
        char best = run[0];
        foreach (char c in run)
            if (Strength(c) >= Strength(best)) best = c;
        return best.ToString();
    }

    private static int Strength(char c) => c switch
    {
        '。' => 4,
        '；' or '：' => 3,
        '，' => 2,
        _ => 1,
    };
}
