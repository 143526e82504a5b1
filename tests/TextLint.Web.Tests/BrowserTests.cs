using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace TextLint.Web.Tests;

/// <summary>
/// The duty-staff page in a real browser: Debian's headless Chromium driven through chromedriver
/// (Selenium), against the host on Kestrel at 127.0.0.1. When Chromium is missing this fails —
/// CI installs it (.ci/run).
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Post = "关于召开安全生产工作会议的通知\n市攻府将于下周召开会议，希望各单位再接再励，做好相关工作。";

    private TestHost _host = null!;
    private ChromeDriver _driver = null!;
    private string _profile = null!;

    public async Task InitializeAsync()
    {
        _host = await Hosts.Kestrel();
        _profile = Directory.CreateTempSubdirectory("textlint-chromium-").FullName;
        _driver = Browser.Start(_profile);
    }

    public async Task DisposeAsync()
    {
        try { _driver?.Quit(); } finally { _driver?.Dispose(); }
        await _host.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { /* Chromium may still hold a file; it is a temp folder */ }
    }

    private IWebElement Id(string id) => _driver.FindElement(By.Id(id));

    private string Value(string id) => (string)((IJavaScriptExecutor)_driver).ExecuteScript($"return document.getElementById('{id}').value;")!;

    [Fact]
    public void HighlightsFindingsInPlaceAndAppliesSuggestions()
    {
        _driver.Navigate().GoToUrl(_host.BaseAddress);
        Assert.Equal("TextLint 发布前检查", _driver.Title);
        Assert.Contains("粘贴", Id("verdict").Text);
        Assert.False(Id("token-row").Displayed, "no token field when the server asks for none");
        Assert.False(Id("results").Displayed, "no result panes before a check");

        var input = Id("input");
        input.SendKeys(Post);
        Assert.Equal(Post, Value("input"));
        Id("check").Click();

        Browser.WaitUntil(() => _driver.FindElements(By.CssSelector("#findings li.finding")).Count == 2, "two findings listed");
        Assert.StartsWith("禁止发布", Id("verdict").Text);
        Assert.Contains("block", Id("verdict").GetAttribute("class"));

        // Each finding is highlighted in place, coloured by severity, and the rest of the text is untouched.
        var marks = _driver.FindElements(By.CssSelector("#preview mark"));
        Assert.Equal(["攻府", "再接再励"], marks.Select(m => m.Text));
        Assert.Equal(["sev-error", "sev-warning"], marks.Select(m => m.GetAttribute("class")));
        Assert.Equal(Post, Id("preview").GetAttribute("textContent"));

        var items = _driver.FindElements(By.CssSelector("#findings li.finding"));
        Assert.Contains("“攻府”应为“政府”", items[0].Text);
        Assert.Contains("错误", items[0].Text);
        Assert.Contains("第 2 行第 2 列", items[0].Text);
        Assert.Contains("“再接再励”应为“再接再厉”", items[1].Text);
        Assert.Contains("警告", items[1].Text);

        // Clicking a highlight selects its finding in the list.
        marks[1].Click();
        Assert.Equal("finding-1", _driver.SwitchTo().ActiveElement().GetAttribute("id"));

        // Apply the suggestion for 攻府: the text changes and the page checks again.
        items[0].FindElement(By.CssSelector("button.apply")).Click();
        Browser.WaitUntil(() => Value("input").Contains("市政府将于"), "the suggestion applied to the text");
        Assert.Equal(Post.Replace("攻府", "政府"), Value("input"));
        Browser.WaitUntil(() => Id("verdict").Text.StartsWith("需人工复核"), "verdict review after the fix");
        Assert.Equal(["再接再励"], _driver.FindElements(By.CssSelector("#preview mark")).Select(m => m.Text));

        // Keyboard: the remaining finding has focus; Enter takes its first suggestion.
        Assert.Equal("finding-0", _driver.SwitchTo().ActiveElement().GetAttribute("id"));
        _driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        Browser.WaitUntil(() => Id("verdict").Text.StartsWith("可以发布"), "verdict pass after both fixes");
        Assert.Equal(Post.Replace("攻府", "政府").Replace("再接再励", "再接再厉"), Value("input"));
        Assert.Empty(_driver.FindElements(By.CssSelector("#preview mark")));
        Assert.Equal("未发现问题。", _driver.FindElement(By.CssSelector("#findings li.empty")).Text);

        Browser.SaveScreenshot(_driver, "page-after-fixes");
    }

    [Fact]
    public void ChecksHtmlWithCtrlEnterAndWarnsWhenTheTextChangedAfterTheCheck()
    {
        _driver.Navigate().GoToUrl(_host.BaseAddress);
        const string html = "<p>市<b>攻府</b>召开会议，要再接再励。</p>";
        var input = Id("input");
        input.SendKeys(html);
        input.SendKeys(Keys.Control + Keys.Enter);

        Browser.WaitUntil(() => _driver.FindElements(By.CssSelector("#preview mark")).Count == 2, "two highlights in the HTML source");
        Assert.Equal(["攻府", "再接再励"], _driver.FindElements(By.CssSelector("#preview mark")).Select(m => m.Text));
        Assert.Contains("HTML", Id("status").Text);
        Browser.SaveScreenshot(_driver, "page-html");

        // Edit after checking: suggestions are disabled until the text is checked again.
        input.SendKeys("补充");
        Browser.WaitUntil(() => Id("results").GetAttribute("class")!.Contains("stale"), "results marked stale");
        Assert.All(_driver.FindElements(By.CssSelector("button.apply")), b => Assert.False(b.Enabled));
    }
}

/// <summary>The page against a server that wants a token: it asks for one and then checks.</summary>
public sealed class BrowserTokenTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private ChromeDriver _driver = null!;
    private string _profile = null!;

    public async Task InitializeAsync()
    {
        _host = await Hosts.Kestrel(Hosts.Options(o => o.Token = "duty-desk-token"));
        _profile = Directory.CreateTempSubdirectory("textlint-chromium-").FullName;
        _driver = Browser.Start(_profile);
    }

    public async Task DisposeAsync()
    {
        try { _driver?.Quit(); } finally { _driver?.Dispose(); }
        await _host.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { /* temp folder */ }
    }

    [Fact]
    public void AsksForTheTokenWhenTheServerSays401()
    {
        _driver.Navigate().GoToUrl(_host.BaseAddress);
        _driver.FindElement(By.Id("input")).SendKeys("市攻府召开会议");
        _driver.FindElement(By.Id("check")).Click();

        Browser.WaitUntil(() => _driver.FindElement(By.Id("token-row")).Displayed, "the token field");
        Assert.Contains("访问令牌", _driver.FindElement(By.Id("verdict")).Text);
        Assert.Equal("token", _driver.SwitchTo().ActiveElement().GetAttribute("id"));

        _driver.SwitchTo().ActiveElement().SendKeys("duty-desk-token" + Keys.Control + Keys.Enter);
        Browser.WaitUntil(() => _driver.FindElement(By.Id("verdict")).Text.StartsWith("禁止发布"), "verdict block with the token");
        Assert.Equal(["攻府"], _driver.FindElements(By.CssSelector("#preview mark")).Select(m => m.Text));
    }
}

/// <summary>Starts Debian's Chromium through Debian's chromedriver, never downloading anything.</summary>
internal static class Browser
{
    public static ChromeDriver Start(string profileFolder)
    {
        string chromium = Find("chromium") ?? Find("chromium-browser")
            ?? throw new InvalidOperationException("Chromium is not installed: run `apt-get install -y chromium chromium-driver fonts-wqy-microhei` (.ci/run does this on CI). The page tests need a real browser and do not skip.");
        string driver = Find("chromedriver")
            ?? throw new InvalidOperationException("chromedriver is not installed: run `apt-get install -y chromium-driver` (.ci/run does this on CI).");

        // An explicit driver path and browser binary: Selenium Manager is not asked to fetch either (no network here).
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--lang=zh-CN", $"--user-data-dir={profileFolder}");
        var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        browser.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return browser;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; a bounded wait for the page, not a timing assertion.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                if (condition()) return;
            }
            catch (StaleElementReferenceException) { /* the page re-rendered; ask again */ }
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"the page never showed: {what}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Saves a screenshot to $TEXTLINT_SCREENSHOTS when set (for people looking at the page; tests do not need it).</summary>
    public static void SaveScreenshot(ChromeDriver driver, string name)
    {
        if (Environment.GetEnvironmentVariable("TEXTLINT_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    private static string? Find(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin"))
        {
            string path = Path.Combine(folder, program);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}
