using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>Flattens a <see cref="DiffSpanKind.MovedTo"/> span and its inner edits into pieces to show.</summary>
internal static class MovedText
{
    /// <summary>
    /// Gets the pieces of <paramref name="movedTo"/> in reading order: its whole text as one unchanged piece when it
    /// arrived unedited, otherwise its inner edits. Any part of the moved text the inner edits leave uncovered is
    /// shown as unchanged, so no text is lost even from a sparse list of inner edits.
    /// </summary>
    public static IReadOnlyList<MovedPiece> Pieces(DiffResult result, DiffSpan movedTo)
    {
        if (movedTo.Inner.IsEmpty)
        {
            return [new MovedPiece(DiffSpanKind.Unchanged, TerminalText.Readable(result.NewTextOf(movedTo)))];
        }

        var pieces = new List<MovedPiece>();
        var cursor = movedTo.NewStart;
        foreach (var inner in movedTo.Inner)
        {
            if (inner.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom)
            {
                AddPiece(pieces, DiffSpanKind.Deleted, result.OldTextOf(inner));
                continue;
            }

            if (inner.NewStart > cursor)
            {
                AddPiece(pieces, DiffSpanKind.Unchanged, result.NewText[cursor..inner.NewStart]);
            }

            var kind = inner.Kind is DiffSpanKind.Inserted or DiffSpanKind.MovedTo ? DiffSpanKind.Inserted : DiffSpanKind.Unchanged;
            AddPiece(pieces, kind, result.NewTextOf(inner));
            cursor = Math.Max(cursor, inner.NewEnd);
        }

        if (cursor < movedTo.NewEnd)
        {
            AddPiece(pieces, DiffSpanKind.Unchanged, result.NewText[cursor..movedTo.NewEnd]);
        }

        return pieces;
    }

    /// <summary>
    /// Tells whether the span at <paramref name="index"/> is only the blank lines or spaces that travel with a moved
    /// text: white space inserted or deleted right beside a move's end. Readers see it as layout, not as an edit.
    /// </summary>
    public static bool IsLayoutBesideMove(DiffResult result, int index)
    {
        var spans = result.Spans;
        var span = spans[index];
        if (span.MoveId != 0 || span.Kind is not (DiffSpanKind.Inserted or DiffSpanKind.Deleted))
        {
            return false;
        }

        // The neighbours first: beside no move (almost every span) the text is not read, and it is read in place.
        return ((index > 0 && spans[index - 1].MoveId != 0) || (index + 1 < spans.Length && spans[index + 1].MoveId != 0))
            && (span.Kind == DiffSpanKind.Inserted ? result.NewText.AsSpan(span.NewStart, span.NewLength) : result.OldText.AsSpan(span.OldStart, span.OldLength)).IsWhiteSpace();
    }

    /// <summary>
    /// Gets an arrow pointing from the move end at <paramref name="index"/> in the result's spans to its other end:
    /// <c>↓</c> when the other end comes later in reading order, <c>↑</c> when earlier, empty when it is missing.
    /// </summary>
    public static string Arrow(DiffResult result, int index)
    {
        var span = result.Spans[index];
        var otherKind = span.Kind == DiffSpanKind.MovedFrom ? DiffSpanKind.MovedTo : DiffSpanKind.MovedFrom;
        var ends = MoveEnds.GetValue(result, IndexMoveEnds);
        return ends.TryGetValue((otherKind, span.MoveId), out var other) ? (other > index ? "↓" : "↑") : string.Empty;
    }

    /// <summary>Where each end of each move stands in the spans, worked out once per result rather than once per arrow.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DiffResult, Dictionary<(DiffSpanKind Kind, int MoveId), int>> MoveEnds = new();

    private static Dictionary<(DiffSpanKind Kind, int MoveId), int> IndexMoveEnds(DiffResult result)
    {
        var ends = new Dictionary<(DiffSpanKind Kind, int MoveId), int>();
        for (var i = 0; i < result.Spans.Length; i++)
        {
            if (result.Spans[i].MoveId != 0)
            {
                ends[(result.Spans[i].Kind, result.Spans[i].MoveId)] = i;
            }
        }

        return ends;
    }

    private static void AddPiece(List<MovedPiece> pieces, DiffSpanKind kind, string text)
    {
        if (text.Length > 0)
        {
            pieces.Add(new MovedPiece(kind, TerminalText.Readable(text)));
        }
    }
}
