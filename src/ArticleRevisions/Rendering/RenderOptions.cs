using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>How a comparison is written out: labels, colour, width and context.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RenderOptions
{
    /// <summary>Gets the default options.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Gets the name of the old version, such as a file path or "revision 1". Default: <c>old</c>.</summary>
    public string OldLabel { get; init; } = "old";

    /// <summary>Gets the name of the new version. Default: <c>new</c>.</summary>
    public string NewLabel { get; init; } = "new";

    /// <summary>Gets when the old version became current, shown where the format has room for it.</summary>
    public Instant? OldTime { get; init; }

    /// <summary>Gets when the new version became current, shown where the format has room for it.</summary>
    public Instant? NewTime { get; init; }

    /// <summary>Gets the zone times are shown in. Default: UTC.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>Gets whether terminal formats use ANSI colour rather than textual markers. Default: off.</summary>
    public bool Color { get; init; }

    /// <summary>Gets the total width for side-by-side output, in columns. Default: 120.</summary>
    public int Width { get; init; } = 120;

    /// <summary>Gets the number of unchanged lines around each change in a unified patch. Default: 3.</summary>
    public int Context { get; init; } = 3;

    /// <summary>Gets whether only the summary and counts are written. Default: off.</summary>
    public bool StatOnly { get; init; }
}
