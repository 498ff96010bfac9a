using NodaTime;

namespace ArticleRevisions.Capture.Archives;

/// <summary>One capture of a page in a web archive, as its CDX index lists it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Timestamp">The archive's 14-digit timestamp, such as <c>20250107081200</c> (UTC).</param>
/// <param name="Original">The URL as it was captured.</param>
/// <param name="At">The capture's instant.</param>
/// <param name="Digest">The archive's digest of the captured body; equal digests are equal bodies.</param>
public sealed record ArchiveCapture(string Timestamp, Uri Original, Instant At, string Digest);
