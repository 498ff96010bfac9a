namespace ArticleRevisions.Provenance;

/// <summary>
/// Gives the characters of a sentence found again (moved by deleting and inserting it, or restored) that nothing
/// else gave an earlier origin the origins they had, so its words agree with it.
/// </summary>
internal static class SentenceReuseApplier
{
    /// <summary>Applies the reuses the sentence ledger found; a moved sentence then counts as moved, not removed.</summary>
    /// <returns>For each character of the old text, whether it belongs to a sentence moved this way.</returns>
    public static bool[] Apply(IReadOnlyList<SentenceReuse> reused, Dictionary<int, RemovedWord> lost, CharacterOrigins old, CharacterOrigins next, int number)
    {
        var movedAway = new bool[old.Text.Length];
        foreach (var reuse in reused)
        {
            var target = reuse.Target;
            var sameLength = reuse.Origins.Length == target.Length;
            for (var i = 0; i < target.Length; i++)
            {
                var at = target.Start + i;
                if (next.Origins[at] != number)
                {
                    continue;
                }

                next.Origins[at] = sameLength ? reuse.Origins[i] : reuse.Origin;
                next.RestoredIn[at] = reuse.RestoredIn is null ? number : sameLength ? reuse.RestoredIn[i] : 0;
            }

            if (reuse.SourceStart < 0)
            {
                continue;
            }

            Array.Fill(movedAway, true, reuse.SourceStart, reuse.Origins.Length);
            var tokens = old.Tokens;
            for (var t = tokens.IndexAt(reuse.SourceStart); t < tokens.Count && tokens[t].Start < reuse.SourceStart + reuse.Origins.Length; t++)
            {
                if (lost.TryGetValue(t, out var word))
                {
                    word.Reclaimed = true;
                }
            }
        }

        return movedAway;
    }
}
