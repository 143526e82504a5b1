namespace TextLint.Core.Rules.Suspect;

/// <summary>
/// Whether a suspect word starts a person's name: a common surname right after a title or an appointment word (市委书记陈立群, 决定任命赵亮为, 联系人：王工) or
/// followed, after a one- or two-character given name, by what news says people do (陈立群强调, 陈立群出席).
/// Names are not words, so word statistics "correct" them (陈立 → 成立) on every mention of the person.
/// </summary>
internal static class PersonName
{
    /// <summary>The most common surnames (single characters).</summary>
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private static readonly string[] TitlesBefore =
    [
        "书记", "主任", "市长", "县长", "区长", "镇长", "乡长", "省长", "局长", "处长", "科长", "部长", "主席",
        "院长", "校长", "所长", "站长", "队长", "厅长", "会长", "秘书长", "董事长", "总经理", "经理", "委员",
        "代表", "同志", "记者", "通讯员", "教授", "医生", "医师", "老师", "专家", "民警", "法官", "检察官",
        // Appointment notices and contact lines name people without a title first.
        "任命", "免去", "聘任", "提名", "联系人:", "联系人：", "联系人",
    ];

    private static readonly string[] ActsAfter =
    [
        "强调", "指出", "表示", "说", "主持", "出席", "参加", "介绍", "带队", "调研", "讲话", "要求", "同志",
        "书记", "主任", "市长", "县长", "局长", "一行", "认为", "称", "告诉", "在", "，", ",", "、", // folding makes ， a comma
    ];

    /// <summary>Two-character surnames (欧阳旻，男，满族).</summary>
    private static readonly string[] CompoundSurnames =
        ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "轩辕", "端木", "呼延", "独孤", "南宫", "西门"];

    /// <summary>Whether <paramref name="c"/> is one of the most common surnames.</summary>
    public static bool IsSurname(char c) => Surnames.Contains(c);

    /// <summary>
    /// Whether the word at <paramref name="wordStart"/> is a name as described, or the given name of one whose
    /// surname stands just before it (王|昱辰，男，汉族: the statistics cut the surname off).
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> folded, int wordStart) =>
        StartsAt(folded, wordStart)
        || (wordStart >= 1 && StartsAt(folded, wordStart - 1))
        || (wordStart >= 2 && SurnameLength(folded, wordStart - 2) == 2 && StartsAt(folded, wordStart - 2));

    private static int SurnameLength(ReadOnlySpan<char> folded, int at)
    {
        foreach (string compound in CompoundSurnames)
            if (folded[at..].StartsWith(compound, StringComparison.Ordinal)) return 2;
        return Surnames.Contains(folded[at]) ? 1 : 0;
    }

    /// <summary>Whether the word at <paramref name="wordStart"/> in <paramref name="folded"/> starts a name as described.</summary>
    public static bool StartsAt(ReadOnlySpan<char> folded, int wordStart)
    {
        if (wordStart >= folded.Length) return false;
        int surname = SurnameLength(folded, wordStart);
        if (surname == 0) return false;
        var before = folded[..wordStart];
        foreach (string title in TitlesBefore)
            if (before.EndsWith(title, StringComparison.Ordinal)) return true;
        bool atStart = wordStart == 0 || !SuspectDetector.IsHan(folded[wordStart - 1]);
        for (int given = 1; given <= 2; given++)
        {
            int after = wordStart + surname + given;
            if (after > folded.Length) break;
            foreach (string act in ActsAfter)
                if (folded[after..].StartsWith(act, StringComparison.Ordinal) && (atStart || act.Length > 1)) return true;
        }
        return false;
    }
}
