using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>One source in a watched collection: a page (with its history <c>ID.jsonl</c>) or a feed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WatchSource
{
    /// <summary>Creates a source, checking every value.</summary>
    /// <param name="id">A slug, unique in the collection; names the history file.</param>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="kind">A page or a feed.</param>
    /// <param name="interval">How often to check it at first; at least one second.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not a slug or the URL is not http or https.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval is under one second.</exception>
    public WatchSource(string id, Uri url, WatchSourceKind kind, Duration interval)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(url);
        if (!Article.IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a slug (lowercase letters and digits joined by '-', '_' or '.').", nameof(id));
        }

        if (!Fetching.PageFetcher.IsHttp(url))
        {
            throw new ArgumentException($"'{url.OriginalString}' is not an http or https URL.", nameof(url));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(interval, Duration.FromSeconds(1), nameof(interval));
        Id = id;
        Url = url;
        Kind = kind;
        Interval = interval;
    }

    /// <summary>Gets the source's slug; a page's history is <c>ID.jsonl</c> in the collection's folder.</summary>
    public string Id { get; }

    /// <summary>Gets the URL watched.</summary>
    public Uri Url { get; }

    /// <summary>Gets whether it is a page or a feed.</summary>
    public WatchSourceKind Kind { get; }

    /// <summary>Gets how often it is checked while it keeps changing; checks thin out while it does not (see <see cref="Watcher"/>).</summary>
    public Duration Interval { get; }

    /// <summary>Gets the zone its history shows times in.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>Gets its BCP 47 language tag.</summary>
    public string Language { get; init; } = Article.UndeterminedLanguage;

    /// <summary>Gets the declaration to extract with (a shipped name or a file relative to the collection), if not the default.</summary>
    public string? Declaration { get; init; }

    /// <summary>Gets the title to give its history, if known (a feed entry's title).</summary>
    public string? Title { get; init; }

    /// <summary>Gets the id of the feed this page was found in, if any.</summary>
    public string? Feed { get; init; }

    /// <summary>Gets the file name of a page's history in the collection's folder.</summary>
    public string HistoryFileName => Id + ".jsonl";
}
