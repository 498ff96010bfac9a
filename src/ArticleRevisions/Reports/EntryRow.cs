using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>
/// One revision of a log or timeline as a walk (<see cref="EntryWalk"/>) hands it out: the fields of a
/// <see cref="RevisionEntry"/>, overwritten for each revision.
/// </summary>
/// <remarks>
/// Mutable on purpose, and internal: the CLI's renderers walk 10,000 revisions holding one row, so the walk allocates
/// nothing per revision (issue 11's memory bound); <see cref="ToEntry"/> makes the public, immutable entry when one is
/// wanted. Not thread-safe.
/// </remarks>
internal sealed class EntryRow
{
    /// <summary>Gets the chain hash's 32 bytes.</summary>
    public byte[] Hash { get; } = new byte[32];

    public int Number { get; set; }

    public Instant At { get; set; }

    public Instant? ObservedAt { get; set; }

    public string? Title { get; set; }

    public string? Editor { get; set; }

    public string? Note { get; set; }

    public Interval Validity { get; set; }

    public Duration? SincePrevious { get; set; }

    public Duration SinceFirst { get; set; }

    public Interval ChangeWindow { get; set; }

    public RevisionFacts Facts { get; set; } = null!;

    /// <summary>Gets how long the revision was current; null for the latest.</summary>
    public Duration? CurrentFor => Validity.HasEnd ? Validity.Duration : null;

    /// <summary>Gets whether the revision's time is when it changed (not a window ending at its capture).</summary>
    public bool IsExact => ChangeWindow.Start == ChangeWindow.End;

    /// <summary>Gets whether the note column says nothing: no note, an exact time, no later capture.</summary>
    public bool HasNoNote => Note is null && IsExact && (ObservedAt is null || ObservedAt == At);

    /// <summary>Copies <paramref name="entry"/> into this row.</summary>
    public void Set(RevisionEntry entry)
    {
        var (revision, timing) = (entry.Revision, entry.Timing);
        (Number, At, ObservedAt, Title, Editor, Note) = (revision.Number, revision.At, revision.ObservedAt, revision.Title, revision.Editor, revision.Note);
        Convert.FromHexString(revision.Hash, Hash, out _, out _);
        (Validity, SincePrevious, SinceFirst, ChangeWindow) = (timing.Validity, timing.SincePrevious, timing.SinceFirst, timing.ChangeWindow);
        Facts = entry.Classification;
    }

    /// <summary>Writes the chain hash as 64 lowercase hexadecimal digits.</summary>
    public void WriteHash(Span<char> destination) => Convert.TryToHexStringLower(Hash, destination, out _);

    /// <summary>Makes the public entry of this row.</summary>
    public RevisionEntry ToEntry() => new(
        new RevisionSummary(Number, At, ObservedAt, Title, Editor, Note, Convert.ToHexStringLower(Hash)),
        new EntryTiming(Validity, SincePrevious, SinceFirst, ChangeWindow),
        Facts);
}
