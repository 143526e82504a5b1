using TextLint.Core.Findings;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>typo.de</c>: 的 written for 得 between a verb and its complement of degree (完成的很好 → 完成得很好,
/// 进展的十分顺利 → 进展得十分顺利). Only the clearest form is checked, as advice: one of the common verbs of
/// official text, 的, a degree adverb (很, 十分, 更加 …) and a short adjective that ends the clause (or is
/// followed by 了). Where the verb and 的 make a word (目的, 有的, 真的) nothing is reported, nor where the
/// adjective runs on into a noun (取得的很大成绩: 的 there ties a phrase to 成绩). Other 的/地/得 slips need a
/// parse of the sentence and are not looked for.
/// </summary>
public sealed class ComplementDeRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "typo.de", "typo", Severity.Info, "“的”“得”误用",
        "疑似“的”“得”误用：“{0}”应为“{1}”",
        "动词后接表示程度的补语（很好、十分顺利、更加整洁）时用“得”，不用“的”。只检查常见动词加程度副词、补语位于分句末尾的情形，作为提示。",
        "工作完成的很好 → 工作完成得很好");

    /// <summary>Verbs of official text that take a complement of degree (two characters first, then one).</summary>
    private static readonly string[] Verbs =
    [
        "完成", "进展", "开展", "落实", "执行", "推进", "发展", "表现", "组织", "准备", "安排", "处理", "解决",
        "贯彻", "实施", "运行", "运转", "进行", "发挥", "体现", "布置", "协调", "配合", "整改", "建设", "变化",
        "提高", "改善", "增长", "下降", "做", "干", "办", "搞", "抓", "管", "建", "变", "跑", "长", "走", "过",
    ];

    /// <summary>Degree adverbs that open a complement.</summary>
    private static readonly string[] DegreeAdverbs = ["越来越", "十分", "非常", "更加", "特别", "格外", "相当", "极其", "比较", "较为", "很", "更", "挺", "太"];

    /// <summary>What ends the clause after the complement.</summary>
    private const string ClauseEnd = "，。；！？、,.;!?：:）)”";

    private readonly Lazy<Lexicon?> _lexicon;

    /// <summary>A rule that consults <see cref="Lexicon.Default"/> on its first candidate.</summary>
    public ComplementDeRule() : this(() => Lexicon.Default) { }

    /// <summary>A rule that consults <paramref name="lexicon"/> (loaded on the first candidate; a failure or null means no lexicon).</summary>
    public ComplementDeRule(Func<Lexicon?> lexicon) => _lexicon = OptionalLexicon.Load(lexicon);

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        // Verb, 的, adverb and adjective: at least four characters.
        if (text.Length < 4 || !findings.IsEnabled(Descriptor)) return;
        for (int de = text.IndexOf('的', 1); de > 0; de = text.IndexOf('的', de + 1))
        {
            if (!ComplementAfter(text, de + 1) || VerbBefore(text, de) is not { } verb) continue;
            // 目的, 有的, 真的: the character before 的 makes a word with it.
            if (_lexicon.Value is { } lexicon && lexicon.Contains(text.AsSpan(de - 1, 2))) continue;
            int start = de - verb.Length;
            findings.Report(Descriptor, start, verb.Length + 1, [verb + "得"]);
        }
    }

    private string? VerbBefore(string text, int de)
    {
        foreach (string verb in Verbs)
        {
            int start = de - verb.Length;
            if (start < 0 || !text.AsSpan(start, verb.Length).SequenceEqual(verb)) continue;
            // A one-character verb must not end a longer word (使用的 is not 用的, 事变的 not 变的; 道路变的 is).
            if (verb.Length == 1 && start > 0 && CharClass.IsHan(text[start - 1])
                && (_lexicon.Value is not { } lexicon || lexicon.Contains(text.AsSpan(start - 1, 2)))) return null;
            return verb;
        }
        return null;
    }

    /// <summary>Whether a degree adverb and a short adjective ending the clause follow at <paramref name="at"/>.</summary>
    private static bool ComplementAfter(string text, int at)
    {
        foreach (string adverb in DegreeAdverbs)
        {
            if (!text.AsSpan(at).StartsWith(adverb, StringComparison.Ordinal)) continue;
            int p = at + adverb.Length, han = 0;
            while (p < text.Length && han < 5 && CharClass.IsHan(text[p]) && text[p] != '了') { p++; han++; }
            if (han is < 1 or > 4) return false;
            if (p < text.Length && text[p] == '了') p++;
            return p == text.Length || ClauseEnd.Contains(text[p]);
        }
        return false;
    }
}
