namespace ArticleRevisions.Capture.Fetching;

/// <summary>One redirect followed during a fetch.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="From">The URL that answered with a redirect.</param>
/// <param name="To">Where it sent the request.</param>
/// <param name="StatusCode">The redirect's status code (301, 302, 303, 307 or 308).</param>
public sealed record Redirect(Uri From, Uri To, int StatusCode);
