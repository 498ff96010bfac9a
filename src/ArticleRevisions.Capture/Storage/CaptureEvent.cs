using NodaTime;

namespace ArticleRevisions.Capture.Storage;

/// <summary>An event in a source's history that is not a revision: it went, came back, was re-extracted, broke or grew too large.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it was observed.</param>
/// <param name="HttpStatus">The HTTP status seen, if any.</param>
/// <param name="FinalUri">Where the request ended up, after redirects.</param>
/// <param name="Detail">A one-line explanation, such as "HTTP 404" or "redirected to the front page https://…/".</param>
/// <param name="Text">For <see cref="CaptureEventKind.ReExtracted"/>, the newly extracted text.</param>
public sealed record CaptureEvent(CaptureEventKind Kind, Instant At, int? HttpStatus, Uri? FinalUri, string Detail, string? Text = null);
