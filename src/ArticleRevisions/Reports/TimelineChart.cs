using System.Collections.Immutable;
using ArticleRevisions.Model;

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

    private TimelineChart(Article article, int width, ImmutableArray<TimelineBar> bars)
    {
        Article = article;
        Width = width;
        Bars = bars;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many cells the scale from the first to the latest revision spans.</summary>
    public int Width { get; }

    /// <summary>Gets one bar per revision, oldest first.</summary>
    public ImmutableArray<TimelineBar> Bars { get; }

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
        var span = history.Count > 1 ? (history.Latest!.At - history.Revisions[0].At).TotalSeconds : 0;
        var offset = 0;
        var bars = ImmutableArray.CreateBuilder<TimelineBar>(history.Count);
        foreach (var entry in RevisionEntry.ForHistory(history))
        {
            var length = entry.Timing.CurrentFor is { } current && span > 0 ? Math.Max(1, (int)Math.Round(current.TotalSeconds / span * width)) : 1;
            var start = Math.Min(offset, width);
            length = Math.Min(length, width + 1 - start);
            bars.Add(new TimelineBar(entry, start, length));
            offset += length;
        }

        return new TimelineChart(history.Article, width, bars.MoveToImmutable());
    }
}
