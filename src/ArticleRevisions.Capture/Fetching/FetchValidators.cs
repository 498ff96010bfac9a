namespace ArticleRevisions.Capture.Fetching;

/// <summary>What a previous response said about its version, sent back so an unchanged page answers 304.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ETag">The previous response's ETag header, exactly as sent (sent as If-None-Match).</param>
/// <param name="LastModified">The previous response's Last-Modified header, exactly as sent (sent as If-Modified-Since).</param>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    /// <summary>Gets whether there is anything to send.</summary>
    public bool IsEmpty => ETag is null && LastModified is null;
}
