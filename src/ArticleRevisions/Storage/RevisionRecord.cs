using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>One revision line, as stored. The text comes last so the metadata can be read at a glance.</summary>
internal sealed class RevisionRecord
{
    public required int Number { get; init; }

    public required Instant At { get; init; }

    public Instant? ObservedAt { get; init; }

    public string? Editor { get; init; }

    public string? Note { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public required string Sha256 { get; init; }

    public required string Text { get; init; }
}
