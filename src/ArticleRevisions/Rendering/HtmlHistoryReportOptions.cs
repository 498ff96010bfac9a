using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>How an <see cref="HtmlHistoryReportRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HtmlHistoryReportOptions
{
    /// <summary>Gets the default options: times in the article's zone, the stylesheet inline, diffs cut to the lines that changed.</summary>
    public static HtmlHistoryReportOptions Default { get; } = new();

    /// <summary>Gets the zone times are shown in; the article's when null (the default).</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>
    /// Gets the address of a stylesheet to link instead of inlining <see cref="HtmlStylesheet.Default"/>; null (the
    /// default) keeps the page self-contained.
    /// </summary>
    public string? StylesheetHref { get; init; }

    /// <summary>Gets the address of the collection's index, linked at the top of the page; null (the default) for none.</summary>
    public string? IndexHref { get; init; }

    /// <summary>
    /// Gets how many unchanged non-blank lines each diff keeps before and after every change; null shows each
    /// revision's whole text. Default: 0, only the lines that changed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int? DiffContext
    {
        get;
        init
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The context must be 0 lines or more.");
            }

            field = value;
        }
    } = 0;
}
