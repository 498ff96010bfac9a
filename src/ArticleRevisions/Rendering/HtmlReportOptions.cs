using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>How the HTML renderers of history reports (log, timeline, blame, search) write.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HtmlReportOptions
{
    /// <summary>Gets the default options: times in the article's zone, the stylesheet inline.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Gets the zone times are shown in; the article's when null (the default).</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>
    /// Gets the address of a stylesheet to link instead of inlining <see cref="HtmlStylesheet.Default"/>; null (the
    /// default) keeps the page self-contained.
    /// </summary>
    public string? StylesheetHref { get; init; }
}
