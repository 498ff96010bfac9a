using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// A version of an article's text, with what is known about it, waiting to be appended to a history.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe. It is only an input: the history gives it a number, a time and a hash
/// when it becomes a <see cref="Revision"/>.
/// </remarks>
public sealed record RevisionDraft
{
    /// <summary>Creates a draft holding <paramref name="text"/> exactly as given.</summary>
    /// <param name="text">The full text of this version; every character, line ending and final newline is kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public RevisionDraft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the full text of this version.</summary>
    public string Text { get; }

    /// <summary>Gets how far ahead of the clock a draft's times may be, for clocks that disagree slightly: 5 minutes.</summary>
    public static Duration ClockSkewTolerance { get; } = Duration.FromMinutes(5);

    /// <summary>Gets when this version became current; the clock's "now" is used when null.</summary>
    public Instant? At { get; init; }

    /// <summary>Gets when this version was captured, where that is known apart from <see cref="At"/>.</summary>
    /// <remarks>
    /// Later than <see cref="At"/>: the change happened at <see cref="At"/> and was captured later. Equal to
    /// <see cref="At"/>: the version was seen at that instant and the change happened some time after the previous
    /// capture (see <c>Timeline.RevisionTiming.ChangeWindow</c>). Null: the version was captured when it changed.
    /// </remarks>
    public Instant? ObservedAt { get; init; }

    /// <summary>Gets the article's title as this version showed it, if it differs or is worth keeping.</summary>
    public string? Title { get; init; }

    /// <summary>Gets who made this version, if known.</summary>
    public string? Editor { get; init; }

    /// <summary>Gets the edit summary or published correction notice, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Gets where this version was captured from, if known.</summary>
    public Uri? Source { get; init; }

    /// <summary>Gets the facts about this version that have no field of their own (see <see cref="RevisionAttributes"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RevisionAttributes Attributes
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = RevisionAttributes.Empty;

    /// <summary>Checks that neither of the draft's times lies in the future of <paramref name="now"/>.</summary>
    /// <param name="now">The clock's "now".</param>
    /// <exception cref="FutureTimeException">
    /// <see cref="At"/> or <see cref="ObservedAt"/> is later than <paramref name="now"/> by more than
    /// <see cref="ClockSkewTolerance"/>.
    /// </exception>
    /// <remarks>
    /// A history is append-only in time order, so a version dated in the future (a mistyped year) would make every
    /// real capture after it be refused. <c>Reports.AppendReport.AppendTo</c> checks this before appending.
    /// </remarks>
    public void CheckNotInFuture(Instant now)
    {
        if (At is { } at && at > now + ClockSkewTolerance)
        {
            throw new FutureTimeException(nameof(At), at, now, ClockSkewTolerance);
        }

        if (ObservedAt is { } observed && observed > now + ClockSkewTolerance)
        {
            throw new FutureTimeException(nameof(ObservedAt), observed, now, ClockSkewTolerance);
        }
    }

    /// <summary>Gets the reference to the raw bytes this version was extracted from, once they are stored (see <c>Storage.RawSourceStore</c>).</summary>
    public RawSourceReference? RawSource { get; init; }
}
