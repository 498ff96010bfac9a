using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Timeline;

/// <summary>When a revision was current, and how long after the one before it and after the first it came.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Revision">The revision.</param>
/// <param name="Validity">From the revision's instant to the next revision's; open-ended for the latest.</param>
/// <param name="SincePrevious">How long after the previous revision it became current; null for the first.</param>
/// <param name="SinceFirst">How long after the first revision (publication) it became current.</param>
/// <param name="ChangeWindow">
/// When the change is known to have happened. A revision with a time of its own (no observed time, or one observed
/// later than it changed) claims that instant, so the window is that instant. One known only from the capture that
/// first saw it (observed at its own time) happened somewhere between the previous capture and this one, and the
/// window says so rather than inventing a point in time.
/// </param>
public sealed record RevisionTiming(Revision Revision, Interval Validity, Duration? SincePrevious, Duration SinceFirst, Interval ChangeWindow)
{
    /// <summary>Gets how long the revision was current, or null for the latest, which still is.</summary>
    public Duration? CurrentFor => Validity.HasEnd ? Validity.Duration : null;

    /// <summary>Gets whether the change time is an exact instant rather than a window between captures.</summary>
    public bool IsExact => ChangeWindow.Start == ChangeWindow.End;
}
