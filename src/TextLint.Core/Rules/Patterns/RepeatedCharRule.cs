using System.Collections.Frozen;
using TextLint.Core.Findings;

namespace TextLint.Core.Rules.Patterns;

/// <summary>
/// <c>repeat.char</c>: a function character typed twice (的的, 了了, 是是, 要要).
/// Precision first: most Chinese characters double legitimately — AA reduplication (天天, 看看,
/// 渐渐), AABB (清清楚楚), idioms (井井有条), and, most of all, two words that meet at the same
/// character (人民|民主, 中国|国家, 工作|作风). So only characters listed here are checked, each with
/// the neighbours that make the double legitimate: a left neighbour that forms a word ending in the
/// character (目的|的, 为了|了解, 参与|与), or a continuation that forms a word starting with it
/// (的|的确, 是|是否, 要|要求, 正在|在线). A run of three or more is always reported. One left-to-right pass
/// (<see cref="Recurrence"/> skips to the next two equal adjacent code units); the table lookup
/// happens only there.
/// </summary>
public sealed class RepeatedCharRule : IBlockRule
{
    /// <summary>The rule descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "repeat.char", "repeat", Severity.Warning, "重复用字",
        "疑似多字：“{0}”应为“{1}”",
        "同一个虚词或常用单字连续重复（如“的的”“了了”“是是”），多为输入时误敲。只检查极少合法重叠的字，并排除“不了了之”“目的的”“为了了解”“是是非非”等合法用法。",
        "我们的的工作 → 我们的工作") { MessageWithoutSuggestion = "疑似多字：“{0}”" };

    /// <summary>Context in which a doubled character is legitimate.</summary>
    private sealed record Exceptions(string Left, string[] Right);

    private static readonly FrozenDictionary<char, Exceptions> Checked = new Dictionary<char, Exceptions>
    {
        ['的'] = new("目标端之打", ["确", "士", "卢"]),
        ['了'] = new("不得为除罢末明时甚", ["解", "结", "然", "却", "如", "不起", "不得", "可见"]),
        ['是'] = new("于凡总老倒硬要若只还就可但不真算正即便或乃求为", ["非", "否"]),
        ['在'] = new("现存实所内外潜自健不好旨意志重贵难神", ["线", "校", "职", "岗", "编", "建", "押", "读", "逃", "途", "售", "库", "册", "案"]),
        ['和'] = new("温平缓调柔讲附共总随饱暖祥谦议人中混", ["谐", "平", "睦", "气", "美", "蔼", "善", "衷", "煦", "解", "约", "顺", "好", "亲", "风", "田", "声", "弦", "尚", "局", "谈", "棋", "暖", "悦", "合"]),
        ['与'] = new("参给赋授付赠干相", ["会", "其", "日", "时", "世", "人", "否"]),
        ['及'] = new("以涉普危企顾所来惠波提触论遍殃累推兼言不莫", ["时", "格", "早", "第", "物", "至"]),
        ['将'] = new("即必大主武名老干猛上中少强爱悍宿骁良虎败残麻", ["军", "来", "领", "士", "近", "要", "就", "帅"]),
        ['被'] = new("棉盖羽毛丝绒花薄厚夹锦衾", ["告", "子", "褥", "单", "套", "罩", "面", "里", "窝"]),
        ['把'] = new("一两几这那每扶车刀火掌拖门枪千百十万手半", ["关", "握", "持", "守", "控", "脉", "柄", "戏", "式", "手", "头", "玩", "舵", "兄", "酒", "风"]),
        ['从'] = new("服随顺依听盲侍仆无何跟", ["事", "而", "来", "前", "小", "严", "容", "中", "速", "头", "未", "不", "此", "简", "业", "政", "重", "宽", "轻", "属", "众", "军", "师", "优", "新", "没", "旁"]),
        ['向'] = new("方导意志面走趋倾转偏取动指外内流横纵一双单定反风去航", ["来", "往", "导", "上", "下", "前", "后", "阳", "日", "着", "外", "内", "心", "善", "隅", "学", "量", "背"]),
        ['于'] = new("", []),
        ['这'] = new("", []),
        ['那'] = new("刹", []),
        ['为'] = new("作成以认称因行所有人无难视较甚极颇尤广更最", ["了", "何", "主", "止", "首", "难", "人", "此", "期", "民", "准", "由", "例", "宜", "重", "荣", "伍", "生", "患", "什", "政", "国", "官", "公"]),
        ['也'] = new("", []),
        ['很'] = new("", []),
        ['们'] = new("", []),
        ['之'] = new("", []),
        ['又'] = new("", []),
        ['或'] = new("", []),
        ['但'] = new("", []),
        ['各'] = new("", []),
        ['已'] = new("不而得业", []),
        ['都'] = new("首国古帝旧故京成陪建定迁大", ["市", "会", "督", "城", "江"]),
        ['就'] = new("成造迁将高低屈俯", ["业", "是", "医", "读", "近", "地", "任", "职", "餐", "座", "绪", "范", "诊", "义", "此", "算", "要", "像", "寝", "位", "学"]),
        ['并'] = new("合兼吞归一", ["不", "且", "没", "未", "列", "存", "举", "入", "购", "联", "肩", "行", "重", "发", "非", "用", "网", "轨", "案", "处"]),
        ['得'] = new("获取记觉显值懂晓难免使舍心所博赢求", ["到", "出", "以", "力", "知", "当", "分", "失", "益", "体", "意", "手", "道", "宜", "胜", "逞", "奖", "主", "罪"]),
        ['其'] = new("尤极与何莫耳及", ["中", "他", "实", "次", "余", "间", "后", "它", "乐", "所", "貌", "一", "格"]), // 其其格: a Mongolian given name
        ['以'] = new("可所难足得加予用借是藉据无给何", ["上", "下", "前", "后", "来", "外", "内", "及", "便", "免", "致", "至", "为", "往", "此", "期", "身", "北", "南", "东", "西", "色"]),
        ['而'] = new("从因进然反继故时既转幸偶忽", ["且", "已", "言", "后", "今", "是", "又", "易", "立", "论"]),
        ['还'] = new("归偿返交奉生退送清璧", ["是", "有", "要", "在", "会", "能", "原", "款", "需", "算", "不", "没", "债", "击", "价", "乡", "给", "手"]),
        ['更'] = new("变三五打", ["加", "新", "换", "多", "好", "正", "替", "改", "高", "大", "是", "迭", "衣", "年"]),
        ['要'] = new("重主需纲必只首摘提紧想硬扼将快就总概机险政", ["求", "素", "点", "件", "害", "领", "务", "闻", "塞", "职", "道", "地", "事", "么", "是", "不", "员", "诀", "义", "旨", "案", "约"]),
    }.ToFrozenDictionary();

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Check(string text, BlockFindings findings)
    {
        if (!findings.IsEnabled(Descriptor)) return;
        int i = 0;
        while (i < text.Length - 1)
        {
            i = Recurrence.IndexOf(text, i, 1, 1);
            if (i < 0) return;
            char c = text[i];
            if (!Checked.TryGetValue(c, out var exceptions)) { i++; continue; }
            int end = i + 2;
            while (end < text.Length && text[end] == c) end++;
            int count = end - i;
            bool legitimatePair = IsPartOfAabb(text, i, end) || IsWordBoundary(text, i, end, exceptions);
            if (count == 2 && legitimatePair) { i = end; continue; }
            string suggestion = legitimatePair ? new string(c, 2) : c.ToString();
            findings.Report(Descriptor, i, count, [suggestion]);
            i = end;
        }
    }

    /// <summary>的的确确, 是是非非 (the pair opens an AABB) or 实实在在 (it closes one).</summary>
    private static bool IsPartOfAabb(string text, int start, int end)
    {
        if (end - start != 2) return false;
        bool opens = end + 1 < text.Length && text[end] == text[end + 1] && CharClass.IsHan(text[end]);
        bool closes = start >= 2 && text[start - 2] == text[start - 1] && CharClass.IsHan(text[start - 1]);
        return opens || closes;
    }

    /// <summary>The first character ends the previous word, or the second starts the next one.</summary>
    private static bool IsWordBoundary(string text, int start, int end, Exceptions exceptions)
    {
        if (start > 0 && exceptions.Left.Contains(text[start - 1])) return true;
        var rest = text.AsSpan(end);
        foreach (var continuation in exceptions.Right)
            if (rest.StartsWith(continuation, StringComparison.Ordinal)) return true;
        return false;
    }
}
