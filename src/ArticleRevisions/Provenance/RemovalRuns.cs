using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>Cuts the text a revision deleted into runs of one origin, for the record of removals.</summary>
internal static class RemovalRuns
{
    /// <summary>Cuts the deleted ranges into runs of one origin, leaving out text the same revision put back elsewhere.</summary>
    public static List<RemovalRecord> Cut(
        CharacterOrigins old,
        IReadOnlyList<(int Start, int Length)> deletions,
        Dictionary<int, RemovedWord> lost,
        bool[] movedAway,
        int remover)
    {
        var (tokens, origins) = (old.Tokens, old.Origins);
        var runs = new List<RemovalRecord>();
        foreach (var (start, length) in deletions)
        {
            var end = start + length;
            int runStart = -1, runEnd = -1, runOrigin = 0, punctuationOrigin = 0;
            for (var t = length == 0 ? tokens.Count : tokens.IndexAt(start); t < tokens.Count && tokens[t].Start < end; t++)
            {
                var token = tokens[t];
                if (token.Kind == SegmentKind.Whitespace)
                {
                    continue;
                }

                // Every word in lost was removed by this revision, so one reclaimed already was moved by it, not removed.
                var pieceStart = Math.Max(token.Start, start);
                if (movedAway[pieceStart] || (lost.TryGetValue(t, out var word) && word.Reclaimed))
                {
                    Flush();
                    continue;
                }

                var pieceEnd = Math.Min(token.End, end);
                var origin = origins[pieceStart];
                if (token.Kind == SegmentKind.Word)
                {
                    if (runStart >= 0 && runOrigin != 0 && runOrigin != origin)
                    {
                        Flush();
                    }

                    if (runStart < 0)
                    {
                        runStart = pieceStart;
                    }

                    runOrigin = origin;
                }
                else if (runStart < 0)
                {
                    runStart = pieceStart;
                    punctuationOrigin = origin;
                }

                runEnd = pieceEnd;
            }

            Flush();

            void Flush()
            {
                if (runStart >= 0)
                {
                    var origin = runOrigin != 0 ? runOrigin : punctuationOrigin;
                    runs.Add(new RemovalRecord(old.Text[runStart..runEnd], runStart, origin, remover));
                }

                (runStart, runEnd, runOrigin, punctuationOrigin) = (-1, -1, 0, 0);
            }
        }

        return runs;
    }
}
