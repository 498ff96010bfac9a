using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "what happened to this article?": its revisions with their times, words changed and verdicts, and the events beside them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RevisionLog
{
    private RevisionLog(Article article, int revisionCount, LogFilter filter, ImmutableArray<RevisionEntry> entries, ImmutableArray<RecordedEvent> events)
    {
        Article = article;
        RevisionCount = revisionCount;
        Filter = filter;
        Entries = entries;
        Events = events;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many revisions the history has, listed or not.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets which revisions are listed.</summary>
    public LogFilter Filter { get; }

    /// <summary>Gets the listed revisions, oldest first.</summary>
    public ImmutableArray<RevisionEntry> Entries { get; }

    /// <summary>
    /// Gets the events (metadata changes, a source gone or back, re-run extractions) within the filter's times, in
    /// chain order; renderers show them in time order beside the revisions.
    /// </summary>
    /// <remarks><see cref="LogFilter.SubstantiveOnly"/> does not hide events: none of them is an edit.</remarks>
    public ImmutableArray<RecordedEvent> Events { get; }

    /// <summary>Lists the revisions of <paramref name="history"/> that <paramref name="filter"/> lets through.</summary>
    /// <param name="history">The history.</param>
    /// <param name="filter">Which revisions to list; all when null.</param>
    /// <returns>The log. Timings are those of the whole history, so a listed revision's time since the previous one counts the unlisted ones too.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="TimeRangeException">The filter's <see cref="LogFilter.Until"/> is before its <see cref="LogFilter.Since"/>.</exception>
    public static RevisionLog Create(ArticleHistory history, LogFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Create(history.Article, RevisionEntry.ForHistory(history), history.Events, filter ?? LogFilter.All);
    }

    /// <summary>
    /// Lists the revisions of a history file that <paramref name="filter"/> lets through, reading their facts from the
    /// file's facts sidecar (deriving and keeping only those it lacks), so no revision text is read once they exist.
    /// </summary>
    /// <param name="file">The history file, as it was when opened.</param>
    /// <param name="filter">Which revisions to list; all when null.</param>
    /// <returns>The log, equal to <see cref="Create(ArticleHistory, LogFilter)"/> of the file's history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="TimeRangeException">The filter's <see cref="LogFilter.Until"/> is before its <see cref="LogFilter.Since"/>.</exception>
    /// <exception cref="HistoryFormatException">A line read is damaged or does not match its hash (only lines whose facts are missing, and event lines, are read).</exception>
    /// <remarks>
    /// The sidecar is <c>HISTORY.facts</c> beside the file: a cache outside the chain that is safe to delete. The chain
    /// is checked for the lines read; <c>artrev verify</c> checks every line.
    /// </remarks>
    public static RevisionLog Create(HistoryFile file, LogFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Create(file.Article, HistoryFacts.ForFile(file), file.Events, filter ?? LogFilter.All);
    }

    private static RevisionLog Create(Article article, IReadOnlyList<RevisionEntry> all, IReadOnlyList<RecordedEvent> events, LogFilter filter)
    {
        if (filter is { Since: { } start, Until: { } end } && end < start)
        {
            throw new TimeRangeException(start, end);
        }

        var entries = all
            .Where(e => filter.Includes(e.Revision.At))
            .Where(e => !filter.SubstantiveOnly || e.Classification.Verdict == EditVerdict.Substantive)
            .ToImmutableArray();
        return new RevisionLog(article, all.Count, filter, entries, [.. events.Where(e => filter.Includes(e.Event.At))]);
    }
}
