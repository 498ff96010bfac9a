using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>
/// One place where text was edited (not moved): the old text removed and the new text put there, with where each
/// lies. Consecutive deletions and insertions with nothing unchanged between them form one region.
/// </summary>
/// <remarks>
/// A region holds where its two sides lie, not copies of them: a side is read in place (<see cref="RemovedSpan"/>,
/// <see cref="AddedSpan"/>) and made a string only when asked for (<see cref="Removed"/>, <see cref="Added"/>), so a
/// rewritten article, one region of a megabyte on each side, is never copied to be ranked. A value, not an object: a
/// summary walks the regions of thousands of edits, and an object each was most of what it allocated (RESULTS.md, "r21").
/// </remarks>
internal readonly struct EditRegion
{
    private EditRegion(string oldText, int oldStart, int removedStart, int removedLength, string newText, int newStart, int addedStart, int addedLength, bool nextToMove)
    {
        (OldText, OldStart, RemovedStart, RemovedLength) = (oldText, oldStart, removedStart, removedLength);
        (NewText, NewStart, AddedStart, AddedLength) = (newText, newStart, addedStart, addedLength);
        NextToMove = nextToMove;
    }

    /// <summary>Gets the whole old text.</summary>
    public string OldText { get; }

    /// <summary>Gets the whole new text.</summary>
    public string NewText { get; }

    /// <summary>Gets where the region starts in the old text.</summary>
    public int OldStart { get; }

    /// <summary>Gets where the region starts in the new text.</summary>
    public int NewStart { get; }

    /// <summary>Gets whether a move's end stands right before or after the region.</summary>
    public bool NextToMove { get; }

    /// <summary>Gets where the removed text starts in the old text (0 when none is removed).</summary>
    public int RemovedStart { get; }

    /// <summary>Gets where the added text starts in the new text (0 when none is added).</summary>
    public int AddedStart { get; }

    /// <summary>Gets how long the removed text is.</summary>
    public int RemovedLength { get; }

    /// <summary>Gets how long the added text is.</summary>
    public int AddedLength { get; }

    /// <summary>Gets the removed text, read in place.</summary>
    public ReadOnlySpan<char> RemovedSpan => OldText.AsSpan(RemovedStart, RemovedLength);

    /// <summary>Gets the added text, read in place.</summary>
    public ReadOnlySpan<char> AddedSpan => NewText.AsSpan(AddedStart, AddedLength);

    /// <summary>Gets the removed text as a new string.</summary>
    public string Removed => OldText.Substring(RemovedStart, RemovedLength);

    /// <summary>Gets the added text as a new string.</summary>
    public string Added => NewText.Substring(AddedStart, AddedLength);

    public bool IsWhitespaceOnly => RemovedSpan.IsWhiteSpace() && AddedSpan.IsWhiteSpace();

    /// <summary>The regions of <paramref name="spans"/> in reading order, each made as it is reached (a summary of thousands of edits keeps none).</summary>
    public static IEnumerable<EditRegion> Collect(ImmutableArray<DiffSpan> spans, string oldText, string newText)
    {
        int start = 0;
        for (var k = 0; k <= spans.Length; k++)
        {
            if (k < spans.Length && spans[k].Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted)
            {
                continue;
            }

            if (k > start)
            {
                // With nothing unchanged or moved between them, the deletions of a region lie end to end in the old
                // text, and its insertions in the new: each side is one stretch.
                int removedStart = -1, removedLength = 0, addedStart = -1, addedLength = 0;
                for (var i = start; i < k; i++)
                {
                    var span = spans[i];
                    if (span.Kind == DiffSpanKind.Deleted)
                    {
                        removedStart = removedStart < 0 ? span.OldStart : removedStart;
                        removedLength += span.OldLength;
                    }
                    else
                    {
                        addedStart = addedStart < 0 ? span.NewStart : addedStart;
                        addedLength += span.NewLength;
                    }
                }

                var nextToMove = (start > 0 && spans[start - 1].MoveId != 0) || (k < spans.Length && spans[k].MoveId != 0);
                yield return new EditRegion(
                    oldText, spans[start].OldStart, Math.Max(0, removedStart), removedLength, newText, spans[start].NewStart, Math.Max(0, addedStart), addedLength, nextToMove);
            }

            start = k + 1;
        }
    }
}
