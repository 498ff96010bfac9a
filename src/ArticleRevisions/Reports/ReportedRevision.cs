using ArticleRevisions.Classification;
using ArticleRevisions.Model;

namespace ArticleRevisions.Reports;

/// <summary>One revision as a <see cref="HistoryReport"/> shows it: its log entry, its diff, and whether it undid or re-extracted something.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ReportedRevision
{
    /// <summary>Creates a reported revision.</summary>
    /// <param name="revision">The revision itself, with its text.</param>
    /// <param name="entry">The revision's log entry: its timing and classification.</param>
    /// <param name="comparison">The comparison with the revision before it; null for the first revision.</param>
    /// <param name="restores">The number of an earlier revision (not the one just before) whose text this revision restores exactly, or null.</param>
    /// <param name="isReextraction">Whether an extraction re-run event names this revision: its text is a new extraction of a capture, not an edit by the publisher.</param>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> or <paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is another revision's, the first revision has a comparison, a later one has none, or the comparison ends at another revision.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="restores"/> is not an earlier revision than the one before this one.</exception>
    public ReportedRevision(Revision revision, RevisionEntry entry, Comparison? comparison, int? restores = null, bool isReextraction = false)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(entry);
        var number = entry.Revision.Number;
        if (revision.Number != number || revision.Hash != entry.Revision.Hash)
        {
            throw new ArgumentException($"The log entry is revision {number}'s, not revision {revision.Number}'s.", nameof(entry));
        }

        if ((number == 1) != (comparison is null) || (comparison is not null && comparison.New.Time != entry.Revision.At))
        {
            throw new ArgumentException($"Revision {number} needs {(number == 1 ? "no comparison" : "the comparison with the revision before it")}.", nameof(comparison));
        }

        if (restores is { } earlier && (earlier < 1 || earlier >= number - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(restores), restores, $"Revision {number} can restore only revisions 1 to {number - 2}.");
        }

        Revision = revision;
        Entry = entry;
        Comparison = comparison;
        Restores = restores;
        IsReextraction = isReextraction;
    }

    /// <summary>Gets the revision.</summary>
    public Revision Revision { get; }

    /// <summary>Gets the revision with when it was current and how it changed the one before it.</summary>
    public RevisionEntry Entry { get; }

    /// <summary>Gets the comparison with the revision before it, or null for the first revision.</summary>
    public Comparison? Comparison { get; }

    /// <summary>Gets the number of the earlier revision whose text this one restores exactly (a revert), or null.</summary>
    public int? Restores { get; }

    /// <summary>Gets whether this revision holds a new extraction of an earlier capture rather than an edit by the publisher.</summary>
    public bool IsReextraction { get; }

    /// <summary>Gets whether this is a substantive edit by the publisher (substantive, and not a re-extraction).</summary>
    public bool IsSubstantiveEdit => Entry.Classification.Verdict == EditVerdict.Substantive && !IsReextraction;

    /// <summary>Gets whether this is a stealth edit: a substantive edit by the publisher with no note.</summary>
    public bool IsStealthEdit => Entry.Classification.IsStealthEdit && !IsReextraction;
}
