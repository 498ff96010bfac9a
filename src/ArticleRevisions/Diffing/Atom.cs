namespace ArticleRevisions.Diffing;

/// <summary>
/// A span under construction. <see cref="Candidate"/> marks a whole deleted or inserted sentence or paragraph that
/// may turn out to be one end of a move, so it is kept apart from its neighbours until moves are found.
/// </summary>
internal sealed class Atom
{
    public Atom(DiffSpanKind kind, int oldStart, int oldLength, int newStart, int newLength)
    {
        Kind = kind;
        OldStart = oldStart;
        OldLength = oldLength;
        NewStart = newStart;
        NewLength = newLength;
    }

    public DiffSpanKind Kind { get; set; }

    public int OldStart { get; }

    public int OldLength { get; set; }

    public int NewStart { get; }

    public int NewLength { get; set; }

    public int MoveId { get; set; }

    public bool Candidate { get; set; }

    public IReadOnlyList<DiffSpan> Inner { get; set; } = [];

    public bool IsOldSide => Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom;

    public bool IsNewSide => Kind is DiffSpanKind.Inserted or DiffSpanKind.MovedTo;
}
