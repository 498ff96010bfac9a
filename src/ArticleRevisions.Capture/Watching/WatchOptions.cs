using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>How hard a <see cref="Watcher"/> works: requests at once, how far checks thin out, which alerts.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WatchOptions
{
    /// <summary>Gets the default options: 8 requests at once (one per host), back-off up to a day.</summary>
    public static WatchOptions Default { get; } = new();

    /// <summary>Gets the most requests in flight at once across all hosts; there is never more than one per host.</summary>
    public int MaxConcurrent { get; init; } = 8;

    /// <summary>Gets the longest a page that stopped changing waits between checks (never shorter than its own interval).</summary>
    public Duration MaxBackoff { get; init; } = Duration.FromDays(1);

    /// <summary>Gets whether every source is checked in a round, due or not (a manual "check everything now").</summary>
    public bool IgnoreSchedule { get; init; }

    /// <summary>Gets alert settings that replace the watch list's own, if any.</summary>
    public AlertSettings? Alerts { get; init; }

    /// <summary>Returns when a source checked at <paramref name="now"/> is next due.</summary>
    /// <param name="now">The time of the check.</param>
    /// <param name="interval">The source's interval.</param>
    /// <param name="unchangedStreak">How many checks in a row found no change.</param>
    /// <returns>
    /// <paramref name="now"/> plus the interval, doubled for every two unchanged checks in a row, at most
    /// <see cref="MaxBackoff"/> (or the interval, if longer): 15 min, 15 min, 30 min, 30 min, 1 h, … 1 day.
    /// </returns>
    public Instant NextDue(Instant now, Duration interval, int unchangedStreak)
    {
        var cap = Duration.Max(interval, MaxBackoff);
        var delay = interval;
        for (var i = 0; i < unchangedStreak / 2 && delay < cap; i++)
        {
            delay *= 2;
        }

        return now + Duration.Min(delay, cap);
    }
}
