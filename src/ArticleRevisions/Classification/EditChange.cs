using System.Collections.Immutable;

namespace ArticleRevisions.Classification;

/// <summary>One edit between two consecutive revisions, with the labels it earned.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Removed">The old text taken out (empty for an addition).</param>
/// <param name="Added">The new text put in (empty for a removal).</param>
/// <param name="Labels">What kind of change it is; never empty.</param>
public sealed record EditChange(string Removed, string Added, ImmutableArray<EditLabel> Labels)
{
    /// <summary>Compares by value, including the labels.</summary>
    /// <param name="other">The other change.</param>
    /// <returns><see langword="true"/> when texts and labels are equal.</returns>
    public bool Equals(EditChange? other) =>
        other is not null && Removed == other.Removed && Added == other.Added && Labels.SequenceEqual(other.Labels);

    /// <summary>Returns a hash code consistent with <see cref="Equals(EditChange)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Removed, Added, Labels.Length);
}
