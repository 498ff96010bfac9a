using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// Thrown when a revision would become current at or before the latest revision of its history.
/// </summary>
/// <remarks>Revisions are strictly ordered by time: two versions cannot both have become current at one instant.</remarks>
public sealed class RevisionOrderException : ArgumentException
{
    /// <summary>Creates the exception from the values in conflict.</summary>
    /// <param name="latestNumber">The number of the history's latest revision.</param>
    /// <param name="latestAt">When the latest revision became current.</param>
    /// <param name="attemptedAt">The time given for the rejected revision.</param>
    public RevisionOrderException(int latestNumber, Instant latestAt, Instant attemptedAt)
        : base($"A revision at {RevisionHasher.EncodeInstant(attemptedAt)} is not after revision {latestNumber} at {RevisionHasher.EncodeInstant(latestAt)}; revisions must be in strictly increasing time order.")
    {
        LatestNumber = latestNumber;
        LatestAt = latestAt;
        AttemptedAt = attemptedAt;
    }

    /// <summary>Gets the number of the history's latest revision.</summary>
    public int LatestNumber { get; }

    /// <summary>Gets when the latest revision became current.</summary>
    public Instant LatestAt { get; }

    /// <summary>Gets the time given for the rejected revision.</summary>
    public Instant AttemptedAt { get; }
}
