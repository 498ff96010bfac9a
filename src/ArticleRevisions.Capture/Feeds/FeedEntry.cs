using NodaTime;

namespace ArticleRevisions.Capture.Feeds;

/// <summary>One entry of an RSS or Atom feed: the page it links to, its title and the time the feed claims for it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Link">The entry's page.</param>
/// <param name="Title">The entry's title, if any.</param>
/// <param name="Published">The time the feed gives for it, if any (metadata, never a revision's time).</param>
public sealed record FeedEntry(Uri Link, string? Title, Instant? Published);
