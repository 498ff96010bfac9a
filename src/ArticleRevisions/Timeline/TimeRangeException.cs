using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Timeline;

/// <summary>Thrown when a range of time ends before it starts, so nothing could ever be in it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TimeRangeException : ArgumentException
{
    /// <summary>Creates the exception from the range's bounds.</summary>
    /// <param name="start">Where the range starts.</param>
    /// <param name="end">Where it ends, before <paramref name="start"/>.</param>
    public TimeRangeException(Instant start, Instant end)
        : base($"The range ends ({TimeFormat.Utc(end)}) before it starts ({TimeFormat.Utc(start)}).")
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets where the range starts.</summary>
    public Instant Start { get; }

    /// <summary>Gets where the range ends, before <see cref="Start"/>.</summary>
    public Instant End { get; }
}
