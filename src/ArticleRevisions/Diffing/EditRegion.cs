namespace ArticleRevisions.Diffing;

/// <summary>
/// One place where text was edited (not moved): the old text removed and the new text put there, with where each
/// lies. Consecutive deletions and insertions with nothing unchanged between them form one region.
/// </summary>
internal sealed record EditRegion(int OldStart, string Removed, int NewStart, string Added, bool NextToMove)
{
    public bool IsWhitespaceOnly => string.IsNullOrWhiteSpace(Removed) && string.IsNullOrWhiteSpace(Added);

    /// <summary>The regions of <paramref name="spans"/> in reading order, each made as it is reached (a summary of thousands of edits keeps none).</summary>
    public static IEnumerable<EditRegion> Collect(IReadOnlyList<DiffSpan> spans, string oldText, string newText)
    {
        int start = 0;
        for (var k = 0; k <= spans.Count; k++)
        {
            if (k < spans.Count && spans[k].Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted)
            {
                continue;
            }

            if (k > start)
            {
                // With nothing unchanged or moved between them, the deletions of a region lie end to end in the old
                // text, and its insertions in the new: each side is one stretch, taken in one piece.
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

                var removed = removedStart < 0 ? string.Empty : oldText.Substring(removedStart, removedLength);
                var added = addedStart < 0 ? string.Empty : newText.Substring(addedStart, addedLength);
                var nextToMove = (start > 0 && spans[start - 1].MoveId != 0) || (k < spans.Count && spans[k].MoveId != 0);
                yield return new EditRegion(spans[start].OldStart, removed, spans[start].NewStart, added, nextToMove);
            }

            start = k + 1;
        }
    }
}
