namespace ArticleRevisions.Diffing;

/// <summary>
/// One place where text was edited (not moved): the old text removed and the new text put there, with where each
/// lies. Consecutive deletions and insertions with nothing unchanged between them form one region.
/// </summary>
internal sealed record EditRegion(int OldStart, string Removed, int NewStart, string Added, bool NextToMove)
{
    public bool IsWhitespaceOnly => string.IsNullOrWhiteSpace(Removed) && string.IsNullOrWhiteSpace(Added);

    public static List<EditRegion> Collect(IReadOnlyList<DiffSpan> spans, string oldText, string newText)
    {
        var regions = new List<EditRegion>();
        int start = 0;
        for (var k = 0; k <= spans.Count; k++)
        {
            if (k < spans.Count && spans[k].Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted)
            {
                continue;
            }

            if (k > start)
            {
                var removed = string.Concat(spans.Skip(start).Take(k - start).Where(s => s.Kind == DiffSpanKind.Deleted).Select(s => oldText.Substring(s.OldStart, s.OldLength)));
                var added = string.Concat(spans.Skip(start).Take(k - start).Where(s => s.Kind == DiffSpanKind.Inserted).Select(s => newText.Substring(s.NewStart, s.NewLength)));
                var nextToMove = (start > 0 && spans[start - 1].MoveId != 0) || (k < spans.Count && spans[k].MoveId != 0);
                regions.Add(new EditRegion(spans[start].OldStart, removed, spans[start].NewStart, added, nextToMove));
            }

            start = k + 1;
        }

        return regions;
    }
}
