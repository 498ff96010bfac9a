namespace ArticleRevisions.Rendering;

/// <summary>How a <see cref="WordDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WordDiffOptions
{
    /// <summary>Gets the default options: no colour.</summary>
    public static WordDiffOptions Default { get; } = new();

    /// <summary>Gets whether the markers are coloured with ANSI colour, as git colours them. Default: off.</summary>
    public bool Color { get; init; }
}
