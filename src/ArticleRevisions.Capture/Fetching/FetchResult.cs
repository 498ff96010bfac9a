using System.Collections.Immutable;
using NodaTime;

namespace ArticleRevisions.Capture.Fetching;

/// <summary>What one fetch of a URL brought back: how it ended, where it ended up, what the server said and the body.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FetchResult
{
    /// <summary>Gets how the fetch ended.</summary>
    public required FetchStatus Status { get; init; }

    /// <summary>Gets the URL asked for.</summary>
    public required Uri RequestedUri { get; init; }

    /// <summary>Gets the URL of the last response, after redirects.</summary>
    public required Uri FinalUri { get; init; }

    /// <summary>Gets the redirects followed, in order.</summary>
    public ImmutableArray<Redirect> Redirects { get; init; } = [];

    /// <summary>Gets the final response's HTTP status code, or null when there was no response.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the final response's ETag header, exactly as sent.</summary>
    public string? ETag { get; init; }

    /// <summary>Gets the final response's Last-Modified header, exactly as sent.</summary>
    public string? LastModified { get; init; }

    /// <summary>Gets the media type of the body, such as <c>text/html</c>, when the server named one.</summary>
    public string? MediaType { get; init; }

    /// <summary>Gets the charset the Content-Type header named, if any.</summary>
    public string? HeaderCharset { get; init; }

    /// <summary>Gets the body, exactly as received (after content decoding such as gzip); empty unless <see cref="Status"/> is <see cref="FetchStatus.Ok"/> or <see cref="FetchStatus.HttpError"/>.</summary>
    public ImmutableArray<byte> Body { get; init; } = [];

    /// <summary>Gets when the response was received.</summary>
    public required Instant FetchedAt { get; init; }

    /// <summary>Gets how many body bytes were read before giving up, for <see cref="FetchStatus.TooLarge"/>; otherwise the body's length.</summary>
    public long BytesRead { get; init; }

    /// <summary>Gets a one-line description of what went wrong, for the statuses that are failures.</summary>
    public string? Problem { get; init; }

    /// <summary>Gets the validators to send next time, so an unchanged page answers 304.</summary>
    public FetchValidators Validators => new(ETag, LastModified);
}
