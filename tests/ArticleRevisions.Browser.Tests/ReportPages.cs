using ArticleRevisions.Publishing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using ArticleRevisions.Tests;
using ArticleRevisions.Tests.Publishing;
using PuppeteerSharp;

namespace ArticleRevisions.Browser.Tests;

/// <summary>The pages under test, written once (one history's report, a collection's folder), and one headless browser for every test.</summary>
public sealed class ReportPages : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public string? ChromiumPath { get; } = Chromium.Find();

    /// <summary>The browser, or null when none is installed (the tests then skip, or fail under CI).</summary>
    public IBrowser? Browser { get; private set; }

    public string ReportPath => temp.File("report.html");

    public string IndexPath => temp.File("site/index.html");

    public async ValueTask InitializeAsync()
    {
        var collection = Directory.CreateDirectory(temp.File("news")).FullName;
        var history = ShowcaseHistory.Write(collection, "budget");
        ShowcaseHistory.Write(collection, "roads");
        var report = HistoryReport.Create(HistoryFile.Open(history).History);
        await File.WriteAllTextAsync(ReportPath, new HtmlHistoryReportRenderer().RenderToString(report));
        CollectionReportWriter.Write(collection, temp.File("site"));

        if (ChromiumPath is not null)
        {
            Browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,

                // Containers and CI run as root, where chromium's sandbox cannot start.
                Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            await Browser.DisposeAsync();
        }

        temp.Dispose();
    }
}
