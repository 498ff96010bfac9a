using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>When a listed revision was current, how long after the one before and the first it came, and when its change happened.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value. The rule is that of <see cref="Timeline.HistoryQueries.GetTimings"/>.</remarks>
/// <param name="Validity">From when the revision became current until the next one did (open-ended for the latest).</param>
/// <param name="SincePrevious">How long after the previous revision it came; null for the first.</param>
/// <param name="SinceFirst">How long after the first revision it came.</param>
/// <param name="ChangeWindow">When the change happened: its own time (also for one captured later than it changed), or, for a revision known only from the capture that first saw it (observed at its own time), between the previous capture and this one.</param>
public sealed record EntryTiming(Interval Validity, Duration? SincePrevious, Duration SinceFirst, Interval ChangeWindow)
{
    /// <summary>Gets how long the revision was current; null while it still is.</summary>
    public Duration? CurrentFor => Validity.HasEnd ? Validity.Duration : null;

    /// <summary>Gets whether the change is known to the instant (the window is empty).</summary>
    public bool IsExact => ChangeWindow.Start == ChangeWindow.End;
}
