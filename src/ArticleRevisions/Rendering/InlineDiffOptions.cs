namespace ArticleRevisions.Rendering;

/// <summary>How an <see cref="InlineDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InlineDiffOptions
{
    /// <summary>Gets the default options: textual markers, no colour.</summary>
    public static InlineDiffOptions Default { get; } = new();

    /// <summary>Gets whether changes are marked with ANSI colour rather than textual markers. Default: off.</summary>
    public bool Color { get; init; }
}
