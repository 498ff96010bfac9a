namespace ArticleRevisions.Storage;

/// <summary>An article's metadata as stored in the header line.</summary>
internal sealed class ArticleRecord
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Source { get; init; }

    public required string Language { get; init; }

    public required string Zone { get; init; }
}
