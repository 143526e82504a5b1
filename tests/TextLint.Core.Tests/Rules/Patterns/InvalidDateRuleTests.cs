using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class InvalidDateRuleTests
{
    private static readonly InvalidDateRule Rule = new();

    [Theory]
    [InlineData("会议定于2020年2月30日召开。", "2020年2月30日", "2月只有29天")]
    [InlineData("截止时间为2021年2月29日。", "2021年2月29日", "2021年不是闰年，2月只有28天")]
    [InlineData("2023年4月31日发布", "2023年4月31日", "4月只有30天")]
    [InlineData("于2月30日前报送", "2月30日", "2月只有29天")]
    [InlineData("时间：2024年13月5日", "2024年13月", "月份应为1至12")]
    [InlineData("数据截至13月底", "13月", "月份应为1至12")]
    [InlineData("2024年0月", "2024年0月", "月份应为1至12")]
    [InlineData("定于5月32日举行", "5月32日", "日期应为1至31")]
    [InlineData("5月0日", "5月0日", "日期应为1至31")]
    [InlineData("二〇二〇年二月三十日", "二〇二〇年二月三十日", "2月只有29天")]
    [InlineData("二〇二一年二月二十九日", "二〇二一年二月二十九日", "2021年不是闰年，2月只有28天")]
    [InlineData("六月三十一日", "六月三十一日", "6月只有30天")]
    [InlineData("２０２１年２月２９日", "２０２１年２月２９日", "2021年不是闰年，2月只有28天")]
    [InlineData("于11月31号前完成", "11月31号", "11月只有30天")]
    [InlineData("生效日期：2024-02-30。", "2024-02-30", "2月只有29天")]
    [InlineData("日期：2024/04/31", "2024/04/31", "4月只有30天")]
    [InlineData("于2023-02-29到期。", "2023-02-29", "2023年不是闰年，2月只有28天")]
    [InlineData("发布时间：2024.13.01", "2024.13.01", "月份应为1至12")]
    public void ReportsImpossibleDate(string text, string found, string note)
    {
        var finding = Single(Rule, text, "date.invalid", found, null);
        Assert.Equal($"日期不存在：“{found}”（{note}）", finding.Message);
    }

    [Theory]
    [InlineData("2020年2月29日是闰日。")]
    [InlineData("2000年2月29日")]
    [InlineData("二〇二四年二月二十九日")]
    [InlineData("2月29日")]
    [InlineData("1月1日至2月28日，3月31日，12月31日，4月30日。")]
    [InlineData("自收到之日起60日内，45日内答复。")]
    [InlineData("6月龄婴儿，24月龄幼儿，满18月。")]
    [InlineData("一二月份，七八月间，十一二月。")]
    [InlineData("第13月，13月薪。")]
    [InlineData("农历二月三十日")]
    [InlineData("统一月度报表，三月三十一日，十二月二十五日。")]
    [InlineData("3月32号楼，5月35号线。")]
    [InlineData("1-13月累计，2.13月，1至13月，一至十三月")]
    [InlineData("2020年9月30日")]
    [InlineData("2024-02-29，2024/4/30，2024.02.29，2000-2-29")]
    [InlineData("版本 v2.13.31，地址 192.168.13.31，编号 2024-13-31-7，路径 /2024/04/31/a.html，时间 2024-02-30T08:00")]
    public void PossibleDatesAndNonDatesAreClean(string text) => None(Rule, text);
}
