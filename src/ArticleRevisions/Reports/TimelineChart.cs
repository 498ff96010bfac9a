using System.Collections.Immutable;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "when was each version current?": one bar per revision, in proportion to time.</summary>
/// <remarks>
/// The scale runs from the first revision to the latest over <see cref="Width"/> cells; the latest revision, still
/// current, gets one cell after them. Every bar takes at least one cell, so a run of quick edits can push the bars
/// after it right, but never past the end. This type is immutable and thread-safe.
/// </remarks>
public sealed class TimelineChart
{
    /// <summary>The default number of cells the scale spans.</summary>
    public const int DefaultWidth = 40;

    private TimelineChart(Article article, int width, ImmutableArray<TimelineBar> bars, ImmutableArray<RecordedEvent> events)
    {
        Article = article;
        Width = width;
        Bars = bars;
        Events = events;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many cells the scale from the first to the latest revision spans.</summary>
    public int Width { get; }

    /// <summary>Gets one bar per revision, oldest first.</summary>
    public ImmutableArray<TimelineBar> Bars { get; }

    /// <summary>Gets the events (metadata changes, a source gone or back, re-run extractions), in chain order; renderers show them in time order beside the bars.</summary>
    public ImmutableArray<RecordedEvent> Events { get; }

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
        return Create(history.Article, RevisionEntry.ForHistory(history), history.Events, width);
    }

    /// <summary>Draws when each revision of a history file was current, reading the verdicts from the file's facts sidecar (deriving and keeping only those it lacks).</summary>
    /// <param name="file">The history file, as it was when opened.</param>
    /// <param name="width">The cells the scale spans; 1 or more.</param>
    /// <returns>The chart, equal to <see cref="Create(ArticleHistory, int)"/> of the file's history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than 1.</exception>
    /// <exception cref="HistoryFormatException">A line read is damaged or does not match its hash (only lines whose facts are missing, and event lines, are read).</exception>
    public static TimelineChart Create(HistoryFile file, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return Create(file.Article, HistoryFacts.ForFile(file), file.Events, width);
    }

    private static TimelineChart Create(Article article, IReadOnlyList<RevisionEntry> entries, IReadOnlyList<RecordedEvent> events, int width)
    {
        var span = entries.Count > 1 ? (entries[^1].Revision.At - entries[0].Revision.At).TotalSeconds : 0;
        var offset = 0;
        var bars = ImmutableArray.CreateBuilder<TimelineBar>(entries.Count);
        foreach (var entry in entries)
        {
            var length = entry.Timing.CurrentFor is { } current && span > 0 ? Math.Max(1, (int)Math.Round(current.TotalSeconds / span * width)) : 1;
            var start = Math.Min(offset, width);
            length = Math.Min(length, width + 1 - start);
            bars.Add(new TimelineBar(entry, start, length));
            offset += length;
        }

        return new TimelineChart(article, width, bars.MoveToImmutable(), [.. events]);
    }
}
