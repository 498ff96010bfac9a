using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// Thrown when a version is dated later than "now" by more than <see cref="RevisionDraft.ClockSkewTolerance"/>: a
/// version cannot have become current, or been captured, in the future, and a history is append-only in time order,
/// so one mistyped future date would make every real capture after it be refused.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FutureTimeException : ArgumentException
{
    /// <summary>Creates the exception from the values in conflict.</summary>
    /// <param name="propertyName">The draft's property at fault: <c>At</c> or <c>ObservedAt</c>.</param>
    /// <param name="time">The time given.</param>
    /// <param name="now">The clock's "now" it was checked against.</param>
    /// <param name="tolerance">How far ahead of "now" a time may be.</param>
    public FutureTimeException(string propertyName, Instant time, Instant now, Duration tolerance)
        : base($"{propertyName} {RevisionHasher.EncodeInstant(time)} is later than now ({RevisionHasher.EncodeInstant(now)}) by more than the {(long)tolerance.TotalMinutes} minutes allowed for clock skew; a version cannot be dated in the future.")
    {
        PropertyName = propertyName;
        Time = time;
        Now = now;
        Tolerance = tolerance;
    }

    /// <summary>Gets the draft's property at fault: <c>At</c> or <c>ObservedAt</c>.</summary>
    public string PropertyName { get; }

    /// <summary>Gets the time given.</summary>
    public Instant Time { get; }

    /// <summary>Gets the clock's "now" it was checked against.</summary>
    public Instant Now { get; }

    /// <summary>Gets how far ahead of "now" a time may be.</summary>
    public Duration Tolerance { get; }
}
