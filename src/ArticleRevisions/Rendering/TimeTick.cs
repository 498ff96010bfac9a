using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>One tick of a time axis.</summary>
/// <param name="At">Where it stands.</param>
/// <param name="Label">Its label, such as <c>14:00</c> or <c>7 Jan</c>.</param>
/// <param name="Second">A second line where the day or year turns, such as <c>7 Jan</c> or <c>2025</c>; otherwise null.</param>
internal sealed record TimeTick(Instant At, string Label, string? Second);
