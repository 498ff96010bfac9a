using NodaTime;

namespace ArticleRevisions.Timeline;

/// <summary>The one rule for when each revision was current and when its change happened, from the revisions' times alone.</summary>
internal static class TimingRules
{
    /// <summary>Computes, for revisions given oldest first by their times, each one's validity, gaps and change window.</summary>
    public static (Interval Validity, Duration? SincePrevious, Duration SinceFirst, Interval ChangeWindow)[] Compute(IReadOnlyList<(Instant At, Instant? ObservedAt)> times)
    {
        var result = new (Interval, Duration?, Duration, Interval)[times.Count];
        for (var i = 0; i < times.Count; i++)
        {
            result[i] = Of(i > 0 ? times[i - 1] : null, times[i], i + 1 < times.Count ? times[i + 1].At : null, times[0].At);
        }

        return result;
    }

    /// <summary>Computes one revision's validity, gaps and change window from its own times, the revision before it (none for the first), when the next one came (none for the latest) and when the first one did.</summary>
    public static (Interval Validity, Duration? SincePrevious, Duration SinceFirst, Interval ChangeWindow) Of((Instant At, Instant? ObservedAt)? previous, (Instant At, Instant? ObservedAt) current, Instant? next, Instant first)
    {
        var (at, observedAt) = current;

        // A version only seen at its own time (observed equal to its time) changed some time after the previous
        // capture (or, if that capture came later still, after the previous revision began) and before this
        // capture. One with a time of its own changed exactly then, however much later it was captured.
        var window = observedAt == at && previous is { } before
            ? new Interval(Instant.Min(before.ObservedAt ?? before.At, at), at)
            : new Interval(at, at);
        return (new Interval(at, next), previous is { } p ? at - p.At : null, at - first, window);
    }
}
