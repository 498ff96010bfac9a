using ArticleRevisions.Tests.Publishing;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace ArticleRevisions.Browser.Tests;

/// <summary>One history's report, rendered by headless chromium at desktop and phone widths, light and dark, and for print.</summary>
public sealed class HistoryReportPageTests(ReportPages pages) : IClassFixture<ReportPages>
{
    private static readonly ViewPortOptions Desktop = new() { Width = 1280, Height = 900 };
    private static readonly ViewPortOptions Phone = new() { Width = 390, Height = 844, IsMobile = true, HasTouch = true };

    private async Task<LoadedPage> Open(ViewPortOptions viewport, string scheme = "light", bool javaScript = true)
    {
        Chromium.Require(pages.ChromiumPath);
        return await LoadedPage.OpenAsync(pages.Browser, pages.ReportPath, viewport, scheme, javaScript);
    }

    [Fact]
    public async Task Loads_without_errors_requests_beyond_the_file_or_dialogs()
    {
        await using var page = await Open(Desktop);

        Assert.Empty(page.ExternalRequests);
        Assert.Empty(page.Errors);
        Assert.Empty(page.Dialogs);
        Assert.Equal(0, await page.Eval<int>("document.scripts.length"));
    }

    [Fact]
    public async Task Shows_the_chart_with_a_mark_per_revision_and_the_diffs()
    {
        await using var page = await Open(Desktop);

        var chartWidth = await page.Eval<double>("document.querySelector('svg.timeline-chart').getBoundingClientRect().width");
        var marks = await page.Eval<int>("document.querySelectorAll('svg.timeline-chart a .mark').length");
        var marksInside = await page.Eval<int>(
            "(() => { const c = document.querySelector('svg.timeline-chart').getBoundingClientRect(); " +
            "return [...document.querySelectorAll('svg.timeline-chart a .mark')].map(m => m.getBoundingClientRect())" +
            ".filter(r => r.width > 0 && r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom).length; })()");
        var openDiff = await page.Eval<string>("document.querySelector('#r5-diff .diff').innerText");
        var inserted = await page.Eval<double>("document.querySelector('#r5-diff ins.inserted').getBoundingClientRect().height");
        var diffs = await page.Eval<int>("document.querySelectorAll('details[id$=\"-diff\"]').length");

        Assert.InRange(chartWidth, 600, 1280);
        Assert.Equal(5, marks);
        Assert.Equal(5, marksInside);
        Assert.Contains("Correction:", openDiff, StringComparison.Ordinal);
        Assert.True(inserted > 0, "the inserted words of the latest revision are visible");
        Assert.Equal(5, diffs);
        await page.Screenshot("report-desktop-light");
    }

    [Fact]
    public async Task Shows_the_hostile_markup_as_text_with_javascript_on_or_off()
    {
        foreach (var javaScript in new[] { true, false })
        {
            await using var page = await Open(Desktop, javaScript: javaScript);

            // The first version's text, where the hostile markup is, opens on a click, which needs no script.
            await page.Page.ClickAsync("#r1-diff > summary");
            var text = await page.Eval<string>("document.body.innerText");
            var title = await page.Eval<string>("document.title");
            var elements = await page.Eval<int>("document.querySelectorAll('script, img, iframe, object, embed').length");

            Assert.Contains(ShowcaseHistory.ScriptText, text, StringComparison.Ordinal);
            Assert.Contains(ShowcaseHistory.ImageText, text, StringComparison.Ordinal);
            Assert.StartsWith(ShowcaseHistory.Title, title, StringComparison.Ordinal);
            Assert.Equal(0, elements);
            Assert.Empty(page.Dialogs);
        }
    }

    [Fact]
    public async Task A_permalink_opens_its_revision_and_the_chart_links_to_it()
    {
        await using var page = await Open(Desktop);

        await page.Page.ClickAsync("svg.timeline-chart a[href='#r3'] .mark");
        var hash = await page.Eval<string>("location.hash");
        var top = await page.Eval<double>("document.getElementById('r3').getBoundingClientRect().top");

        Assert.Equal("#r3", hash);
        Assert.InRange(top, -2, 50);
    }

    [Fact]
    public async Task Fits_a_phone_screen_without_sideways_scrolling()
    {
        await using var page = await Open(Phone);

        var overflow = await page.Eval<int>("document.documentElement.scrollWidth - window.innerWidth");
        var logAsCards = await page.Eval<string>("getComputedStyle(document.querySelector('#log table.stack tr')).display");
        var chartWidth = await page.Eval<double>("document.querySelector('svg.timeline-chart').getBoundingClientRect().width");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone's screen");
        Assert.Equal("block", logAsCards);
        Assert.InRange(chartWidth, 300, 390);
        await page.Screenshot("report-phone-light");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Dark_mode_follows_the_system(string width)
    {
        await using var page = await Open(width == "phone" ? Phone : Desktop, "dark");

        var background = await page.Eval<string>("getComputedStyle(document.body).backgroundColor");
        var text = await page.Eval<string>("getComputedStyle(document.body).color");

        Assert.Equal("rgb(13, 17, 23)", background);
        Assert.Equal("rgb(230, 237, 243)", text);
        Assert.Empty(page.Errors);
        await page.Screenshot($"report-{width}-dark");
    }

    [Fact]
    public async Task Print_opens_every_diff()
    {
        await using var page = await Open(Desktop);
        const string Height = "document.getElementById('r2-diff').getBoundingClientRect().height";
        var summary = await page.Eval<double>("document.querySelector('#r2-diff > summary').getBoundingClientRect().height");
        var closedBefore = await page.Eval<double>(Height);

        await page.Page.EmulateMediaTypeAsync(MediaType.Print);
        var closedInPrint = await page.Eval<double>(Height);
        var pdf = await page.Page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PrintBackground = true });

        Assert.Equal(summary, closedBefore, 1);
        Assert.True(closedInPrint > closedBefore + 40, $"a closed diff is shown in print ({closedInPrint}px against {closedBefore}px on screen)");
        Assert.True(pdf.Length > 10_000, "chromium printed the report to PDF");
        await page.Screenshot("report-print");
        await page.Page.EvaluateExpressionAsync("document.getElementById('r2').scrollIntoView()");
        await page.Page.ScreenshotAsync(Screenshots.PathOf("report-print-revision-2"));
    }
}
