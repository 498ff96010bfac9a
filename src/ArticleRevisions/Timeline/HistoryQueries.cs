using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Timeline;

/// <summary>
/// Asks a history what was current when, in the vocabulary of SQL:2011 system-versioned tables: each revision is
/// valid from its own instant (inclusive) until the next revision's (exclusive); the latest is valid without end.
/// </summary>
/// <remarks>
/// <see cref="ArticleHistory.AsOf"/> answers "as of" a single instant. All methods here are pure and thread-safe;
/// they return revisions oldest first.
/// </remarks>
public static class HistoryQueries
{
    /// <summary>Gets when <paramref name="revision"/> was current.</summary>
    /// <param name="history">The history.</param>
    /// <param name="revision">A revision of <paramref name="history"/>.</param>
    /// <returns>From the revision's instant to the next revision's; open-ended for the latest.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="revision"/> is not in <paramref name="history"/>.</exception>
    public static Interval GetValidity(this ArticleHistory history, Revision revision)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(revision);
        if (revision.Number > history.Count || history.GetRevision(revision.Number) != revision)
        {
            throw new ArgumentException($"Revision {revision.Number} is not part of this history.", nameof(revision));
        }

        return new Interval(revision.At, revision.Number < history.Count ? history.GetRevision(revision.Number + 1).At : null);
    }

    /// <summary>Gets the revisions current at any point in the half-open range [<paramref name="from"/>, <paramref name="to"/>) (SQL:2011 <c>FROM … TO</c>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The start of the range, inclusive.</param>
    /// <param name="to">The end of the range, exclusive.</param>
    /// <returns>The revisions whose validity overlaps the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<Revision> FromTo(this ArticleHistory history, Instant from, Instant to)
    {
        CheckRange(history, from, to);
        return Where(history, (start, end) => start < to && (end is null || end > from));
    }

    /// <summary>Gets the revisions current at any point in the closed range [<paramref name="from"/>, <paramref name="to"/>] (SQL:2011 <c>BETWEEN</c>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The start of the range, inclusive.</param>
    /// <param name="to">The end of the range, inclusive.</param>
    /// <returns>The revisions whose validity overlaps the range, including one that begins exactly at <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<Revision> Between(this ArticleHistory history, Instant from, Instant to)
    {
        CheckRange(history, from, to);
        return Where(history, (start, end) => start <= to && (end is null || end > from));
    }

    /// <summary>Gets the revisions that both began and stopped being current inside [<paramref name="from"/>, <paramref name="to"/>] (SQL:2011 <c>CONTAINED IN</c>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The start of the range, inclusive.</param>
    /// <param name="to">The end of the range, inclusive.</param>
    /// <returns>The revisions whose whole validity lies in the range; never the latest, which has not ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<Revision> ContainedIn(this ArticleHistory history, Instant from, Instant to)
    {
        CheckRange(history, from, to);
        return Where(history, (start, end) => start >= from && end is not null && end <= to);
    }

    /// <summary>Gets, for every revision, when it was current and how long after the previous revision and the first it came.</summary>
    /// <param name="history">The history.</param>
    /// <returns>One timing per revision, oldest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IReadOnlyList<RevisionTiming> GetTimings(this ArticleHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var times = TimingRules.Compute([.. history.Revisions.Select(r => (r.At, r.ObservedAt))]);
        return [.. history.Revisions.Select((r, i) => new RevisionTiming(r, times[i].Validity, times[i].SincePrevious, times[i].SinceFirst, times[i].ChangeWindow))];
    }

    private static void CheckRange(ArticleHistory history, Instant from, Instant to)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range ends ({TimeFormat.Utc(to)}) before it starts ({TimeFormat.Utc(from)}).");
        }
    }

    private static Revision[] Where(ArticleHistory history, Func<Instant, Instant?, bool> overlaps)
    {
        var result = new List<Revision>();
        for (var i = 0; i < history.Count; i++)
        {
            var end = i + 1 < history.Count ? history.Revisions[i + 1].At : (Instant?)null;
            if (overlaps(history.Revisions[i].At, end))
            {
                result.Add(history.Revisions[i]);
            }
        }

        return [.. result];
    }
}
