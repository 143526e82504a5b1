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
