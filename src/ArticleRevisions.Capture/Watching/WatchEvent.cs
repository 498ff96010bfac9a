using ArticleRevisions.Capture.Capturing;
using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>One thing that happened while watching a collection.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="At">When it happened.</param>
/// <param name="SourceId">The source concerned.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Message">One line saying what happened, without the time or the id.</param>
/// <param name="Capture">The capture's outcome, for <see cref="WatchEventKind.Captured"/>.</param>
public sealed record WatchEvent(Instant At, string SourceId, WatchEventKind Kind, string Message, CaptureResult? Capture = null);
