using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Reports;

/// <summary>What a revision changed, as a log shows it: the counts of words, sentences and paragraphs, the verdict and the labels.</summary>
/// <remarks>
/// These are the facts derived from comparing a revision with the one before it; a history file keeps them in its
/// facts sidecar so they are computed once. This type is immutable and thread-safe, and compares by value.
/// </remarks>
/// <param name="Statistics">The counts of the comparison with the revision before (with empty text for the first).</param>
/// <param name="Verdict">Whether the revision changed the substance: original, cosmetic or substantive.</param>
/// <param name="Labels">Every label of its edits, each once, in enum order.</param>
/// <param name="IsStealthEdit">Whether it is substantive with no note explaining it.</param>
/// <param name="RevertsTo">The earlier revision whose text it returns to whole, if it does (see <see cref="RevisionClassification.RevertsTo"/>).</param>
public sealed record RevisionFacts(DiffStatistics Statistics, EditVerdict Verdict, ImmutableArray<EditLabel> Labels, bool IsStealthEdit, int? RevertsTo = null)
{
    /// <summary>Takes the facts of a classification.</summary>
    /// <param name="classification">How a revision changed the one before it.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    public static RevisionFacts Of(RevisionClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new RevisionFacts(classification.Statistics, classification.Verdict, classification.Labels, classification.IsStealthEdit, classification.RevertsTo);
    }

    /// <summary>Compares the facts, labels included, by value.</summary>
    /// <param name="other">The facts to compare with.</param>
    /// <returns>Whether every fact is equal.</returns>
    public bool Equals(RevisionFacts? other) =>
        other is not null && Statistics == other.Statistics && Verdict == other.Verdict && Labels.SequenceEqual(other.Labels) && IsStealthEdit == other.IsStealthEdit && RevertsTo == other.RevertsTo;

    /// <summary>Gets a hash code consistent with <see cref="Equals(RevisionFacts)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Statistics, Verdict, Labels.Length, IsStealthEdit);
}
