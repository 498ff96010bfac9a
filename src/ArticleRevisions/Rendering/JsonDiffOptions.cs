namespace ArticleRevisions.Rendering;

/// <summary>How a <see cref="JsonDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JsonDiffOptions
{
    /// <summary>Gets the default options: the spans included.</summary>
    public static JsonDiffOptions Default { get; } = new();

    /// <summary>Gets whether only the summary and counts are written, without the <c>spans</c>. Default: off.</summary>
    public bool StatOnly { get; init; }
}
