namespace ArticleRevisions.Timeline;

/// <summary>How a phrase is matched against each revision's text.</summary>
/// <remarks>This type is immutable and thread-safe. The default matches the exact characters.</remarks>
public sealed record PhraseSearchOptions
{
    /// <summary>Gets exact matching.</summary>
    public static PhraseSearchOptions Exact { get; } = new();

    /// <summary>Gets whether letter case is ignored.</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>
    /// Gets whether white space and typographic punctuation are normalised first: runs of white space and line
    /// breaks match one space, curly quotes match straight ones, dashes match hyphens, an ellipsis matches "...".
    /// </summary>
    public bool Normalize { get; init; }
}
