namespace ArticleRevisions.Browser.Tests;

/// <summary>Finds Debian's chromium (or the one <c>ARTREV_CHROMIUM</c> names), and decides what its absence means.</summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ARTREV_CHROMIUM") is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Skips the test when no browser is installed, except under CI, where that is a failure: <c>.ci/run</c> installs it.</summary>
    public static void Require(string? path)
    {
        if (path is not null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("chromium is not installed and CI=true: .ci/run installs Debian's chromium before the tests; the browser tests must run in CI.");
        }

        Assert.Skip("chromium is not installed (Debian: apt-get install chromium, or set ARTREV_CHROMIUM); these tests render the report in a real browser.");
    }
}
