using System.Collections.Frozen;
using TextLint.Core.Findings;
using TextLint.Core.Segmentation;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>repeat.word</c>: a word of two to four Chinese characters written twice in a row (工作工作,
/// 社会主义社会主义). Legitimate ABAB forms are left alone: reduplicated verbs and adjectives
/// (研究研究, 讨论讨论, 雪白雪白), polite and spoken formulas (谢谢, 哪里哪里, 加油加油), intensifiers
/// (非常非常, 很久很久), anything with a numeral (一步一步, 三三两两), a trailing particle (好的好的,
/// 来了来了) or an onomatopoeic character (哗啦哗啦), and two characters that are no word of the lexicon
/// (老人每人每月 repeats 人每, which lies across words). When the second copy begins a longer word of the
/// lexicon (负责管理|管理人员), or the first ends one (党组织|组织党员), or a document names itself before it (本规划|规划期限), the pair is two different words and is not reported
/// (a longer word counts only if the lexicon has it ten times or more: 研究部署部署 is no 研究部署 + 部署); the lexicon loads
/// on the first such candidate only. Without a lexicon, a candidate is reported only when no Chinese
/// character follows it. One left-to-right pass; a candidate needs text[i] == text[i+n], which
/// <see cref="Recurrence"/> finds eight positions at a time.
/// </summary>
public sealed class RepeatedWordRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "repeat.word", "repeat", Severity.Warning, "重复词语",
        "疑似词语重复：“{0}”应为“{1}”",
        "同一个词语连续出现两次（如“工作工作”），多为复制粘贴或修改时遗留。可以重叠使用的动词、形容词（“研究研究”“雪白雪白”）、口语客套话和拟声词不报告。",
        "做好工作工作 → 做好工作") { MessageWithoutSuggestion = "疑似词语重复：“{0}”" };

    /// <summary>Two-character words whose ABAB reduplication is standard (verbs of trying, adjectives of degree, spoken formulas).</summary>
    private static readonly FrozenSet<string> Reduplicable = FrozenSet.ToFrozenSet(
    [
        // verbs: "do a little", 研究研究
        "研究", "讨论", "学习", "商量", "休息", "考虑", "介绍", "了解", "锻炼", "活动", "收拾", "打扫",
        "整理", "准备", "交流", "沟通", "放松", "体验", "尝试", "比较", "思考", "总结", "检查", "调查",
        "观察", "帮助", "指导", "表扬", "琢磨", "打听", "溜达", "参观", "练习", "清理", "分析", "反思",
        "关心", "照顾", "认识", "批评", "教育", "宣传", "意思", "解释", "修理", "修改", "检讨", "运动",
        "走动", "商议", "合计", "掂量", "捣鼓", "鼓捣", "比划", "拾掇", "活络", "舒展", "享受", "欣赏",
        "品尝", "感受", "熟悉", "适应", "请教", "提醒", "安慰", "鼓励", "庆祝", "培养", "讲解", "演示",
        "示范", "体会", "盘算", "计划", "安排", "布置", "打理", "梳理", "疏通", "清洗", "消遣", "解闷",
        "比试", "较量", "切磋", "理论", "回忆", "想象", "交代", "表示", "照看", "保养", "调整", "提高",
        "补充", "充实", "反映", "汇报", "打扮", "收拾", "搓揉", "按摩", "活泛", "联系", "走访", "开导",
        "操练", "磨炼", "试验", "核对", "估计", "掂掇", "打点", "请示", "动员", "慰问", "招呼", "通融",
        // adjectives: 高兴高兴, 雪白雪白
        "高兴", "热闹", "暖和", "凉快", "轻松", "乐呵", "快活", "痛快", "舒服", "舒坦", "风光", "体面",
        "潇洒", "威风", "神气", "开心", "冷静", "清醒", "振作", "干净", "亲热", "亲近", "随便", "老实",
        "雪白", "通红", "冰凉", "笔直", "漆黑", "碧绿", "火红", "滚烫", "喷香", "崭新", "蜡黄", "乌黑",
        "瓦蓝", "湛蓝", "雪亮", "金黄", "鲜红", "粉红", "透亮", "煞白", "焦黄", "冰冷", "滚圆", "溜圆",
        "精光", "稀烂", "粉碎", "黢黑", "锃亮", "碧蓝", "嫩绿", "翠绿", "血红", "蔚蓝", "飞快", "贼亮",
        "忽闪", "忽悠", "悠哉", "晃悠", "哆嗦", "扑腾", "折腾", "嘀咕", "咕哝", "蹦跶", "扑棱", "眨巴",
        // quantities: 大把大把, 大片大片
        "大批", "大把", "大片", "大块", "大堆", "大捆", "大笔", "大口", "大步", "成批", "成片", "成群",
        // spoken formulas and intensifiers
        "非常", "特别", "十分", "许多", "一直", "永远", "很久", "很多", "好多", "好久", "良久", "许久", "加油", "注意",
        "小心", "快来", "快点", "慢点", "欢迎", "恭喜", "再见", "你好", "不要", "不行", "不是", "没有",
        "不对", "可以", "不错", "厉害", "佩服", "失敬", "惭愧", "久仰", "幸会", "岂敢", "哪里", "罪过",
        "彼此", "一般", "还行", "来回", "左右", "上下", "前后", "反复", "救命",
        "拜托", "辛苦", "抱歉", "感谢", "多谢", "打住", "停下", "快跑", "站住", "别动", "散开", "让开",
    ], StringComparer.Ordinal);

    /// <summary>Longer units that are said twice in speech (对不起对不起).</summary>
    private static readonly FrozenSet<string> RepeatedFormulas = FrozenSet.ToFrozenSet(
    [
        "对不起", "没关系", "不客气", "不好意思", "了不起", "不得了", "是不是", "好不好", "行不行", "对不对",
        "要不要", "有没有", "来不及", "别着急", "慢慢来", "我来了", "太好了", "谢谢你", "谢谢您", "辛苦了",
    ], StringComparer.Ordinal);

    /// <summary>A trailing particle makes a spoken repetition (好的好的, 来了来了, 走吧走吧).</summary>
    private const string Particles = "的了着过吗呢吧啊呀嘛哦啦么嘞哒哈喽噢";

    /// <summary>Onomatopoeia and interjections repeat freely (哗啦哗啦, 叮咚叮咚).</summary>
    private const string Onomatopoeic = "哗啦叮咚扑滴答咕噜轰隆噼啪叽喳呼嘀嗒砰嘭啪嘿哟呦哎唉啊呀哇嘻哼咯嘎喔嘟嗡嗖咻噗咣铛嘶吱嚓喵汪呜嗷嘘哒嘞叭嘛呢哦噢嗯哈呵嘻咩叽咔嚓乒乓丁当";

    /// <summary>Intensifiers: 很大很大, 好远好远, 太多太多.</summary>
    private const string Intensifiers = "很好太超真最老挺蛮巨贼";

    /// <summary>Determiners with which a document names itself (本规划, 该公告, 此合同).</summary>
    private const string SelfReference = "本该此";

    /// <summary>Particles and function characters that follow a verb rather than open a noun phrase.</summary>
    private const string FunctionCharacters = "了着过的地得是在和与及为被把将从向于也都就还又已";

    private readonly Lazy<Lexicon?> _lexicon;

    /// <summary>A rule that consults <see cref="Lexicon.Default"/> on the first candidate.</summary>
    public RepeatedWordRule() : this(() => Lexicon.Default) { }

    /// <summary>A rule that consults <paramref name="lexicon"/> (loaded on the first candidate; a failure or null means no lexicon).</summary>
    public RepeatedWordRule(Func<Lexicon?> lexicon) => _lexicon = OptionalLexicon.Load(lexicon);

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int i = 0;
        while (i < text.Length - 3)
        {
            // A unit can only start where a character recurs two to four places later.
            i = Recurrence.IndexOf(text, i, 2, 4);
            if (i < 0 || i >= text.Length - 3) return;
            int unit = RepeatedUnitAt(text, i);
            if (unit == 0) { i++; continue; }
            // Take every further copy: 工作工作工作 is one finding.
            int end = i + 2 * unit;
            while (end + unit <= text.Length && text.AsSpan(end, unit).SequenceEqual(text.AsSpan(i, unit))) end += unit;
            if (IsLegitimate(text, i, unit, end)) { i = end; continue; }
            findings.Report(Descriptor, i, end - i, [text.Substring(i, unit)]);
            i = end;
        }
    }

    /// <summary>Length (2–4) of a Chinese unit at <paramref name="i"/> that is repeated immediately, or 0.</summary>
    private static int RepeatedUnitAt(string text, int i)
    {
        // Most positions end here: a unit starts with a Chinese character that recurs two to four chars later.
        char first0 = text[i];
        if (!CharClass.IsHan(first0) || first0 == text[i + 1]) return 0;
        for (int unit = 2; unit <= 4; unit++)
        {
            if (i + 2 * unit > text.Length) return 0;
            if (first0 != text[i + unit]) continue;
            var first = text.AsSpan(i, unit);
            if (!first.SequenceEqual(text.AsSpan(i + unit, unit))) continue;
            bool allHan = true;
            foreach (char c in first) allHan &= CharClass.IsHan(c);
            if (!allHan) continue;
            // A unit that is itself periodic (哈哈, 研究研究 as a 4-unit) belongs to a shorter period.
            if (IsPeriodic(first)) continue;
            return unit;
        }
        return 0;
    }

    private static bool IsPeriodic(ReadOnlySpan<char> unit)
    {
        for (int period = 1; period < unit.Length; period++)
        {
            if (unit.Length % period != 0) continue;
            bool periodic = true;
            for (int k = period; k < unit.Length && periodic; k++) periodic = unit[k] == unit[k - period];
            if (periodic) return true;
        }
        return false;
    }

    private bool IsLegitimate(string text, int start, int unit, int end)
    {
        var word = text.AsSpan(start, unit);
        foreach (char c in word)
            if (CharClass.IsChineseNumeral(c) || Onomatopoeic.Contains(c)) return true;
        if (Particles.Contains(word[^1])) return true;
        if (unit == 2)
        {
            if (Intensifiers.Contains(word[0])) return true;
            if (Reduplicable.Contains(word.ToString())) return true;
            // Two characters that are no word lie across two words: 老人|每人|每月 repeats no word.
            if (_lexicon.Value is { } words && !words.Contains(word)) return true;
        }
        else if (RepeatedFormulas.Contains(word.ToString())) return true;

        // The first copy may end a longer word: 党组织组织党员 is 党组织 + 组织.
        if (start > 0 && CharClass.IsHan(text[start - 1]) && _lexicon.Value is { } before && EndsLongerWord(text, start, unit, before)) return true;

        // The last copy may begin a longer word: 负责管理管理人员 is 管理 + 管理人员.
        if (end >= text.Length || !CharClass.IsHan(text[end])) return false;
        var lexicon = _lexicon.Value;
        if (lexicon is null) return true;
        // A document naming itself: 本规划规划期限, 本公告公告期限 are 本规划 + 规划期限.
        // (A word that opens with a particle, as 了结 in 该公告公告了结果, says nothing: the pair is a slip.)
        if (start > 0 && SelfReference.Contains(text[start - 1]) && end + 2 <= text.Length
            && !FunctionCharacters.Contains(text[end]) && lexicon.Contains(text.AsSpan(end, 2))) return true;
        int lastCopy = end - unit;
        for (int extra = 1; extra <= 3 && end + extra - 1 < text.Length && CharClass.IsHan(text[end + extra - 1]); extra++)
            if (IsWitness(lexicon, text.AsSpan(lastCopy, unit + extra))) return true;
        return false;
    }

    /// <summary>Whether the one or two Han characters before the first copy make a lexicon word with it (党 + 组织 = 党组织).</summary>
    private static bool EndsLongerWord(string text, int start, int unit, Lexicon lexicon)
    {
        for (int extra = 1; extra <= 2 && start - extra >= 0 && CharClass.IsHan(text[start - extra]); extra++)
            if (IsWitness(lexicon, text.AsSpan(start - extra, unit + extra))) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a word common enough to vouch that the two copies belong to two words.
    /// jieba also lists rare run-together phrases (研究部署 and 切实加强, 3 each), beside which 研究部署部署 and
    /// 切实切实加强 are still one word written twice; 党组织 (694) and 管理人员 (33) are words.
    /// </summary>
    private static bool IsWitness(Lexicon lexicon, ReadOnlySpan<char> word) => lexicon.FrequencyOf(word) >= MinWitnessFrequency;

    /// <summary>Lowest lexicon frequency of a longer word that explains a repetition away.</summary>
    private const int MinWitnessFrequency = 10;
}
