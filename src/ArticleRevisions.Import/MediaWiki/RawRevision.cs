using NodaTime;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>One <c>&lt;revision&gt;</c> as the export holds it, before it is put in time order.</summary>
internal sealed record RawRevision
{
    public required int Line { get; init; }

    public long? Id { get; init; }

    public long? ParentId { get; init; }

    public required Instant Timestamp { get; init; }

    public required string TimestampText { get; init; }

    public string? Editor { get; init; }

    public bool EditorSuppressed { get; init; }

    public string? Comment { get; init; }

    public bool CommentSuppressed { get; init; }

    public bool Minor { get; init; }

    /// <summary>Gets the text; null once the page buffer has moved it to disk.</summary>
    public string? Text { get; init; }

    public bool TextSuppressed { get; init; }
}
