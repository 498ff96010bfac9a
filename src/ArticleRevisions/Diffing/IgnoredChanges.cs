using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>How many differences of each ignored kind a comparison found but did not show.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record IgnoredChanges
{
    /// <summary>Creates counts from a dictionary of kinds; kinds not given count zero.</summary>
    /// <param name="counts">How many of each kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a kind is not one of <see cref="IgnoredChangeKind"/>.</exception>
    public IgnoredChanges(IReadOnlyDictionary<IgnoredChangeKind, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (kind, count) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(counts), kind, "Unknown kind of ignored change.");
            }
        }

        Counts = counts.Where(p => p.Value > 0).ToImmutableSortedDictionary();
    }

    /// <summary>Gets no ignored changes.</summary>
    public static IgnoredChanges None { get; } = new(new Dictionary<IgnoredChangeKind, int>());

    /// <summary>Gets the counts of the kinds that occurred, in the enum's order.</summary>
    public ImmutableSortedDictionary<IgnoredChangeKind, int> Counts { get; }

    /// <summary>Gets the total number of ignored changes.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>Gets how many changes of <paramref name="kind"/> were ignored.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count, 0 when none.</returns>
    public int this[IgnoredChangeKind kind] => Counts.GetValueOrDefault(kind);

    /// <summary>Compares counts by value.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns><see langword="true"/> when every kind has the same count.</returns>
    public bool Equals(IgnoredChanges? other) => other is not null && Counts.SequenceEqual(other.Counts);

    /// <summary>Returns a hash code consistent with <see cref="Equals(IgnoredChanges)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Total;
}
