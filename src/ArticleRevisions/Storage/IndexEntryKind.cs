namespace ArticleRevisions.Storage;

/// <summary>What a line of a history holds, as the sidecar index records it.</summary>
internal enum IndexEntryKind : byte
{
    /// <summary>A revision with its full text.</summary>
    FullText = 1,

    /// <summary>A revision stored as a delta against the previous revision.</summary>
    Delta = 2,

    /// <summary>An event other than a metadata change.</summary>
    Event = 3,

    /// <summary>A metadata change.</summary>
    Metadata = 4,
}
