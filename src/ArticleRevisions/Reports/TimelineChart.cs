using System.Collections.Immutable;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "when was each version current?": one bar per revision, in proportion to time.</summary>
/// <remarks>
/// <para>
/// The scale runs from the first revision to the latest over <see cref="Width"/> cells; the latest revision, still
/// current, gets one cell after them. Every bar takes at least one cell, so a run of quick edits can push the bars
/// after it right, but never past the end.
/// </para>
/// <para>
/// A chart of a history file holds no bars: each enumeration of <see cref="EnumerateBars"/> reads them afresh from
/// the file's facts sidecar and index, one at a time; <see cref="Bars"/> reads them all into memory on first use.
/// This type is immutable. A chart of a history in memory is thread-safe; a chart of a file reads the file as it
/// enumerates, so, like the <see cref="HistoryFile"/>, it should be enumerated by one thread at a time.
/// </para>
/// </remarks>
public sealed class TimelineChart
{
    /// <summary>The default number of cells the scale spans.</summary>
    public const int DefaultWidth = 40;

    private readonly IEnumerable<RevisionEntry> entries;
    private readonly Func<EntryWalk> walks;
    private readonly double span;
    private readonly Lazy<ImmutableArray<TimelineBar>> bars;

    private TimelineChart(Article article, int width, int count, IEnumerable<RevisionEntry> entries, Func<EntryWalk> walks, double span, ImmutableArray<RecordedEvent> events)
    {
        this.walks = walks;
        Article = article;
        Width = width;
        Count = count;
        this.entries = entries;
        this.span = span;
        bars = new Lazy<ImmutableArray<TimelineBar>>(() => [.. EnumerateBars()]);
        Events = events;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many cells the scale from the first to the latest revision spans.</summary>
    public int Width { get; }

    /// <summary>Gets one bar per revision, oldest first, all in memory.</summary>
    /// <exception cref="HistoryFormatException">(For a chart of a file.) A line read to derive facts missing from the sidecar is damaged.</exception>
    /// <remarks>For a chart of a file, the first use reads every bar; <see cref="EnumerateBars"/> streams them instead.</remarks>
    public ImmutableArray<TimelineBar> Bars => bars.Value;

    /// <summary>Gets the events (metadata changes, a source gone or back, re-run extractions), in chain order; renderers show them in time order beside the bars.</summary>
    public ImmutableArray<RecordedEvent> Events { get; }

    /// <summary>Gets the number of revisions, one bar each.</summary>
    internal int Count { get; }

    /// <summary>Draws when each revision of <paramref name="history"/> was current.</summary>
    /// <param name="history">The history.</param>
    /// <param name="width">The cells the scale spans; 1 or more.</param>
    /// <returns>The chart; no bars for an empty history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than 1.</exception>
    public static TimelineChart Create(ArticleHistory history, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var revisions = history.Revisions;
        var span = revisions.Count > 1 ? (revisions[^1].At - revisions[0].At).TotalSeconds : 0;
        ImmutableArray<RevisionEntry> entries = [.. RevisionEntry.ForHistory(history)];
        return new TimelineChart(history.Article, width, revisions.Count, entries, () => EntryWalk.Over(entries), span, [.. history.Events]);
    }

    /// <summary>Draws when each revision of a history file was current, reading the verdicts from the file's facts sidecar (deriving and keeping first those it lacks).</summary>
    /// <param name="file">The history file, as it was when opened.</param>
    /// <param name="width">The cells the scale spans; 1 or more.</param>
    /// <returns>
    /// The chart, equal to <see cref="Create(ArticleHistory, int)"/> of the file's history. It reads its bars from the
    /// file each time they are enumerated (see <see cref="EnumerateBars"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than 1.</exception>
    /// <exception cref="HistoryFormatException">A line read is damaged or does not match its hash (only lines whose facts are missing, and event lines, are read).</exception>
    public static TimelineChart Create(HistoryFile file, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var count = file.Count;
        var span = count > 1 ? (file.RevisionAt(count) - file.RevisionAt(1)).TotalSeconds : 0;
        var walks = HistoryFacts.Walk(file);
        return new TimelineChart(file.Article, width, count, EntryWalk.Entries(walks), walks, span, [.. file.Events]);
    }

    /// <summary>Reads the bars, oldest first, one at a time.</summary>
    /// <returns>
    /// The bars, lazily. For a chart of a file each enumeration reads the file's facts sidecar and index again,
    /// holding one bar (and the keys that tell reverts) at a time.
    /// </returns>
    /// <exception cref="HistoryFormatException">(While enumerating a chart of a file.) A line read to derive facts missing from the sidecar is damaged.</exception>
    public IEnumerable<TimelineBar> EnumerateBars()
    {
        if (bars.IsValueCreated)
        {
            return bars.Value;
        }

        return Draw(entries, span, Width);

        static IEnumerable<TimelineBar> Draw(IEnumerable<RevisionEntry> entries, double span, int width)
        {
            var offset = 0;
            foreach (var entry in entries)
            {
                var (start, length) = NextBar(ref offset, entry.Timing.CurrentFor, span, width);
                yield return new TimelineBar(entry, start, length);
            }
        }
    }

    /// <summary>Walks the revisions, oldest first, one reused row at a time; <see cref="NextBar(ref int, Duration?)"/> places each one's bar.</summary>
    internal EntryWalk Walk() => bars.IsValueCreated ? EntryWalk.Over(bars.Value.Select(b => b.Entry)) : walks();

    /// <summary>Places the bar of the revision that follows the cells up to <paramref name="offset"/> and was current for <paramref name="currentFor"/>, and moves the offset past it.</summary>
    internal (int Offset, int Length) NextBar(ref int offset, Duration? currentFor) => NextBar(ref offset, currentFor, span, Width);

    private static (int Offset, int Length) NextBar(ref int offset, Duration? currentFor, double span, int width)
    {
        var length = currentFor is { } current && span > 0 ? Math.Max(1, (int)Math.Round(current.TotalSeconds / span * width)) : 1;
        var start = Math.Min(offset, width);
        length = Math.Min(length, width + 1 - start);
        offset += length;
        return (start, length);
    }
}
