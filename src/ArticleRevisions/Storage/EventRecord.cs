using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>One event line (version 2), as stored; only the fields of its type are present.</summary>
internal sealed class EventRecord
{
    public required string Type { get; init; }

    public required Instant At { get; init; }

    public ArticleRecord? Article { get; init; }

    public int? Status { get; init; }

    public string? FinalUrl { get; init; }

    public int? Revision { get; init; }

    public string? Note { get; init; }

    public required string Sha256 { get; init; }
}
