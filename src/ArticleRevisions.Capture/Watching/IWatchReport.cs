using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>Receives what a <see cref="Watcher"/> does, one call at a time (never concurrently): a progress display or a log.</summary>
public interface IWatchReport
{
    /// <summary>A round began, with this many sources due.</summary>
    /// <param name="at">When it began.</param>
    /// <param name="due">How many sources are due.</param>
    void RoundStarted(Instant at, int due);

    /// <summary>Something happened.</summary>
    /// <param name="watchEvent">The event.</param>
    void Happened(WatchEvent watchEvent);

    /// <summary>A round finished.</summary>
    /// <param name="round">What it did.</param>
    void RoundFinished(WatchRound round);
}
