namespace ArticleRevisions.Capture.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>A 2xx response whose whole body was read.</summary>
    Ok,

    /// <summary>A 304: the page has not changed since the validators sent.</summary>
    NotModified,

    /// <summary>A 4xx or 5xx response; <see cref="FetchResult.StatusCode"/> says which.</summary>
    HttpError,

    /// <summary>The body is longer than the size limit; it was cut there and not kept.</summary>
    TooLarge,

    /// <summary>The server took longer than the timeout.</summary>
    TimedOut,

    /// <summary>More redirects than allowed, or a redirect loop.</summary>
    TooManyRedirects,

    /// <summary>No response: the connection was refused or broke, or the name did not resolve.</summary>
    NetworkError,
}
