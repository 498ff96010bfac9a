namespace ArticleRevisions.Capture.Watching;

/// <summary>What a watch event reports.</summary>
public enum WatchEventKind
{
    /// <summary>A page was captured; <see cref="WatchEvent.Capture"/> says what was found.</summary>
    Captured,

    /// <summary>A feed gained an entry, now watched as a new article.</summary>
    NewArticle,

    /// <summary>A feed was checked and had nothing new (or answered 304).</summary>
    FeedUnchanged,

    /// <summary>A feed could not be fetched or read.</summary>
    FeedFailed,

    /// <summary>An alert was raised (written to the Atom feed, and sent to the webhook if there is one).</summary>
    Alert,

    /// <summary>The webhook did not accept an alert (it is still in the Atom feed).</summary>
    WebhookFailed,
}
