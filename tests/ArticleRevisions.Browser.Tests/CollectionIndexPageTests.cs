using PuppeteerSharp;

namespace ArticleRevisions.Browser.Tests;

/// <summary>A collection's index page and the links from it to each article's page.</summary>
public sealed class CollectionIndexPageTests(ReportPages pages) : IClassFixture<ReportPages>
{
    private static readonly ViewPortOptions Desktop = new() { Width = 1280, Height = 900 };
    private static readonly ViewPortOptions Phone = new() { Width = 390, Height = 844, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task Lists_every_article_with_a_sparkline_and_links_to_its_page()
    {
        Chromium.Require(pages.ChromiumPath);
        await using var page = await LoadedPage.OpenAsync(pages.Browser, pages.IndexPath, Desktop);

        var rows = await page.Eval<int>("document.querySelectorAll('table.index tbody tr').length");
        var sparklines = await page.Eval<int>("[...document.querySelectorAll('svg.sparkline')].filter(s => s.getBoundingClientRect().width > 100).length");
        await page.Screenshot("index-desktop-light");
        await Task.WhenAll(page.Page.WaitForNavigationAsync(), page.Page.ClickAsync("table.index tbody tr th a"));
        var heading = await page.Eval<string>("document.querySelector('h1').innerText");
        var back = await page.Eval<string>("document.querySelector('.crumbs a').href");

        Assert.Equal(2, rows);
        Assert.Equal(2, sparklines);
        Assert.Contains("<script>", heading, StringComparison.Ordinal);
        Assert.EndsWith("/site/index.html", back, StringComparison.Ordinal);
        Assert.Empty(page.ExternalRequests);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Fits_a_phone_screen_in_dark_mode()
    {
        Chromium.Require(pages.ChromiumPath);
        await using var page = await LoadedPage.OpenAsync(pages.Browser, pages.IndexPath, Phone, "dark");

        var overflow = await page.Eval<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the index is {overflow}px wider than the phone's screen");
        await page.Screenshot("index-phone-dark");
    }
}
