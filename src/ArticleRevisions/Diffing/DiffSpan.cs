using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>
/// One stretch of a comparison: what happened to it and where it lies in the old and the new text.
/// </summary>
/// <remarks>
/// <para>
/// Ranges are in UTF-16 code units. <see cref="DiffSpanKind.Unchanged"/> spans cover text in both versions;
/// <see cref="DiffSpanKind.Deleted"/> and <see cref="DiffSpanKind.MovedFrom"/> cover old text only, with an empty new
/// range at the place the text would have been; <see cref="DiffSpanKind.Inserted"/> and
/// <see cref="DiffSpanKind.MovedTo"/> cover new text only, with an empty old range.
/// </para>
/// <para>
/// A <see cref="DiffSpanKind.MovedTo"/> span whose text changed on the way carries its inner edits in
/// <see cref="Inner"/>: spans whose old ranges lie inside the matching <see cref="DiffSpanKind.MovedFrom"/> span and
/// whose new ranges lie inside this one. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record DiffSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="kind">What happened to the text.</param>
    /// <param name="oldStart">Where the span starts in the old text.</param>
    /// <param name="oldLength">How much old text the span covers.</param>
    /// <param name="newStart">Where the span starts in the new text.</param>
    /// <param name="newLength">How much new text the span covers.</param>
    /// <param name="moveId">For a move, the number shared by its two ends (from 1); otherwise 0.</param>
    /// <param name="inner">For a changed move, its inner edits; otherwise empty.</param>
    /// <exception cref="ArgumentOutOfRangeException">A start or length is negative, or the ranges do not fit the kind.</exception>
    public DiffSpan(DiffSpanKind kind, int oldStart, int oldLength, int newStart, int newLength, int moveId = 0, ImmutableArray<DiffSpan> inner = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldStart);
        ArgumentOutOfRangeException.ThrowIfNegative(oldLength);
        ArgumentOutOfRangeException.ThrowIfNegative(newStart);
        ArgumentOutOfRangeException.ThrowIfNegative(newLength);
        ArgumentOutOfRangeException.ThrowIfNegative(moveId);
        var fits = kind switch
        {
            DiffSpanKind.Deleted or DiffSpanKind.MovedFrom => newLength == 0,
            DiffSpanKind.Inserted or DiffSpanKind.MovedTo => oldLength == 0,
            _ => true,
        };
        if (!fits)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A span that is only in one version must have an empty range in the other.");
        }

        if ((moveId != 0) != (kind is DiffSpanKind.MovedFrom or DiffSpanKind.MovedTo))
        {
            throw new ArgumentOutOfRangeException(nameof(moveId), moveId, "Only the two ends of a move carry a move id.");
        }

        Kind = kind;
        OldStart = oldStart;
        OldLength = oldLength;
        NewStart = newStart;
        NewLength = newLength;
        MoveId = moveId;
        Inner = inner.IsDefault ? [] : inner;
    }

    /// <summary>Gets what happened to the text.</summary>
    public DiffSpanKind Kind { get; }

    /// <summary>Gets where the span starts in the old text.</summary>
    public int OldStart { get; }

    /// <summary>Gets how much old text the span covers.</summary>
    public int OldLength { get; }

    /// <summary>Gets where the span starts in the new text.</summary>
    public int NewStart { get; }

    /// <summary>Gets how much new text the span covers.</summary>
    public int NewLength { get; }

    /// <summary>Gets the number shared by the two ends of a move, or 0.</summary>
    public int MoveId { get; }

    /// <summary>Gets the inner edits of a moved text that changed on the way; empty otherwise.</summary>
    public ImmutableArray<DiffSpan> Inner { get; }

    /// <summary>Gets the end of the span in the old text (exclusive).</summary>
    public int OldEnd => OldStart + OldLength;

    /// <summary>Gets the end of the span in the new text (exclusive).</summary>
    public int NewEnd => NewStart + NewLength;

    /// <summary>Compares spans by value, including their inner edits.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when both spans have the same kind, ranges, move id and inner edits.</returns>
    public bool Equals(DiffSpan? other) =>
        other is not null
        && Kind == other.Kind
        && OldStart == other.OldStart && OldLength == other.OldLength
        && NewStart == other.NewStart && NewLength == other.NewLength
        && MoveId == other.MoveId
        && Inner.SequenceEqual(other.Inner);

    /// <summary>Returns a hash code consistent with <see cref="Equals(DiffSpan)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, OldStart, OldLength, NewStart, NewLength, MoveId, Inner.Length);
}
