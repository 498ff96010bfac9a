namespace ArticleRevisions.Diffing;

/// <summary>
/// Finds sentences and paragraphs deleted in one place and inserted in another, identical or nearly so, and turns
/// each such pair into the two ends of a move; a nearly identical move carries its inner edits.
/// </summary>
internal static class MoveDetector
{
    private const int MinimumWords = 4;
    private const double NearThreshold = 0.75;
    private const int NearCandidateLimit = 400;

    public static void Apply(DiffEngine engine, string oldText, string newText, DiffOptions options)
    {
        var moveId = 0;
        foreach (var level in new[] { UnitLevel.Paragraph, UnitLevel.Sentence })
        {
            var deletions = engine.Candidates.Where(c => c.Level == level && c.IsDeletion && Big(oldText, c)).ToList();
            var insertions = engine.Candidates.Where(c => c.Level == level && !c.IsDeletion && Big(newText, c)).ToList();
            if (deletions.Count == 0 || insertions.Count == 0)
            {
                continue;
            }

            // An exact move is a text deleted once and inserted once. Text that recurs (a repeated line, a stock
            // phrase) proves nothing about where any one copy went, so it is left as deleted and inserted.
            var keys = new KeyNormalizer(options);
            var deletionKeys = deletions.Select(c => keys.Key(oldText, c.Segment.Start, c.Segment.Length)).ToList();
            var insertionKeys = insertions.Select(c => keys.Key(newText, c.Segment.Start, c.Segment.Length)).ToList();
            var deletedOnce = Once(deletionKeys);
            var insertedAt = new Dictionary<string, int>(StringComparer.Ordinal);
            var insertedOnce = Once(insertionKeys);
            for (var k = 0; k < insertions.Count; k++)
            {
                if (insertedOnce.Contains(insertionKeys[k]))
                {
                    insertedAt[insertionKeys[k]] = k;
                }
            }

            var matched = new HashSet<int>();
            var unmatched = new List<MoveCandidate>();
            for (var k = 0; k < deletions.Count; k++)
            {
                var key = deletionKeys[k];
                if (deletedOnce.Contains(key) && insertedAt.TryGetValue(key, out var at))
                {
                    matched.Add(at);
                    Link(engine, deletions[k], insertions[at], ++moveId, oldText, newText, inner: false);
                }
                else if (deletedOnce.Contains(key))
                {
                    unmatched.Add(deletions[k]);
                }
            }

            insertions = insertions.Where((c, k) => !matched.Contains(k) && insertedOnce.Contains(insertionKeys[k])).ToList();
            if (unmatched.Count > NearCandidateLimit || insertions.Count > NearCandidateLimit)
            {
                continue;
            }

            var insertionSets = insertions.Select(c => Similarity.WordSet(newText, c.Segment.Start, c.Segment.Length)).ToList();
            foreach (var deletion in unmatched)
            {
                var set = Similarity.WordSet(oldText, deletion.Segment.Start, deletion.Segment.Length);
                int best = -1;
                var bestScore = NearThreshold;
                for (var k = 0; k < insertions.Count; k++)
                {
                    var score = Similarity.Dice(set, insertionSets[k]);
                    if (score >= bestScore)
                    {
                        best = k;
                        bestScore = score;
                    }
                }

                if (best >= 0)
                {
                    Link(engine, deletion, insertions[best], ++moveId, oldText, newText, inner: true);
                    insertions.RemoveAt(best);
                    insertionSets.RemoveAt(best);
                }
            }
        }
    }

    private static HashSet<string> Once(List<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static bool Big(string text, MoveCandidate candidate) =>
        WordCounter.Count(text.AsSpan(candidate.Segment.Start, candidate.Segment.Length)) >= MinimumWords;

    private static void Link(DiffEngine engine, MoveCandidate from, MoveCandidate to, int moveId, string oldText, string newText, bool inner)
    {
        from.Atom.Kind = DiffSpanKind.MovedFrom;
        from.Atom.MoveId = moveId;
        to.Atom.Kind = DiffSpanKind.MovedTo;
        to.Atom.MoveId = moveId;
        engine.Counter.Moved(from.Level, oldText, from.Segment, newText, to.Segment);
        if (inner)
        {
            var innerEngine = engine.CreateInner();
            innerEngine.Run(from.Level + 1, from.Segment, to.Segment);
            to.Atom.Inner = SpanFinisher.Finish(innerEngine.Atoms, oldText, newText, engine.Options);
        }
    }
}
