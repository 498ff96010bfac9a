using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// Something that happened to an article that is not a new version of its text: its metadata changed, its source
/// disappeared or came back, or its text was extracted again. Events are chained into the history like revisions.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe. Make one with <see cref="MetadataChanged"/>, <see cref="SourceGone"/>,
/// <see cref="SourceReturned"/> or <see cref="ExtractionRerun"/>; only the fields of its <see cref="Kind"/> are set.
/// </remarks>
public sealed record HistoryEvent
{
    private HistoryEvent(HistoryEventKind kind, Instant at, string? note)
    {
        if (note is not null)
        {
            RevisionHasher.CheckText(note, nameof(note));
        }

        Kind = kind;
        At = at;
        Note = note;
    }

    /// <summary>Gets what the event records.</summary>
    public HistoryEventKind Kind { get; }

    /// <summary>Gets when it happened, or when it was observed.</summary>
    public Instant At { get; }

    /// <summary>Gets a note about it, if any.</summary>
    public string? Note { get; }

    /// <summary>Gets the article's new metadata, for <see cref="HistoryEventKind.MetadataChanged"/>.</summary>
    public Article? Article { get; private init; }

    /// <summary>Gets the HTTP status seen, for <see cref="HistoryEventKind.SourceGone"/> and <see cref="HistoryEventKind.SourceReturned"/>, when known.</summary>
    public int? HttpStatus { get; private init; }

    /// <summary>Gets the URL the request ended at after redirects, for <see cref="HistoryEventKind.SourceGone"/> and <see cref="HistoryEventKind.SourceReturned"/>, when known.</summary>
    public Uri? FinalUrl { get; private init; }

    /// <summary>Gets the revision holding the new extraction, for <see cref="HistoryEventKind.ExtractionRerun"/>.</summary>
    public int? RevisionNumber { get; private init; }

    /// <summary>Records that the article's metadata changed to <paramref name="article"/>.</summary>
    /// <param name="at">When the change happened or was seen.</param>
    /// <param name="article">The whole new metadata; its id must stay the history's id (checked when recorded).</param>
    /// <param name="note">Why it changed, if known.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">The note holds an unpaired surrogate.</exception>
    public static HistoryEvent MetadataChanged(Instant at, Article article, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new HistoryEvent(HistoryEventKind.MetadataChanged, at, note) { Article = article };
    }

    /// <summary>Records that the source stopped serving the article.</summary>
    /// <param name="at">When it was seen gone.</param>
    /// <param name="httpStatus">The HTTP status seen (100 to 599), if any.</param>
    /// <param name="finalUrl">Where the request ended after redirects (absolute), if known.</param>
    /// <param name="note">More about it, if anything.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not 100 to 599.</exception>
    /// <exception cref="ArgumentException">The URL is not absolute, or the note holds an unpaired surrogate.</exception>
    public static HistoryEvent SourceGone(Instant at, int? httpStatus = null, Uri? finalUrl = null, string? note = null) =>
        Source(HistoryEventKind.SourceGone, at, httpStatus, finalUrl, note);

    /// <summary>Records that the source serves the article again.</summary>
    /// <param name="at">When it was seen back.</param>
    /// <param name="httpStatus">The HTTP status seen (100 to 599), if any.</param>
    /// <param name="finalUrl">Where the request ended after redirects (absolute), if known.</param>
    /// <param name="note">More about it, if anything.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not 100 to 599.</exception>
    /// <exception cref="ArgumentException">The URL is not absolute, or the note holds an unpaired surrogate.</exception>
    public static HistoryEvent SourceReturned(Instant at, int? httpStatus = null, Uri? finalUrl = null, string? note = null) =>
        Source(HistoryEventKind.SourceReturned, at, httpStatus, finalUrl, note);

    /// <summary>Records that revision <paramref name="revisionNumber"/> holds a new extraction of an earlier capture's raw source, not an edit by the publisher.</summary>
    /// <param name="at">When the extraction was run.</param>
    /// <param name="revisionNumber">The revision holding the new extraction; it must already be in the history (checked when recorded).</param>
    /// <param name="note">What changed in the extraction (an extractor's name and version), if anything.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revisionNumber"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The note holds an unpaired surrogate.</exception>
    public static HistoryEvent ExtractionRerun(Instant at, int revisionNumber, string? note = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revisionNumber, 1);
        return new HistoryEvent(HistoryEventKind.ExtractionRerun, at, note) { RevisionNumber = revisionNumber };
    }

    private static HistoryEvent Source(HistoryEventKind kind, Instant at, int? httpStatus, Uri? finalUrl, string? note)
    {
        if (httpStatus is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(httpStatus), httpStatus, "An HTTP status is 100 to 599.");
        }

        if (finalUrl is not null && !Article.IsValidSource(finalUrl))
        {
            throw new ArgumentException($"Final URL '{finalUrl.OriginalString}' is not an absolute URI with a scheme.", nameof(finalUrl));
        }

        return new HistoryEvent(kind, at, note) { HttpStatus = httpStatus, FinalUrl = finalUrl };
    }
}
