using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>A stretch of time during which the article's source was gone: from a source-gone event to the source-returned event after it.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record SourceOutage
{
    /// <summary>Creates an outage.</summary>
    /// <param name="gone">The event that saw the source gone.</param>
    /// <param name="returned">The event that saw it back, or null when it had not come back by the end of the history.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gone"/> is null.</exception>
    /// <exception cref="ArgumentException">The events are of the wrong kinds, or the return is before the departure.</exception>
    public SourceOutage(HistoryEvent gone, HistoryEvent? returned)
    {
        ArgumentNullException.ThrowIfNull(gone);
        if (gone.Kind != HistoryEventKind.SourceGone || returned is { Kind: not HistoryEventKind.SourceReturned })
        {
            throw new ArgumentException("An outage runs from a source-gone event to a source-returned event.", nameof(returned));
        }

        if (returned is not null && returned.At < gone.At)
        {
            throw new ArgumentException("The source cannot return before it was gone.", nameof(returned));
        }

        Gone = gone;
        Returned = returned;
    }

    /// <summary>Gets the event that saw the source gone.</summary>
    public HistoryEvent Gone { get; }

    /// <summary>Gets the event that saw it back, or null when it had not come back.</summary>
    public HistoryEvent? Returned { get; }

    /// <summary>Gets when the source was gone: from the departure to the return, open-ended when it has not returned.</summary>
    public Interval Interval => new(Gone.At, Returned?.At);
}
