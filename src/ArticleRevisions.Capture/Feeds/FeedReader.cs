using System.Collections.Immutable;
using System.ServiceModel.Syndication;
using System.Xml;
using NodaTime;

namespace ArticleRevisions.Capture.Feeds;

/// <summary>Reads the entries of an RSS 2.0 or Atom 1.0 feed (System.ServiceModel.Syndication), with DTDs refused.</summary>
/// <remarks>Thread-safe.</remarks>
public static class FeedReader
{
    /// <summary>Reads the entries of a feed, in the feed's order, each with an absolute http or https link.</summary>
    /// <param name="body">The feed's bytes.</param>
    /// <param name="baseUri">The feed's URL, against which relative links are resolved.</param>
    /// <returns>The entries; entries without a usable link are left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseUri"/> is null.</exception>
    /// <exception cref="FormatException">The body is not an RSS or Atom feed.</exception>
    public static ImmutableArray<FeedEntry> Read(ReadOnlySpan<byte> body, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(body.ToArray());
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 });
            feed = SyndicationFeed.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{baseUri}: not an RSS or Atom feed ({e.Message})", e);
        }

        var entries = ImmutableArray.CreateBuilder<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri
                ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null);
            if (link is null)
            {
                continue;
            }

            var absolute = link.IsAbsoluteUri ? link : new Uri(baseUri, link);
            if (!Fetching.PageFetcher.IsHttp(absolute))
            {
                continue;
            }

            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            entries.Add(new FeedEntry(absolute, item.Title?.Text, published == default ? null : Instant.FromDateTimeOffset(published)));
        }

        return entries.ToImmutable();
    }
}
