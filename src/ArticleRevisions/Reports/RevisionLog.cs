using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "what happened to this article?": its revisions with their times, words changed and verdicts, and the events beside them.</summary>
/// <remarks>
/// <para>
/// A log made from a history in memory holds its entries. A log made from a history file holds none: each
/// enumeration of <see cref="EnumerateEntries"/> reads them afresh from the file's facts sidecar and index, one at a
/// time, so memory does not grow with the history's length; <see cref="Entries"/> reads them all into memory on
/// first use.
/// </para>
/// <para>
/// This type is immutable. A log of a history in memory is thread-safe; a log of a file reads the file as it
/// enumerates, so, like the <see cref="HistoryFile"/>, it should be enumerated by one thread at a time.
/// </para>
/// </remarks>
public sealed class RevisionLog
{
    private readonly IEnumerable<RevisionEntry> all;
    private readonly Func<EntryWalk> walks;
    private readonly Lazy<ImmutableArray<RevisionEntry>> entries;
    private readonly Lazy<int> entryCount;

    private RevisionLog(Article article, int revisionCount, LogFilter filter, IEnumerable<RevisionEntry> all, Func<EntryWalk> walks, Func<int> countListed, ImmutableArray<RecordedEvent> events)
    {
        this.walks = walks;
        Article = article;
        RevisionCount = revisionCount;
        Filter = filter;
        this.all = all;
        entries = new Lazy<ImmutableArray<RevisionEntry>>(() => [.. EnumerateEntries()]);
        entryCount = new Lazy<int>(() => entries.IsValueCreated ? entries.Value.Length : countListed());
        Events = events;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many revisions the history has, listed or not.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets which revisions are listed.</summary>
    public LogFilter Filter { get; }

    /// <summary>Gets the listed revisions, oldest first, all in memory.</summary>
    /// <exception cref="HistoryFormatException">(For a log of a file.) A line read to derive facts missing from the sidecar is damaged.</exception>
    /// <remarks>For a log of a file, the first use reads every listed entry; <see cref="EnumerateEntries"/> streams them instead.</remarks>
    public ImmutableArray<RevisionEntry> Entries => entries.Value;

    /// <summary>Gets how many revisions are listed.</summary>
    /// <exception cref="HistoryFormatException">(For a log of a file listing only substantive revisions.) A line read to derive facts missing from the sidecar is damaged.</exception>
    /// <remarks>
    /// For a log of a file, counted on first use: from the index alone, unless only substantive revisions are listed,
    /// when the verdicts are read from the facts sidecar.
    /// </remarks>
    public int EntryCount => entryCount.Value;

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
        var listed = Check(filter ?? LogFilter.All);
        ImmutableArray<RevisionEntry> all = [.. RevisionEntry.ForHistory(history)];
        return new RevisionLog(history.Article, all.Length, listed, all, () => EntryWalk.Over(all), () => all.Count(e => Lists(listed, e)), Within(history.Events, listed));
    }

    /// <summary>
    /// Lists the revisions of a history file that <paramref name="filter"/> lets through, reading their facts from the
    /// file's facts sidecar (deriving and keeping first those it lacks), so no revision text is read once they exist.
    /// </summary>
    /// <param name="file">The history file, as it was when opened.</param>
    /// <param name="filter">Which revisions to list; all when null.</param>
    /// <returns>
    /// The log, equal to <see cref="Create(ArticleHistory, LogFilter)"/> of the file's history. It reads its entries
    /// from the file each time they are enumerated (see <see cref="EnumerateEntries"/>).
    /// </returns>
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
        var listed = Check(filter ?? LogFilter.All);
        var count = file.Count;
        var walks = HistoryFacts.Walk(file);
        int CountListed()
        {
            if (!listed.SubstantiveOnly)
            {
                return file.CountRevisions(count, listed.Includes);
            }

            using var walk = walks();
            var listedCount = 0;
            while (walk.MoveNext())
            {
                listedCount += Lists(listed, walk.Row) ? 1 : 0;
            }

            return listedCount;
        }

        return new RevisionLog(file.Article, count, listed, EntryWalk.Entries(walks), walks, CountListed, Within(file.Events, listed));
    }

    /// <summary>Reads the listed revisions, oldest first, one at a time.</summary>
    /// <returns>
    /// The entries, lazily. For a log of a file each enumeration reads the file's facts sidecar and index again,
    /// holding one entry (and the keys that tell reverts) at a time.
    /// </returns>
    /// <exception cref="HistoryFormatException">(While enumerating a log of a file.) A line read to derive facts missing from the sidecar is damaged.</exception>
    public IEnumerable<RevisionEntry> EnumerateEntries() =>
        entries.IsValueCreated ? entries.Value : all.Where(e => Lists(Filter, e));

    /// <summary>Walks the listed revisions, oldest first, one reused row at a time (what <see cref="EnumerateEntries"/> hands out, without an object per revision).</summary>
    internal EntryWalk Walk() =>
        entries.IsValueCreated ? EntryWalk.Over(entries.Value) : walks().Where(row => Lists(Filter, row));

    private static LogFilter Check(LogFilter filter) =>
        filter is { Since: { } start, Until: { } end } && end < start ? throw new TimeRangeException(start, end) : filter;

    private static bool Lists(LogFilter filter, RevisionEntry entry) =>
        filter.Includes(entry.Revision.At) && (!filter.SubstantiveOnly || entry.Classification.Verdict == EditVerdict.Substantive);

    private static bool Lists(LogFilter filter, EntryRow row) =>
        filter.Includes(row.At) && (!filter.SubstantiveOnly || row.Facts.Verdict == EditVerdict.Substantive);

    private static ImmutableArray<RecordedEvent> Within(IEnumerable<RecordedEvent> events, LogFilter filter) => [.. events.Where(e => filter.Includes(e.Event.At))];
}
