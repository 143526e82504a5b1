using TextLint.Core.Dictionaries;
using TextLint.Core.Findings;

namespace TextLint.Core.Tests.Rules;

public class DivisionParentRuleTests
{
    private static readonly Linter Default = new();

    [Fact]
    public void A_city_after_a_province_that_does_not_contain_it_is_reported_with_its_own_province()
    {
        const string text = "湖南省宜昌市召开防汛工作会议。";
        var finding = Assert.Single(Default.Lint(text));
        Assert.Equal(("typo.division-parent", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal((0, 6), (finding.Offset, finding.Length));
        Assert.Equal(["湖北省宜昌市"], finding.Suggestions);
        Assert.Equal("行政区划隶属有误：“湖南省宜昌市”应为“湖北省宜昌市”（宜昌市不属于湖南省）", finding.Message);
    }

    [Fact]
    public void A_wrong_character_in_the_pair_is_the_near_miss_it_is_not_a_wrong_province()
    {
        // 彬州市 exists (in 陕西省), but 湖南省郴州市 with one shape-alike character wrong explains the text better.
        var finding = Assert.Single(Default.Lint("湖南省彬州市东江湖景区入选国家级旅游度假区。"), f => f.Severity >= Severity.Warning);
        Assert.Equal(("typo.protected", "湖南省郴州市"), (finding.RuleId, finding.Suggestions[0]));
    }

    [Theory]
    // 莒县 is a county of 日照市, next to 临沂市's 莒南县: two right names in the wrong pair, not 莒南县 missing 南.
    [InlineData("临沂市莒县举办农民丰收节。", 0, 5, "日照市莒县", "莒县不属于临沂市")]
    // And the other way round: not 莒县 with an extra 南.
    [InlineData("日照市莒南县举办农民丰收节。", 0, 6, "临沂市莒南县", "莒南县不属于日照市")]
    // A two-character county after a province that does not hold it.
    [InlineData("据悉，河南省歙县徽墨制作技艺入选名录。", 3, 5, "安徽省歙县", "歙县不属于河南省")]
    public void A_two_character_county_under_the_wrong_parent_is_a_wrong_parent_not_a_missing_or_extra_character(
        string text, int offset, int length, string suggestion, string note)
    {
        var finding = Assert.Single(Default.Lint(text));
        Assert.Equal(("typo.division-parent", offset, length), (finding.RuleId, finding.Offset, finding.Length));
        Assert.Equal([suggestion], finding.Suggestions);
        Assert.EndsWith($"（{note}）", finding.Message);
    }

    [Theory]
    [InlineData("日照市莒县、临沂市莒南县、山东省莒县。")] // each under its parent or grandparent
    [InlineData("安徽省黄山市歙县、黟县。")]
    [InlineData("河北省雄县、徐州市沛县、德宏州芒市。")]
    [InlineData("繁峙县县委书记、代县县长出席。")]          // 代县 is left out: 某县代县长 (acting county head)
    [InlineData("江苏省和县级市的财政体制不同。")]          // 和县 is left out: 省和县
    [InlineData("洛阳市新县城建设、日照市莒县城区改造。")]  // 新县 is left out: 某市新县城
    [InlineData("运城市各县区要抓好秋粮收购。")]            // not 运城市夏县
    public void Two_character_counties_in_ordinary_text_are_clean(string text) =>
        Assert.Empty(Default.Lint(text));

    [Theory]
    [InlineData("湖北省宜昌市召开会议。")]
    [InlineData("浙江省义乌市小商品城客流回升。")]              // a county-level city after its province
    [InlineData("北京市朝阳区、吉林省长春市朝阳区、辽宁省朝阳市。")] // one name, several places
    [InlineData("江苏省苏州市昆山市花桥镇。")]
    [InlineData("重庆市渝中区、上海市浦东新区。")]
    public void Divisions_written_after_their_parents_are_clean(string text) =>
        Assert.Empty(Default.Lint(text));

    [Fact]
    public void Grandparents_count_as_parents()
    {
        var divisions = new DivisionParents(["浙江省", "金华市", "义乌市", "湖北省"], ["浙江省金华市", "金华市义乌市", "浙江金华市"]);
        Assert.Equal(["金华市", "浙江省"], divisions.ParentsOf("义乌市"));
        Assert.Empty(divisions.ParentsOf("湖北省"));
    }
}
