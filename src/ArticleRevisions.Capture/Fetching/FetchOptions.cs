using NodaTime;

namespace ArticleRevisions.Capture.Fetching;

/// <summary>How politely and how far a <see cref="PageFetcher"/> fetches: who it says it is, how long it waits, how much it reads.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FetchOptions
{
    /// <summary>The User-Agent sent when none is given: names the tool and where to learn about it.</summary>
    public const string DefaultUserAgent = "artrev/0.1 (ArticleRevisions capture; +https://github.com/articlerevisions/articlerevisions)";

    /// <summary>Gets the default options: 30 s per request, 10 MiB per body, 10 redirects.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>Gets the User-Agent header sent with every request.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Gets how long one request may take, headers and body together, redirects each counted afresh.</summary>
    public Duration Timeout { get; init; } = Duration.FromSeconds(30);

    /// <summary>Gets the most bytes of a body read; a longer body is cut there and reported as too large.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Gets how many redirects are followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 10;
}
