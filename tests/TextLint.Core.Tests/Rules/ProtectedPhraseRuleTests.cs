using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Rules;

/// <summary>Near-misses of protected phrases, generated from the correct phrases, end to end through the linter.</summary>
public sealed class ProtectedPhraseRuleTests : IDisposable
{
    private static readonly Linter Default = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-protect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A linter whose only data is a protected phrase list: whatever it reports was generated.</summary>
    private Linter OnlyProtected(string list)
    {
        string path = Path.Combine(_folder, "protected.txt");
        File.WriteAllText(path, list);
        var options = new LinterOptions { UseDefaultDictionaries = false };
        options.ProtectedPhraseFiles.Add(path);
        return new Linter(options);
    }

    private static Finding Single(IReadOnlyList<Finding> findings, string text, string written)
    {
        var finding = Assert.Single(findings, f => f.Severity >= Severity.Warning);
        Assert.Equal(written, finding.Text);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(written.Length, finding.Length);
        return finding;
    }

    [Theory]
    [InlineData("热烈庆祝中华人民共合国成立。", "中华人民共合国", "中华人民共和国", "typo.protected")]
    [InlineData("热烈庆祝中华人民大和国成立。", "中华人民大和国", "中华人民共和国", "typo.protected")]
    [InlineData("热烈庆祝中共人民共和国成立。", "中共人民共和国", "中华人民共和国", "typo.protected")]
    [InlineData("深入开展扫黑险恶专项斗争。", "扫黑险恶", "扫黑除恶", "typo.protected")]
    [InlineData("黑龙江省齐齐哈市召开会议。", "齐齐哈市", "齐齐哈尔市", "missing-char")]
    [InlineData("热烈庆祝中华人民共共和国成立。", "中华人民共共和国", "中华人民共和国", "extra-char")]
    [InlineData("热烈庆祝中华人民和共国成立。", "中华人民和共国", "中华人民共和国", "typo.protected")]
    public void DesignExamplesAreFoundByGenerationAlone(string text, string written, string phrase, string rule)
    {
        var linter = OnlyProtected("中华人民共和国\n扫黑除恶\n齐齐哈尔市\n");
        var finding = Single(linter.Lint(text), text, written);
        Assert.Equal((rule, Severity.Error, phrase), (finding.RuleId, finding.Severity, finding.Suggestions[0]));
        Assert.Contains(phrase, finding.Message);
    }

    [Theory]
    [InlineData("热烈庆祝中华人民共合国成立。", "中华人民共合国", "中华人民共和国", "typo.protected")]
    [InlineData("热烈庆祝中华人民大和国成立。", "中华人民大和国", "中华人民共和国", "typo.protected")]
    [InlineData("热烈庆祝中共人民共和国成立。", "中共人民共和国", "中华人民共和国", "typo.protected")]
    [InlineData("市攻府召开常务会议。", "攻府", "政府", "typo.protected")]
    [InlineData("深入开展扫黑险恶专项斗争。", "扫黑险恶", "扫黑除恶", "typo.protected")]
    [InlineData("黑龙江省齐齐哈市召开会议。", "齐齐哈市", "齐齐哈尔市", "typo.protected")]
    [InlineData("推进秸杆综合利用。", "秸杆", "秸秆", "typo.common")]
    [InlineData("做好疫情防空工作。", "疫情防空", "疫情防控", "typo.protected")]
    [InlineData("大力推进乡村振新。", "乡村振新", "乡村振兴", "typo.protected")]
    [InlineData("培育和践行社会主义核心价值关。", "社会主义核心价值关", "社会主义核心价值观", "typo.protected")]
    [InlineData("深化工业和言息化部改革。", "工业和言息化部", "工业和信息化部", "typo.protected")]
    // Slips of current formulations, written for the purpose (two through listed corruptions: 两个拥护, 共同体意思).
    [InlineData("深入学习贯彻习近平新时代中国特色社会主意思想。", "中国特色社会主意", "中国特色社会主义", "typo.protected")]
    [InlineData("坚决做到两个拥护。", "两个拥护", "两个维护", "typo.protected")]
    [InlineData("牢固树立四个义识。", "四个义识", "四个意识", "typo.protected")]
    [InlineData("不忘初心、牢记史命。", "牢记史命", "牢记使命", "typo.protected")]
    [InlineData("坚定不移推进全面从严治档。", "从严治档", "从严治党", "typo.protected")]
    [InlineData("积极培育和践行社会主义核心价值关。", "社会主义核心价值关", "社会主义核心价值观", "typo.protected")]
    [InlineData("为实现中华民族伟大复新而奋斗。", "中华民族伟大复新", "中华民族伟大复兴", "typo.protected")]
    [InlineData("坚持和发展新时代中国特色社会主议。", "特色社会主议", "特色社会主义", "typo.protected")]
    [InlineData("铸牢中华民族共同体意思。", "中华民族共同体意思", "中华民族共同体意识", "typo.protected")]
    [InlineData("推动构建人类命运共通体。", "构建人类命运共通体", "构建人类命运共同体", "typo.protected")]
    [InlineData("高质量共建一代一路。", "共建一代一路", "共建一带一路", "typo.protected")]
    [InlineData("推进粤港澳大弯区建设。", "粤港澳大弯区", "粤港澳大湾区", "typo.protected")]
    [InlineData("推动京津翼协同发展。", "京津翼", "京津冀", "typo.protected")]
    [InlineData("推动长江经济代发展。", "长江经济代发展", "长江经济带发展", "typo.protected")]
    [InlineData("全国人民代表大会常务委会第十次会议。", "全国人民代表大会常务委会", "全国人民代表大会常务委员会", "missing-char")]
    [InlineData("最高人民发院发布典型案例。", "人民发院", "人民法院", "typo.protected")]
    [InlineData("中央纪委国家检委网站消息。", "中央纪委国家检委", "中央纪委国家监委", "typo.protected")]
    [InlineData("热烈庆祝中国共产党成立一百周年，中国共产觉领导人民取得伟大成就。", "中国共产觉", "中国共产党", "typo.protected")]
    [InlineData("学习贯彻党的二十大精神，深刻领悟两个确力。", "两个确力", "两个确立", "typo.protected")]
    [InlineData("全面建设社会主义现代化国家，实现第二个百年奋头目标。", "第二个百年奋头目标", "第二个百年奋斗目标", "typo.protected")]
    // ... and more (四种全会, 中央委会, 群防群空, 法制中国 through entries and phrases added for them).
    [InlineData("深入学习贯彻十九届四种全会精神。", "四种全会", "四中全会", "typo.protected")]
    [InlineData("坚持全面深化改格，激发发展活力。", "全面深化改格", "全面深化改革", "typo.protected")]
    [InlineData("坚决打赢脱贫攻艰战。", "脱贫攻艰", "脱贫攻坚", "typo.protected")]
    [InlineData("不忘出心，牢记使命。", "不忘出心", "不忘初心", "typo.protected")]
    [InlineData("不忘初心，牢记失命。", "牢记失命", "牢记使命", "typo.protected")]
    [InlineData("坚持以人民为重心的发展思想。", "以人民为重心的发展思想", "以人民为中心的发展思想", "typo.protected")]
    [InlineData("深入开展两学一坐学习教育。", "两学一坐", "两学一做", "typo.protected")]
    [InlineData("扎实开展三严三时专题教育。", "三严三时", "三严三实", "typo.protected")]
    [InlineData("持续加强党风廉正建设。", "党风廉正建设", "党风廉政建设", "typo.protected")]
    [InlineData("严格落实中央八项规订精神。", "中央八项规订", "中央八项规定", "typo.protected")]
    [InlineData("中国共产党第十九届中央委会第六次全体会议。", "中央委会", "中央委员会", "missing-char")]
    [InlineData("坚持党对一切工作的领导，增强四个自心。", "四个自心", "四个自信", "typo.protected")]
    [InlineData("深入推进依法治国，建设法制中国。", "法制中国", "法治中国", "typo.protected")]
    [InlineData("推动高质量发屏。", "高质量发屏", "高质量发展", "typo.protected")]
    [InlineData("做好常态化疫情防控工作，筑牢群防群空防线。", "群防群空", "群防群控", "typo.protected")]
    [InlineData("全面推进乡村振兴，加快农业农村现代华。", "农业农村现代华", "农业农村现代化", "typo.protected")]
    [InlineData("全国政协是中国人民政治协商会意的全国委员会。", "中国人民政治协商会意", "中国人民政治协商会议", "typo.protected")]
    [InlineData("坚决打赢脱贫攻尖战。", "脱贫攻尖", "脱贫攻坚", "typo.protected")]
    [InlineData("全面推进乡村震兴。", "乡村震兴", "乡村振兴", "typo.protected")]
    [InlineData("深入实施精准扶平。", "精准扶平", "精准扶贫", "typo.protected")]
    [InlineData("扎实推进共同富余。", "共同富余", "共同富裕", "typo.protected")]
    [InlineData("完整准确全面贯彻新发展理论。", "新发展理论", "新发展理念", "typo.protected")]
    [InlineData("加快构建新发展格式。", "新发展格式", "新发展格局", "typo.protected")]
    [InlineData("发展全过程人民明主。", "全过程人民明主", "全过程人民民主", "typo.protected")]
    [InlineData("坚持依法制国，建设法治国家。", "依法制国", "依法治国", "typo.protected")]
    [InlineData("坚定不移全面从严制党。", "全面从严制党", "全面从严治党", "typo.protected")]
    [InlineData("坚持一国两治方针。", "一国两治", "一国两制", "typo.protected")]
    [InlineData("坚持以人名为中心的发展思想。", "以人名为中心的发展思想", "以人民为中心的发展思想", "typo.protected")]
    [InlineData("实现中华民族伟大复兴的中国孟。", "实现中华民族伟大复兴的中国孟", "实现中华民族伟大复兴的中国梦", "typo.protected")]
    [InlineData("国务院办公庭印发通知。", "国务院办公庭", "国务院办公厅", "typo.protected")]
    [InlineData("中央全面深化改革委会召开会议。", "中央全面深化改革委会", "中央全面深化改革委员会", "missing-char")]
    [InlineData("坚持党的全面领到。", "党的全面领到", "党的全面领导", "typo.protected")]
    // Listed corruptions of three characters stand without segmentation (内蒙古自/冶/区, 区党委, 区政府 misled it).
    [InlineData("内蒙古自冶区人民政府。", "自冶区", "自治区", "typo.protected")]
    [InlineData("宁夏回族自冶区党委。", "自冶区", "自治区", "typo.protected")]
    [InlineData("内蒙古自冶区政府印发通知。", "自冶区", "自治区", "typo.protected")]
    [InlineData("湖北省武汗市。", "武汗市", "武汉市", "typo.protected")]
    [InlineData("陕西省西按市。", "西按市", "西安市", "typo.protected")]
    [InlineData("云南省昆名市。", "昆名市", "昆明市", "typo.protected")]
    [InlineData("四川省成督市。", "成督市", "成都市", "typo.protected")]
    [InlineData("福建省福洲市。", "福洲市", "福州市", "typo.protected")]
    [InlineData("山西省太元市。", "太元市", "太原市", "typo.protected")]
    // common terms of notices (common-phrases.txt, warnings)
    [InlineData("请家长按时带孩子进行疫接种。", "疫接种", "疫苗接种", "missing-char")]
    [InlineData("县防汛抗指挥部发布通知。", "防汛抗指挥部", "防汛抗旱指挥部", "missing-char")]
    [InlineData("加快补齐农村基础设建设短板。", "基础设建设", "基础设施建设", "missing-char")]
    // a name's slip around a common term written right (社会保障) is still the name's
    [InlineData("区人力资源与社会保障局举办招聘会。", "人力资源与社会保障局", "人力资源和社会保障局", "typo.protected")]
    // the last character of a long name or formulation missing, inside one of its words (probe 12)
    [InlineData("根据《中华人民共和个人所得税法》规定。", "中华人民共和", "中华人民共和国", "missing-char")]
    [InlineData("践行绿水青山就是金山银的理念。", "绿水青山就是金山银", "绿水青山就是金山银山", "missing-char")]
    [InlineData("实现中华民族伟大复的中国梦。", "实现中华民族伟大复的中国梦", "实现中华民族伟大复兴的中国梦", "missing-char")]
    [InlineData("推动中华民族伟大复，开创新局面。", "中华民族伟大复", "中华民族伟大复兴", "missing-char")]
    [InlineData("深入贯彻党的二十精神。", "党的二十精神", "党的二十大精神", "missing-char")]
    public void EachRealWorldSlipIsOneFindingWithTheRightSuggestion(string text, string written, string phrase, string rule)
    {
        // One finding, not one from the attested list and another from generation.
        var finding = Single(Default.Lint(text), text, written);
        Assert.Equal((rule, phrase), (finding.RuleId, finding.Suggestions[0]));
    }

    [Fact]
    public void EpidemicControlSlipIsCaughtWhileCivilAirDefenceStaysClean()
    {
        Assert.Contains(Default.Lint("做好疫情防空工作。"), f => f.Text == "疫情防空" && f.Suggestions[0] == "疫情防控");
        Assert.DoesNotContain(Default.Lint("加强人民防空建设，做好疫情防控工作。"), f => f.Severity >= Severity.Warning);
    }

    [Theory]
    [InlineData("会上大家各抒己建。", "各抒己建", "各抒己见")]
    [InlineData("这项工作刻不荣缓。", "刻不荣缓", "刻不容缓")]
    public void IdiomSlipsOnlyGenerationKnowsAreWarnings(string text, string written, string idiom)
    {
        var finding = Single(Default.Lint(text), text, written);
        Assert.Equal(("typo.protected", Severity.Warning, idiom), (finding.RuleId, finding.Severity, finding.Suggestions[0]));
        Assert.Contains("成语", finding.Message);
    }

    [Theory]
    [InlineData("他心想事情不妙，转身就走。")] // 心想 + 事情, not a slip of 心想事成
    [InlineData("强化综合应急能力和社会协同应急能力。")] // 和 + 社会, not 和谐社会 with 谐 missing
    [InlineData("坚持和加强党对农村工作的全面领导。")] // not 党的全面领导 with 党 missing
    [InlineData("齐齐哈尔是一座美丽的城市。")] // the short name of a division, not a slip of 齐齐哈尔市
    [InlineData("陕西省和山西省签署合作协议。")] // a protected phrase is never a slip of another
    [InlineData("中华人民共和国国务院办公厅。中华人民共和国刑法。")] // the correct phrase overlaps
    [InlineData("我们要坚定不移推进高质量发展，统筹好发展和安全。")] // a verb's complement, not 统筹发展和安全 plus 好
    [InlineData("对安全产生的影响进行评估，抓落实、见实效。")] // 安全 + 产生, not 安全生产 swapped; 抓落实 is a phrase of its own
    [InlineData("可拨打人社服务热线12333咨询。")]
    // a long phrase without its last character that is another name or the start of another term
    [InlineData("省人力资源社会保障厅、教育厅参与。")]          // before an organ's suffix (部)
    [InlineData("应当在市场监督管理部门核准变更后申请。")]      // 局
    [InlineData("各地区各部门要压实安全生产责任，坚决遏制事故。")] // 制
    [InlineData("贯彻山水林田湖草是生命共同体的思想。")]        // 沙 is a word of its own in the phrase
    [InlineData("坚持全面从严治警，锻造过硬公安铁军。")]        // six characters: too short to lose its last
    public void OrdinaryTextThatLooksLikeANearMissIsClean(string text)
    {
        var loud = Default.Lint(text).Where(f => f.Severity >= Severity.Warning).ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud.Select(f => $"{f.RuleId} {f.Text} → {f.Suggestions.FirstOrDefault()}")));
    }

    [Fact]
    public void UserProtectedNameWithOneHomophoneChangedIsAnError()
    {
        var linter = OnlyProtected("# 本单位领导与机构\n王建国\n青山湖区人民医院\n");
        const string text = "王健国同志到青山湖区人民医圆调研。王建国同志讲话。";
        var findings = linter.Lint(text).Where(f => f.Severity >= Severity.Warning).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(("王健国", "王建国", 0, Severity.Error), (findings[0].Text, findings[0].Suggestions[0], findings[0].Offset, findings[0].Severity));
        Assert.Equal(("青山湖区人民医圆", "青山湖区人民医院"), (findings[1].Text, findings[1].Suggestions[0]));
    }

    [Fact]
    public void TraditionalScriptSlipIsCaughtAndReportedAsWritten()
    {
        const string text = "大力推進鄉村振新，加強營商環竟建設。";
        var findings = Default.Lint(text).Where(f => f.Severity >= Severity.Warning).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(("鄉村振新", "乡村振兴", text.IndexOf('鄉')), (findings[0].Text, findings[0].Suggestions[0], findings[0].Offset));
        Assert.Equal(("營商環竟", "营商环境", text.IndexOf('營')), (findings[1].Text, findings[1].Suggestions[0], findings[1].Offset));
    }

    [Fact]
    public void CleanOfficialTextInBothScriptsHasNoWarningOrError()
    {
        const string simplified = """
            为深入贯彻落实党中央、国务院决策部署，各地区各部门坚持以人民为中心的发展思想，统筹疫情防控和经济社会发展，
            持续优化营商环境，全面推进乡村振兴，巩固拓展脱贫攻坚成果。全面从严治党永远在路上，要一体推进不敢腐、不能腐、不想腐，
            常态化开展扫黑除恶斗争。广西壮族自治区、内蒙古自治区、黑龙江省齐齐哈尔市、河南省平顶山市的干部群众齐心协力、迎难而上，
            以实事求是的态度破解难题，把社会主义核心价值观融入日常。深入开展不忘初心、牢记使命主题教育，做到刻不容缓、精益求精。
            全国人民代表大会常务委员会、中央纪律检查委员会、国家监察委员会、工业和信息化部、国家发展和改革委员会负责同志出席会议。
            加强人民防空建设，落实安全生产责任。对此大家各抒己见，没有人一筹莫展。
            """;
        const string traditional = """
            為深入貫徹落實黨中央、國務院決策部署，各地區各部門堅持以人民為中心的發展思想，統籌疫情防控和經濟社會發展，
            持續優化營商環境，全面推進鄉村振興，鞏固拓展脫貧攻堅成果。全面從嚴治黨永遠在路上，常態化開展掃黑除惡鬥爭。
            廣西壯族自治區、內蒙古自治區、黑龍江省齊齊哈爾市的幹部群眾齊心協力，以實事求是的態度破解難題，
            把社會主義核心價值觀融入日常。全國人民代表大會常務委員會、國家監察委員會、工業和信息化部負責同志出席會議。
            """;
        foreach (var text in new[] { simplified, traditional })
        {
            var loud = Default.Lint(text).Where(f => f.Severity >= Severity.Warning).ToList();
            Assert.True(loud.Count == 0, string.Join("\n", loud.Select(f => $"{f.RuleId} {f.Text} → {f.Suggestions.FirstOrDefault()} @{f.Offset}")));
        }
    }

    [Fact]
    public void NearMissRulesCanBeSwitchedOffAndAreListed()
    {
        Assert.Contains(Default.Rules, r => r.Id == "missing-char");
        Assert.Contains(Default.Rules, r => r.Id == "extra-char");
        var options = new LinterOptions();
        options.RuleSeverities["missing-char"] = null;
        Assert.DoesNotContain(new Linter(options).Lint("河南省平顶市召开会议。"), f => f.RuleId == "missing-char");
        // The division after its province is the longer phrase, so it is the one reported.
        Assert.Contains(Default.Lint("河南省平顶市召开会议。"), f => f.RuleId == "missing-char" && f.Suggestions[0] == "河南省平顶山市");
    }

    [Fact]
    public void APhraseListWithTabFieldsIsRejected()
    {
        string path = Path.Combine(_folder, "bad.txt");
        File.WriteAllText(path, "王建国\terror\n");
        var options = new LinterOptions();
        options.ProtectedPhraseFiles.Add(path);
        var e = Assert.Throws<TextLintException>(() => new Linter(options));
        Assert.Contains("bad.txt:1", e.Message);
    }
}
