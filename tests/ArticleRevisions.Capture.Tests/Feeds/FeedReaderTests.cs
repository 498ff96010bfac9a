using System.Globalization;
using System.Text;
using ArticleRevisions.Capture.Feeds;
using NodaTime;

namespace ArticleRevisions.Capture.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("http://127.0.0.1:1/feed.xml");

    [Fact]
    public void Keeps_an_entry_whose_date_cannot_be_read_without_its_time()
    {
        // 1 December 2026 is a Tuesday: the feed's weekday is wrong, which the RSS date format rejects.
        var feed = Rss(("http://127.0.0.1:1/a.html", "Mon, 01 Dec 2026 10:00:00 GMT"), ("http://127.0.0.1:1/b.html", "Tue, 01 Dec 2026 11:00:00 GMT"));

        var entries = FeedReader.Read(feed, FeedUrl);

        Assert.Equal(["http://127.0.0.1:1/a.html", "http://127.0.0.1:1/b.html"], entries.Select(e => e.Link.AbsoluteUri));
        Assert.Null(entries[0].Published);
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 11, 0), entries[1].Published);
    }

    [Fact]
    public void Refuses_a_body_that_is_not_a_feed_with_the_feeds_address()
    {
        var e = Assert.Throws<FormatException>(() => FeedReader.Read(Encoding.UTF8.GetBytes("<html><body>not a feed</body></html>"), FeedUrl));

        Assert.StartsWith(FeedUrl.ToString(), e.Message, StringComparison.Ordinal);
    }

    private static byte[] Rss(params (string Link, string Date)[] items)
    {
        var body = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title><link>http://127.0.0.1:1/</link><description>d</description>");
        foreach (var (link, date) in items)
        {
            body.Append(CultureInfo.InvariantCulture, $"<item><title>{link}</title><link>{link}</link><pubDate>{date}</pubDate></item>");
        }

        return Encoding.UTF8.GetBytes(body.Append("</channel></rss>").ToString());
    }
}
