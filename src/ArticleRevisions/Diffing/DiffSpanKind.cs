namespace ArticleRevisions.Diffing;

/// <summary>What happened to a stretch of text between two versions.</summary>
public enum DiffSpanKind
{
    /// <summary>The text is in both versions (it may differ only in ways the options ignore).</summary>
    Unchanged,

    /// <summary>The text is only in the new version.</summary>
    Inserted,

    /// <summary>The text is only in the old version.</summary>
    Deleted,

    /// <summary>The text left this place in the old version; its <see cref="DiffSpan.MoveId"/> names where it went.</summary>
    MovedFrom,

    /// <summary>The text arrived at this place in the new version; its <see cref="DiffSpan.MoveId"/> names where it came from.</summary>
    MovedTo,
}
