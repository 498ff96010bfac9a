using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>Leaves out of the record of removals the words that stand in the text again, put back by a later revision.</summary>
/// <remarks>
/// A removed word is present again when the current text holds a word with the same key and origin that a
/// revision after its removal put back.
/// </remarks>
internal static class RemovalsPresentAgain
{
    /// <summary>Gets the removals, each cut to the words that are not present again; those with none left go.</summary>
    public static IEnumerable<RemovalRecord> LeaveOut(IReadOnlyList<RemovalRecord> removed, CharacterOrigins current, KeyNormalizer keys)
    {
        var standing = Restored(current, keys);
        if (standing.Count == 0)
        {
            return removed;
        }

        // Within one remover, each word standing again vouches for one removed word, so of two removed copies of a
        // common word one put back hides one. Across removers it vouches for each: text removed, put back, removed
        // and put back again was removed twice and undone twice.
        var present = new bool[removed.Count][];
        var words = new Segment[removed.Count][];
        var used = new Dictionary<(string, int), int>();
        for (var r = 0; r < removed.Count; r++)
        {
            var record = removed[r];
            if (r == 0 || removed[r - 1].RemovedIn != record.RemovedIn)
            {
                used.Clear();
            }

            words[r] = [.. TextSegmenter.SplitWords(record.Text).Where(s => s.Kind == SegmentKind.Word)];
            present[r] = new bool[words[r].Length];
            for (var w = 0; w < words[r].Length; w++)
            {
                var key = (keys.Key(record.Text, words[r][w].Start, words[r][w].Length), record.Origin);
                if (standing.TryGetValue(key, out var restorers))
                {
                    var available = restorers.Count(n => n > record.RemovedIn);
                    var taken = used.GetValueOrDefault(key);
                    if (taken < available)
                    {
                        used[key] = taken + 1;
                        present[r][w] = true;
                    }
                }
            }
        }

        return Cut(removed, words, present);
    }

    private static IEnumerable<RemovalRecord> Cut(IReadOnlyList<RemovalRecord> removed, Segment[][] words, bool[][] present)
    {
        for (var r = 0; r < removed.Count; r++)
        {
            var (record, found) = (removed[r], present[r]);
            if (!found.Contains(true))
            {
                yield return record;
                continue;
            }

            // Each stretch of words still absent, with the marks around it where it reaches the run's ends.
            for (var w = 0; w < found.Length;)
            {
                if (found[w])
                {
                    w++;
                    continue;
                }

                var last = w;
                while (last + 1 < found.Length && !found[last + 1])
                {
                    last++;
                }

                var start = w == 0 ? 0 : words[r][w].Start;
                var end = last == found.Length - 1 ? record.Text.Length : words[r][last].End;
                yield return record with { Text = record.Text[start..end], Start = record.Start + start };
                w = last + 1;
            }
        }
    }

    /// <summary>The words of the current text that a revert put back, by key and origin, with the revisions that put them back.</summary>
    private static Dictionary<(string Key, int Origin), List<int>> Restored(CharacterOrigins current, KeyNormalizer keys)
    {
        var standing = new Dictionary<(string, int), List<int>>();
        foreach (var token in current.Tokens.Segments)
        {
            var restoredIn = current.RestoredIn[token.Start];
            if (token.Kind != SegmentKind.Word || restoredIn == 0)
            {
                continue;
            }

            var key = (keys.Key(current.Text, token.Start, token.Length), current.Origins[token.Start]);
            if (!standing.TryGetValue(key, out var restorers))
            {
                standing[key] = restorers = [];
            }

            restorers.Add(restoredIn);
        }

        return standing;
    }
}
