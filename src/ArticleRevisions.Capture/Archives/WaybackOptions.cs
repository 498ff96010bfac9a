using NodaTime;

namespace ArticleRevisions.Capture.Archives;

/// <summary>Which archive to import from and how gently.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WaybackOptions
{
    /// <summary>The Internet Archive's Wayback Machine.</summary>
    public static readonly Uri WaybackMachine = new("https://web.archive.org/");

    /// <summary>Gets the archive's base URL: its CDX API is <c>BASE/cdx/search/cdx</c> and its captures <c>BASE/web/TIMESTAMP/URL</c>.</summary>
    public Uri Archive { get; init; } = WaybackMachine;

    /// <summary>
    /// Gets the most requests a minute, CDX queries and capture fetches together. The default, 20, stays under the
    /// lowest limit the Internet Archive's staff have stated for its CDX API (between 24 and 60 a minute over the
    /// years; it is not in its documentation), so an import never draws a 429.
    /// </summary>
    public int RequestsPerMinute { get; init; } = 20;

    /// <summary>Gets how long to wait after a 429 when the archive gives no Retry-After.</summary>
    public Duration BackoffAfter429 { get; init; } = Duration.FromMinutes(1);
}
