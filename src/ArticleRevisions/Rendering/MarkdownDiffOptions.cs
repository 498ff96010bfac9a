namespace ArticleRevisions.Rendering;

/// <summary>How a <see cref="MarkdownDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MarkdownDiffOptions
{
    /// <summary>Gets the default options: the whole text with its changes marked.</summary>
    public static MarkdownDiffOptions Default { get; } = new();

    /// <summary>Gets whether a table of counts replaces the text. Default: off.</summary>
    public bool StatOnly { get; init; }
}
