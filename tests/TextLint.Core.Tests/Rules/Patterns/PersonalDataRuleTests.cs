using TextLint.Core.Findings;
using TextLint.Core.Rules.Patterns;
using static TextLint.Core.Tests.Rules.Patterns.RuleRunner;

namespace TextLint.Core.Tests.Rules.Patterns;

public class PersonalDataRuleTests
{
    private static readonly PersonalDataRule Rule = new(() => new DateTime(2025, 6, 1));

    [Theory]
    [InlineData("申请人张三，身份证号110101199003071233，现予公示。", "110101199003071233", "110101********1233")]
    [InlineData("公民身份号码：11010519491231002X。", "11010519491231002X", "110105********002X")]
    [InlineData("证件号码11010519491231002x", "11010519491231002x", "110105********002x")]
    [InlineData("320106198506150810", "320106198506150810", "320106********0810")]
    [InlineData("身份证：640104 19880808 0020", "640104 19880808 0020", "640104 ******** 0020")]
    [InlineData("身份证号码为：１１０１０１１９９００３０７１２３３", "１１０１０１１９９００３０７１２３３", "１１０１０１********１２３３")]
    [InlineData("原身份证号110101900307123已停用", "110101900307123", "110101*****7123")]
    public void ReportsIdCardNumber(string text, string found, string masked)
    {
        var finding = Single(Rule, text, "privacy.idcard", found, masked);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"疑似公开了居民身份证号码：“{found}”，须去标识化处理，如“{masked}”", finding.Message);
    }

    [Theory]
    [InlineData("联系人：李四，电话13812345678。", "13812345678", "138****5678")]
    [InlineData("手机：138-1234-5678", "138-1234-5678", "138-****-5678")]
    [InlineData("手机：138 1234 5678", "138 1234 5678", "138 **** 5678")]
    [InlineData("电话+8613912345678", "13912345678", "139****5678")]
    [InlineData("电话+86 19912345678", "19912345678", "199****5678")]
    [InlineData("电话86-15012345678", "15012345678", "150****5678")]
    [InlineData("手机１３８１２３４５６７８", "１３８１２３４５６７８", "１３８****５６７８")]
    public void ReportsMobileNumber(string text, string found, string masked)
    {
        var finding = Single(Rule, text, "privacy.mobile", found, masked);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("收款账户：6222021234567890128", "6222021234567890128", "6222***********0128")]
    [InlineData("卡号 6228 4800 1234 5678 903", "6228 4800 1234 5678 903", "6228 **** **** ***8 903")]
    [InlineData("卡号：4111111111111111。", "4111111111111111", "4111********1111")]
    [InlineData("卡号5255000012345675", "5255000012345675", "5255********5675")]
    [InlineData("卡号6217-0012-3456-7890-11", "6217-0012-3456-7890-11", "6217-****-****-**90-11")]
    public void ReportsBankCardNumber(string text, string found, string masked)
    {
        var finding = Single(Rule, text, "privacy.bankcard", found, masked);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("联系电话：135****2210，身份证号：640104********0028。")]
    [InlineData("手机138xxxx5678，138XXXX5678")]
    [InlineData("服务热线12345，12388，110，95588，400-123-4567，800-820-8820。")]
    [InlineData("办公电话：010-12345678，0755-88888888，(0571)87654321。")]
    [InlineData("订单号1381234567890，编号2138123456789。")]
    [InlineData("文号2023-13812345678，区间13812345678-13812345699")]
    [InlineData("身份证号110101199003071234")] // wrong check digit
    [InlineData("身份证号110101199002301236")] // 2月30日 does not exist
    [InlineData("身份证号110101203003071232")] // born in the future (check digit right)
    [InlineData("身份证号910101199003071232")] // no such province (check digit right)
    [InlineData("编号110101900307123")] // 15 digits without an ID keyword nearby
    [InlineData("卡号6222021234567890127")] // fails Luhn
    [InlineData("编号4111111111111111111")] // Visa prefix but 19 digits
    [InlineData("https://weibo.com/u/6222021234567890128")]
    [InlineData("统一社会信用代码91110000600037341L")]
    [InlineData("ID13812345678X, abc13812345678")]
    [InlineData("圆周率3.14159265358979323846")]
    [InlineData("总投资13000000000元，惠及15000000000人次，￥6222021234567890128")]
    public void MaskedNumbersHotlinesAndOtherNumbersAreClean(string text) => None(Rule, text);

    [Fact]
    public void EachNumberIsReportedOnceInOrder()
    {
        var text = "张三 110101199003071233 13812345678；李四 320106198506150810 6222021234567890128";
        var findings = Run(Rule, text);
        Assert.Equal(["privacy.idcard", "privacy.mobile", "privacy.idcard", "privacy.bankcard"], findings.Select(f => f.RuleId));
        Assert.Equal([3, 22, 37, 56], findings.Select(f => f.Offset));
    }

    [Fact]
    public void ValidIdNumberIsNotAlsoACard()
    {
        // 620102199001011057 passes the ID check and Luhn, and starts with UnionPay's 62.
        var findings = Run(Rule, "身份证号620102199001011057");
        Assert.Equal("privacy.idcard", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void SettingsCanTurnOneKindOff()
    {
        var findings = Run(Rule, "13812345678 110101199003071233",
            new Dictionary<string, Severity?> { ["privacy.mobile"] = null });
        Assert.Equal("privacy.idcard", Assert.Single(findings).RuleId);
    }
}
