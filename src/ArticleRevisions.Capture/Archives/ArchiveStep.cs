using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Model;

namespace ArticleRevisions.Capture.Archives;

/// <summary>What an import did with one archived capture.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Capture">The capture.</param>
/// <param name="Outcome"><see cref="CaptureOutcome.Added"/>, <see cref="CaptureOutcome.Unchanged"/>, <see cref="CaptureOutcome.Broken"/>, <see cref="CaptureOutcome.TooLarge"/> or <see cref="CaptureOutcome.Failed"/>.</param>
/// <param name="Revision">The revision added, if any.</param>
/// <param name="Detail">Why it was not imported, if it was not.</param>
public sealed record ArchiveStep(ArchiveCapture Capture, CaptureOutcome Outcome, Revision? Revision, string? Detail);
