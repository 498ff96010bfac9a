using System.Collections.Concurrent;
using PuppeteerSharp;

namespace ArticleRevisions.Browser.Tests;

/// <summary>A page opened from a file with every request outside <c>file:</c> refused and recorded, and every error and dialog recorded.</summary>
internal sealed class LoadedPage : IAsyncDisposable
{
    private LoadedPage(IPage page)
    {
        Page = page;
    }

    public IPage Page { get; }

    public ConcurrentQueue<string> ExternalRequests { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    public ConcurrentQueue<string> Dialogs { get; } = new();

    public static async Task<LoadedPage> OpenAsync(IBrowser? browser, string path, ViewPortOptions viewport, string colorScheme = "light", bool javaScript = true)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var loaded = new LoadedPage(await browser.NewPageAsync());
        var page = loaded.Page;
        await page.SetViewportAsync(viewport);
        await page.SetJavaScriptEnabledAsync(javaScript);
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = colorScheme }]);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                loaded.ExternalRequests.Enqueue(e.Request.Url);
                await e.Request.AbortAsync();
            }
        };
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                loaded.Errors.Enqueue(e.Message.Text);
            }
        };
        page.PageError += (_, e) => loaded.Errors.Enqueue(e.Message);
        page.Dialog += async (_, e) =>
        {
            loaded.Dialogs.Enqueue(e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
        var response = await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        if (response is { Ok: false })
        {
            loaded.Errors.Enqueue($"HTTP {response.Status} for {path}");
        }

        return loaded;
    }

    public Task<T> Eval<T>(string expression) => Page.EvaluateExpressionAsync<T>(expression);

    /// <summary>Keeps the whole page as NAME.png and what the screen shows first as NAME-top.png (a long page shrinks past reading in a viewer).</summary>
    public async Task Screenshot(string name)
    {
        await Page.ScreenshotAsync(Screenshots.PathOf(name), new ScreenshotOptions { FullPage = true });
        await Page.ScreenshotAsync(Screenshots.PathOf(name + "-top"), new ScreenshotOptions { FullPage = false });
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
