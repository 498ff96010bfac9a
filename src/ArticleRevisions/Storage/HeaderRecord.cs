namespace ArticleRevisions.Storage;

/// <summary>The first line of a history file, as stored.</summary>
internal sealed class HeaderRecord
{
    public required string Format { get; init; }

    public required int Version { get; init; }

    public required ArticleRecord Article { get; init; }

    /// <summary>The seal over the article's metadata (version 2 only).</summary>
    public string? Sha256 { get; init; }
}
