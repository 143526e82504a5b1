using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace TextLint.Cli.Tests;

/// <summary>
/// The HTML report opened in a real browser: Debian's headless Chromium driven by its chromedriver.
/// Missing browser or driver is a failure with a message saying what to install, never a skip.
/// Selenium Manager is never asked to download anything: both paths are given explicitly.
/// </summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string ChromedriverPath = "/usr/bin/chromedriver";
    private readonly string _folder = Directory.CreateTempSubdirectory("textlint-html-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static ChromeDriver StartBrowser(string profile)
    {
        Assert.True(File.Exists(ChromiumPath) && File.Exists(ChromedriverPath),
            $"headless Chromium is needed for this test: {ChromiumPath} and {ChromedriverPath} must exist " +
            "(apt-get install -y chromium chromium-driver fonts-wqy-microhei; .ci/run installs them)");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromedriverPath)!, Path.GetFileName(ChromedriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
            "--window-size=1280,2000");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Filtering_by_severity_shows_only_the_chosen_rows()
    {
        string docs = Path.Combine(_folder, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "news"));
        // Two warnings (typo.common), one error (typo.protected) and a document that cannot be read.
        File.WriteAllText(Path.Combine(docs, "news", "a.txt"), "我们要再接再励，推进秸杆综合利用。\n");
        File.WriteAllText(Path.Combine(docs, "news", "b.html"), "<html><head><title>通知</title></head><body><p>市攻府召开常务会议。</p></body></html>");
        File.WriteAllBytes(Path.Combine(docs, "news", "c.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 0]);
        string report = Path.Combine(_folder, "report.html");

        var (code, _, stderr) = CliTests.Run("check", "--format", "html", "-o", report, docs);
        Assert.True(code == 1, $"exit {code}; {stderr}");

        using var driver = StartBrowser(Path.Combine(_folder, "profile"));
        driver.Navigate().GoToUrl(new Uri(report).AbsoluteUri);

        IReadOnlyList<string> VisibleRules() => driver.FindElements(By.CssSelector("tr.finding"))
            .Where(row => row.Displayed).Select(row => row.FindElement(By.CssSelector("td.rule")).Text).ToList();
        string ShownCount() => driver.FindElement(By.Id("shown-count")).Text;

        Assert.Equal("TextLint 检查报告", driver.Title);
        Assert.Equal(["typo.common", "typo.common", "typo.protected"], VisibleRules().Order());
        Assert.Equal("3", ShownCount());
        Assert.Contains("再接再厉", driver.FindElement(By.CssSelector("td.sug")).Text);
        Assert.Equal("再接再励", driver.FindElements(By.CssSelector("td.ctx mark"))[0].Text);

        // Untick warning and info: only the error is left, and documents without visible rows disappear.
        driver.FindElement(By.CssSelector("input[name=severity][value=warning]")).Click();
        driver.FindElement(By.CssSelector("input[name=severity][value=info]")).Click();
        Assert.Equal(["typo.protected"], VisibleRules());
        Assert.Equal("1", ShownCount());
        var visibleDocuments = driver.FindElements(By.CssSelector("article.doc")).Where(d => d.Displayed)
            .Select(d => d.FindElement(By.TagName("h3")).Text).ToList();
        Assert.Equal([Path.Combine(docs, "news", "b.html"), Path.Combine(docs, "news", "c.txt")], visibleDocuments.Order());

        // And back: ticking warning again brings its rows back; hiding failed documents removes c.txt.
        driver.FindElement(By.CssSelector("input[name=severity][value=warning]")).Click();
        driver.FindElement(By.Id("show-failed")).Click();
        Assert.Equal(3, VisibleRules().Count);
        Assert.DoesNotContain(driver.FindElements(By.CssSelector("article.doc")).Where(d => d.Displayed), d => d.Text.Contains("c.txt"));

        // The summary counts by severity are on the page, and Chinese is rendered with a real font (text has width).
        Assert.Contains("错误 error", driver.FindElement(By.Id("by-severity")).Text);
        Assert.True(driver.FindElement(By.TagName("h1")).Size.Width > 100);
    }
}
