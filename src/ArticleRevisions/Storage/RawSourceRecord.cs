namespace ArticleRevisions.Storage;

/// <summary>A revision's raw-source reference, as stored.</summary>
internal sealed class RawSourceRecord
{
    public required string Sha256 { get; init; }

    public required string MediaType { get; init; }

    public required long Length { get; init; }
}
