namespace ArticleRevisions.Capture.Watching;

/// <summary>What a watched source is.</summary>
public enum WatchSourceKind
{
    /// <summary>A page: one article, one history.</summary>
    Page,

    /// <summary>An RSS or Atom feed: each new entry's page becomes a new watched article.</summary>
    Feed,
}
