using ArticleRevisions.Model;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Tests;

/// <summary>Shared builders for tests.</summary>
internal static class TestData
{
    public static readonly DateTimeZone Kyiv = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];

    public static readonly Instant Morning = Instant.FromUtc(2025, 1, 7, 8, 12);

    public static Article Article(string id = "general-staff-kursk") =>
        new(id, "General Staff statement", Kyiv, "en", new Uri("https://t.me/GeneralStaffZSU/21034"));

    public static FakeClock Clock() => new(Morning);

    public static ArticleHistory History(params string[] texts)
    {
        var clock = Clock();
        var history = ArticleHistory.Create(Article());
        foreach (var text in texts)
        {
            history = history.Append(new RevisionDraft(text), clock).History;
            clock.Advance(Duration.FromMinutes(30));
        }

        return history;
    }

    public static string FixturePath(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleRevisions.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "fixtures", .. parts]);
    }
}
