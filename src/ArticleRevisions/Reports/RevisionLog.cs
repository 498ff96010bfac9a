using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "what happened to this article?": its revisions with their times, words changed and verdicts.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RevisionLog
{
    private RevisionLog(Article article, int revisionCount, LogFilter filter, ImmutableArray<RevisionEntry> entries)
    {
        Article = article;
        RevisionCount = revisionCount;
        Filter = filter;
        Entries = entries;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many revisions the history has, listed or not.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets which revisions are listed.</summary>
    public LogFilter Filter { get; }

    /// <summary>Gets the listed revisions, oldest first.</summary>
    public ImmutableArray<RevisionEntry> Entries { get; }

    /// <summary>Lists the revisions of <paramref name="history"/> that <paramref name="filter"/> lets through.</summary>
    /// <param name="history">The history.</param>
    /// <param name="filter">Which revisions to list; all when null.</param>
    /// <returns>The log. Timings are those of the whole history, so a listed revision's time since the previous one counts the unlisted ones too.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="TimeRangeException">The filter's <see cref="LogFilter.Until"/> is before its <see cref="LogFilter.Since"/>.</exception>
    public static RevisionLog Create(ArticleHistory history, LogFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        filter ??= LogFilter.All;
        if (filter is { Since: { } start, Until: { } end } && end < start)
        {
            throw new TimeRangeException(start, end);
        }

        var entries = RevisionEntry.ForHistory(history)
            .Where(e => (filter.Since is not { } since || e.Revision.At >= since) && (filter.Until is not { } until || e.Revision.At <= until))
            .Where(e => !filter.SubstantiveOnly || e.Classification.Verdict == EditVerdict.Substantive)
            .ToImmutableArray();
        return new RevisionLog(history.Article, history.Count, filter, entries);
    }
}
