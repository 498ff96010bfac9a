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
            var (at, observedAt) = times[i];
            Instant? next = i + 1 < times.Count ? times[i + 1].At : null;

            // A version only seen at its own time (observed equal to its time) changed some time after the previous
            // capture (or, if that capture came later still, after the previous revision began) and before this
            // capture. One with a time of its own changed exactly then, however much later it was captured.
            var window = observedAt == at && i > 0
                ? new Interval(Instant.Min(times[i - 1].ObservedAt ?? times[i - 1].At, at), at)
                : new Interval(at, at);
            result[i] = (new Interval(at, next), i > 0 ? at - times[i - 1].At : null, at - times[0].At, window);
        }

        return result;
    }
}
