using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>How the text, JSON and Markdown renderers of history reports (log, timeline, blame, search) write.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ReportOptions
{
    /// <summary>Gets the default options: times in the article's zone.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the zone times are shown in; the article's when null (the default).</summary>
    public DateTimeZone? Zone { get; init; }
}
