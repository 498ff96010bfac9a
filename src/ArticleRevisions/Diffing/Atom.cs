using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>A span under construction: what the engine found for one stretch, before spans are finished.</summary>
/// <remarks>
/// A class, not a struct: the engine makes one per unit and the finishing passes copy their lists several times, so
/// references keep those copies small; a pass that changes an atom makes a new one.
/// </remarks>
/// <param name="Kind">What happened to the text.</param>
/// <param name="OldStart">Where it starts in the old text.</param>
/// <param name="OldLength">How much old text it covers.</param>
/// <param name="NewStart">Where it starts in the new text.</param>
/// <param name="NewLength">How much new text it covers.</param>
/// <param name="MoveId">For an end of a move, its number; otherwise 0.</param>
/// <param name="Inner">For the arriving end of a changed move, its inner edits; otherwise default (none).</param>
internal sealed record Atom(
    DiffSpanKind Kind,
    int OldStart,
    int OldLength,
    int NewStart,
    int NewLength,
    int MoveId = 0,
    ImmutableArray<DiffSpan> Inner = default)
{
    public int OldEnd => OldStart + OldLength;

    public int NewEnd => NewStart + NewLength;

    public bool IsOldSide => Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom;

    public bool IsNewSide => Kind is DiffSpanKind.Inserted or DiffSpanKind.MovedTo;

    public bool IsEmpty => OldLength == 0 && NewLength == 0;
}
