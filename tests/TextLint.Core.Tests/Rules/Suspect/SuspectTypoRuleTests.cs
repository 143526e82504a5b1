using TextLint.Core.Findings;
using TextLint.Core.Rules.Suspect;

namespace TextLint.Core.Tests.Rules.Suspect;

public class SuspectTypoRuleTests
{
    private static readonly Linter Linter = CreateLinter();

    private static Linter CreateLinter()
    {
        var options = new LinterOptions();
        options.OnlyRulePrefixes.Add("typo.suspect");
        return new Linter(options);
    }

    [Theory]
    [InlineData("原则同意《示范区总休方案》，请认真组织实施。", "总休方案", "总体方案")]
    [InlineData("各地要抓紧制定总休方案，明确时间表和路线图。", "总休方案", "总体方案")]
    public void Reports_a_character_that_fits_no_word_with_the_word_it_should_make(string text, string found, string suggestion)
    {
        var finding = Assert.Single(Linter.Lint(text));
        Assert.Equal("typo.suspect", finding.RuleId);
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(found.Length, finding.Length);
        Assert.Equal(found, finding.Text);
        Assert.Equal([suggestion], finding.Suggestions);
        Assert.InRange(finding.Confidence, 0.5, 1.0);
    }

    [Theory]
    // The wrong character does form a pair with a neighbour, but only inside a rare word (可学,
    // 时施 in 实时施工, 灵域 …): caught since positions with a weaker pair of at most 3 are tried.
    [InlineData("我们要尊重可学规律，坚持实事求是。", "可学", "科学")]
    [InlineData("请各单位按照通知要求认真组织时施。", "时施", "实施")]
    [InlineData("各部门要加强对重点灵域的监督管理。", "灵域", "领域")]
    [InlineData("做好政策解读和舆论引道工作。", "引道", "引导")]
    public void Reports_a_character_that_spells_only_a_rare_word(string text, string found, string suggestion)
        => AssertOneInfoFinding(text, found, suggestion);

    [Theory]
    // The wrong character is the right one with its side component dropped or added (院/完, 治/台,
    // 责/债): reachable since the confusion sets list component pairs.
    [InlineData("请持有效证件到县人民医完办理相关手续。", "医完", "医院")]
    [InlineData("本次会议研究了社会综合台理工作方案。", "综合台理", "综合治理")]
    [InlineData("要落实安全生产主体责任，明确各部门债任分工。", "债任", "责任")]
    public void Reports_a_character_with_a_component_added_or_dropped(string text, string found, string suggestion)
        => AssertOneInfoFinding(text, found, suggestion);

    /// <summary>The text gives exactly one finding: typo.suspect at info, spanning <paramref name="found"/>, suggesting <paramref name="suggestion"/>.</summary>
    private static void AssertOneInfoFinding(string text, string found, string suggestion)
    {
        var finding = Assert.Single(Linter.Lint(text));
        Assert.Equal(("typo.suspect", Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal((text.IndexOf(found, StringComparison.Ordinal), found.Length, found), (finding.Offset, finding.Length, finding.Text));
        Assert.Equal([suggestion], finding.Suggestions);
        Assert.InRange(finding.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void A_typo_next_to_a_document_number_is_still_reported()
        => AssertOneInfoFinding("按照杭政办发〔2024〕12号文件要求，制定总休方案。", "总休方案", "总体方案");

    [Fact]
    public void Traditional_text_is_folded_and_the_span_points_at_the_source()
    {
        const string text = "各地要抓緊制定總休方案。";
        var finding = Assert.Single(Linter.Lint(text));
        // The span is the source's own characters; only the wrong one is replaced (by a simplified character).
        Assert.Equal(text.IndexOf("總休方案", StringComparison.Ordinal), finding.Offset);
        Assert.Equal("總休方案", finding.Text);
        Assert.Equal(["總体方案"], finding.Suggestions);
    }

    [Theory]
    [InlineData("为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，激发市场主体活力，制定本实施方案。")]
    [InlineData("各级人民政府应当加强对安全生产工作的领导，建立健全安全生产工作协调机制，及时协调、解决安全生产监督管理中存在的重大问题。")]
    [InlineData("县财政局会同县发展改革局，按照统筹兼顾、突出重点的原则，安排专项资金支持乡村振兴重点项目建设。")]
    [InlineData("本办法自发布之日起施行，由市人民政府办公室负责解释。")]
    [InlineData("各區縣人民政府要切實加強組織領導，明確責任分工，確保各項工作落到實處。")]
    [InlineData("市生态环境局将持续开展大气污染防治攻坚行动，推动空气质量持续改善。")]
    // A county the lexicon does not know is not "corrected" into one it knows (青禾县 → 青河县).
    [InlineData("青禾县人民政府办公室印发通知，部署2024年汛期防汛抗旱各项工作。")]
    [InlineData("进一步健全工作机制，推动形成工作合力。")]
    [InlineData("全面推进依法治国，加快建设法治政府。")]
    [InlineData("市政府召开常务会议，研究部署下一阶段重点工作。")]
    [InlineData("要切实做好安全生产工作，坚决遏制重特大事故发生。")]
    [InlineData("坚持以人民为中心的发展思想，不断增进民生福祉。")]
    [InlineData("各区县要按照属地管理原则，落实监管责任。")]
    [InlineData("加快构建现代产业体系，推动经济高质量发展。")]
    // Characters whose component pairs (院/完, 治/台, 责/债, 卖/买, 检/险) are listed now.
    [InlineData("要进一步完善城乡社会救助体系，切实保障困难群众基本生活。")]
    [InlineData("全面提升基层社会治理能力，推动平安建设取得新成效。")]
    [InlineData("医院要落实院感防控责任，加强人员培训和检测工作。")]
    [InlineData("现在对着手机就能卖到全国，农产品销路越来越宽。")]
    [InlineData("加強金融風險防控，守住不發生系統性風險的底線，完善債務管理制度。")]
    [InlineData("我們要遵守交通規則，注意行車安全。")]
    [InlineData("他在學校裡學習很認真，老師都很喜歡他。")]
    // Current policy vocabulary jieba's dictionary lacks (dictionaries/modern-words.txt); each of these
    // gave an info finding before it was listed (收悉 → 熟悉, 施策 → 失策, 提标 → 提示, 众创 → 重创 …).
    [InlineData("你单位《关于开展专项整治工作的请示》收悉。现批复如下：")]
    [InlineData("坚持因城施策、分类施策，促进房地产市场平稳健康发展。")]
    [InlineData("实施城镇污水处理设施提标改造工程，推进再生水回用。")]
    [InlineData("依托众创空间和孵化器，支持高校毕业生返乡创业。")]
    [InlineData("加强思政课教师队伍建设，推进课程思政。")]
    [InlineData("推行“一照一码”和“五证合一”，深化证照分离改革。")]
    [InlineData("八是加强统筹协调，九是做好宣传引导。")]
    [InlineData("对执行期满未逾五年的人员，不得录用。")]
    [InlineData("要认真梳理安全生产“一本账”，明确整改时限。")]
    [InlineData("建立共保联治机制，推动区域生态环境保护。")]
    // ... and everyday words of new-media posts (客服 → 克服, 商超 → 高超, 研学 → 开学, 车距 → 车局).
    [InlineData("警方提醒：凡是自称客服要求转账退款的，都是诈骗，请立即挂断并拨打110。")]
    [InlineData("区市场监管局开展节前食品安全专项检查，共检查商超、餐饮单位126家。")]
    [InlineData("研学旅行团走进非遗工坊，孩子们亲手体验了扎染和剪纸。")]
    // Found by 415 clean sentences written for the purpose (刻章 → 刻意, 非粮化 → 量化, 侗族大歌 → 大哥 …).
    [InlineData("新开办企业可享受免费刻章服务。")]
    [InlineData("孔子说：“学而不思则罔，思而不学则殆。”")]
    [InlineData("推行“四议两公开”工作法。")]
    [InlineData("坚决遏制耕地“非农化”、防止“非粮化”。")]
    [InlineData("农技人员正指导农户补种。")]
    [InlineData("昆曲、黄梅戏、二人转、侗族大歌等传统艺术精彩纷呈。")]
    // The issuer code of a document number is an abbreviation, not a word (杭政 → 行政).
    [InlineData("杭政办发〔2024〕12号文件对此作出了明确规定。")]
    [InlineData("根据杭政办发[2024]12号文件精神执行。")]
    // A numeral, a clause-final particle, a unit after digits, quoted verse (十件 → 事件, 卡啦 → 卡拉, 22时后 → 时候, 千磨 → 千万).
    [InlineData("今年，市政府将继续办好十件民生实事。")]
    [InlineData("全年快递业务量8.6亿件，同比增长12%。")]
    [InlineData("看病购药不用再带实体卡啦！")]
    [InlineData("夜间22时后停止室外经营。")]
    [InlineData("“千磨万击还坚劲，任尔东西南北风。”")]
    [InlineData("“不畏浮云遮望眼，自缘身在最高层。”")]
    [InlineData("孔子说：“学而时习之，不亦说乎？”这里的“说”通“悦”。")]
    // Words of discipline inspection and new-media posts jieba lacks (纠治 → 救治, 酒驾 → 酒家, 此件 → 此间).
    [InlineData("持续深化纠治“四风”，查处酒驾醉驾违法行为4210起。")]
    [InlineData("（此件公开发布）")]
    // Country short forms of diplomatic news, farming seasons, police reports (德方 → 地方, 三夏 → 三峡, 该名 → 改名).
    [InlineData("德方表示愿同中方加强合作。")]
    [InlineData("各地抓紧三夏生产，确保颗粒归仓。")]
    [InlineData("该名男子已被警方控制。")]
    // A person's name after a title or before what news says people do (陈立 → 成立); a word spread over a
    // skipped mark (文旅·新媒体: 旅·新 → 旅·行); WeChat's 往期推荐 (往期 → 晚期).
    [InlineData("市委书记陈立群出席会议并讲话。")]
    [InlineData("陈立群强调，各级领导干部要带头落实。")]
    [InlineData("云溪文旅·新媒体稿件")]
    [InlineData("—— 往期推荐 ——")]
    [InlineData("雨雪天气出行请减速慢行，保持安全车距，切勿疲劳驾驶。")]
    [InlineData("这款产品是同类中销量较高的之一。")]             // 款 as a measure word (款产品 → 矿产品)
    // A held-out probe (probe 12): a transliterated name (艾力 → 一力), social-insurance and discipline terms
    // jieba lacks (留薪期 → 星期, 长缴 → 长脚, 学纪 → 学系), urban-management wording (私拉 → 私立, 乱搭 → 乱打).
    [InlineData("热依拉·艾力同志任县民族宗教事务局副局长。")]
    [InlineData("工伤职工在停工留薪期内，原工资福利待遇不变。")]
    [InlineData("参保人可自主选择缴费档次，多缴多得、长缴多得。")]
    [InlineData("引导党员干部学纪、知纪、明纪、守纪。")]
    [InlineData("严禁私拉电线“飞线”充电；店外经营、乱搭乱建、乱贴乱画等行为影响市容。")]
    // Probe 13 (held out): ranks, policy formulas, names spelled by sound (科级 → 科技, 踢出 → 提出, 白玛 → 白马).
    [InlineData("县纪委监委对新提拔的32名科级干部开展任前廉政谈话。")]
    [InlineData("“村超”火了！一场场比赛踢出了乡村的精气神。")]
    [InlineData("格桑、普布、白玛三名同志拟任乡镇党委委员。")]
    [InlineData("对家庭经济困难学生做到应助尽助。")]
    public void Clean_government_prose_has_no_finding(string text) => Assert.Empty(Linter.Lint(text));

    [Fact]
    public void Turned_off_rule_does_no_work()
    {
        var options = new LinterOptions();
        options.RuleSeverities["typo.suspect"] = null;
        Assert.DoesNotContain(new Linter(options).Lint("总休方案"), f => f.RuleId == "typo.suspect");
    }

    [Fact]
    public void Descriptor_is_listed_with_the_linter_rules() =>
        Assert.Contains(new Linter().Rules, r => r.Id == "typo.suspect" && r.DefaultSeverity == Severity.Info);

    [Fact]
    public void Confidence_rises_with_the_score()
    {
        Assert.Equal(0.5, SuspectTypoRule.Confidence(SuspectDetector.ReportThreshold), 6);
        Assert.True(SuspectTypoRule.Confidence(SuspectDetector.ReportThreshold + 4) > 0.85);
    }

    // A held-out probe of clean text: policy wording, filing labels, people named in appointments and
    // contact lines, and a 词 quoted with clauses of mixed length.
    [Theory]
    [InlineData("要坚持以学铸魂、以学增智、以学正风、以学促干。")]
    [InlineData("检察机关坚持少捕慎诉慎押刑事司法政策。")]
    [InlineData("各县（市）区防汛抗旱指挥部，市防指各成员单位：")]
    [InlineData("公告期限：自本公告发布之日起1个工作日。")]
    [InlineData("苏公网安备 32060202000456号")]
    [InlineData("湘公网安备 43010402000567号")]
    [InlineData("市人大常委会决定任命赵亮为市财政局局长。")]
    [InlineData("联系人：王工，联系电话：0571-85123478。")]
    [InlineData("做到应保尽保、应退尽退。")]
    [InlineData("动动手指，就能在手机上办理社保业务。")]        // a character doubled on purpose
    [InlineData("2025年全国科技活动周暨武汉市第三十届科技活动周开幕。")] // 暨 joins two events
    [InlineData("“日出江花红胜火，春来江水绿如蓝。能不忆江南？”白居易的《忆江南》描绘了江南春色。")]
    // probe11: personnel notices (a compound surname; a given name the statistics cut off its surname),
    // food inspection, epidemic notices
    [InlineData("欧阳旻，男，满族，1975年9月生，辽宁沈阳人，在职研究生学历。")]
    [InlineData("王昱辰，男，汉族，1981年10月生，四川大邑人，大学学历。")]
    [InlineData("进入秋冬季，诺如病毒感染进入高发期，请大家勤洗手。")]
    [InlineData("某农贸市场销售的韭菜，腐霉利检出值为0.58mg/kg。")]
    [InlineData("以个人名义反映的提倡签署真实姓名。")]
    public void Clean_official_wording_gives_no_finding(string text) =>
        Assert.Empty(Linter.Lint(text));
}
