using System.Collections.Immutable;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;

namespace ArticleRevisions.Classification;

/// <summary>How a revision changed the one before it: each edit with its labels, and an overall verdict.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Revision">The revision judged.</param>
/// <param name="Verdict">Cosmetic or substantive; <see cref="EditVerdict.Original"/> for the first revision.</param>
/// <param name="Changes">Each edit, in reading order.</param>
/// <param name="Statistics">The counts of the comparison with the revision before (against empty text for the first).</param>
/// <param name="RevertsTo">
/// The number of the latest earlier revision whose text this revision's text equals (the revision before it excepted),
/// when it is a whole revert; otherwise null. Set only when the whole history was classified.
/// </param>
public sealed record RevisionClassification(Revision Revision, EditVerdict Verdict, ImmutableArray<EditChange> Changes, DiffStatistics Statistics, int? RevertsTo = null)
{
    /// <summary>Gets the distinct labels of all the edits, in the order of <see cref="EditLabel"/>; these led to the verdict.</summary>
    public ImmutableArray<EditLabel> Labels => [.. Changes.SelectMany(c => c.Labels).Distinct().Order()];

    /// <summary>
    /// Gets whether this is a stealth edit: a substantive change published with no note (no edit summary or
    /// correction notice), like the Kursk statement's removal of "new offensive".
    /// </summary>
    public bool IsStealthEdit => Verdict == EditVerdict.Substantive && string.IsNullOrWhiteSpace(Revision.Note);

    /// <summary>Compares by value, including the changes.</summary>
    /// <param name="other">The other classification.</param>
    /// <returns><see langword="true"/> when revision, verdict, changes, counts and reverted-to revision are equal.</returns>
    public bool Equals(RevisionClassification? other) =>
        other is not null && Revision == other.Revision && Verdict == other.Verdict && Changes.SequenceEqual(other.Changes) && Statistics == other.Statistics && RevertsTo == other.RevertsTo;

    /// <summary>Returns a hash code consistent with <see cref="Equals(RevisionClassification)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Revision.Number, Verdict, Changes.Length);
}
