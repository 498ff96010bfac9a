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

    /// <summary>Gets the width, in terminal columns, the text log fits in; null for the wide table.</summary>
    /// <remarks>
    /// Default 100. Within a width the log shows times in one zone, shortens editors, wraps verdicts and puts each
    /// note on its own lines under its revision. The wide table (null) has a UTC column too and every value in full
    /// on one line. Only <see cref="TextLogRenderer"/> reads it; the other formats always carry every value.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The width is less than <see cref="MinimumWidth"/>.</exception>
    public int? Width
    {
        get;
        init => field = value is < MinimumWidth ? throw new ArgumentOutOfRangeException(nameof(value), value, $"A log needs at least {MinimumWidth} columns.") : value;
    } = 100;

    /// <summary>The narrowest <see cref="Width"/>: 60 columns.</summary>
    public const int MinimumWidth = 60;
}
