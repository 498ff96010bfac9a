using NodaTime;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>A time a page claims for itself (published or modified): kept as metadata, never used as a revision's time.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Text">The value exactly as the page wrote it.</param>
/// <param name="Instant">The instant it names, when it could be read (ISO 8601 with an offset, or a date alone read as UTC midnight).</param>
/// <param name="From">Where it was found, such as <c>meta article:published_time</c> or <c>json-ld dateModified</c>.</param>
public sealed record ClaimedTime(string Text, Instant? Instant, string From);
