using System.Collections.Immutable;
using ArticleRevisions.Model;

namespace ArticleRevisions.Reports;

/// <summary>The raw bytes a bundled revision was extracted from, as its history's raw-source store holds them, or the note that the store does not.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RawSourceCopy
{
    /// <summary>Creates a copy.</summary>
    /// <param name="reference">The revision's reference to its raw source.</param>
    /// <param name="bytes">The bytes, already checked against the reference; null when the store does not hold them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException">The bytes are not as long as the reference says.</exception>
    public RawSourceCopy(RawSourceReference reference, ImmutableArray<byte>? bytes)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (bytes is { } held && (held.IsDefault || held.Length != reference.Length))
        {
            throw new ArgumentException($"The raw source should be {reference.Length} bytes long.", nameof(bytes));
        }

        Reference = reference;
        Bytes = bytes;
    }

    /// <summary>Gets the revision's reference to its raw source: SHA-256, media type, length.</summary>
    public RawSourceReference Reference { get; }

    /// <summary>Gets the raw bytes, or null when the history's store does not hold them.</summary>
    public ImmutableArray<byte>? Bytes { get; }
}
