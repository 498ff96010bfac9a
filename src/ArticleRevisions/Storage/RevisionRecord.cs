using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>One revision line, as stored. The text (or delta) comes last so the metadata can be read at a glance.</summary>
internal sealed class RevisionRecord
{
    /// <summary>Always <c>revision</c> in version 2; absent in version 1.</summary>
    public string? Type { get; init; }

    public required int Number { get; init; }

    public required Instant At { get; init; }

    public Instant? ObservedAt { get; init; }

    public string? Editor { get; init; }

    public string? Note { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public Dictionary<string, string>? Attributes { get; init; }

    public RawSourceRecord? RawSource { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The full text; exactly one of this and <see cref="Delta"/> is present (always the text in version 1).</summary>
    public string? Text { get; init; }

    public TextDelta? Delta { get; init; }
}
