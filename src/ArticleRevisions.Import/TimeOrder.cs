using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>Puts revisions read from a source in time order, so that their times strictly increase as a history requires.</summary>
internal static class TimeOrder
{
    /// <summary>How far a revision that shares its time with the one before it is moved: the sources count whole seconds.</summary>
    public static readonly Duration Step = Duration.FromMilliseconds(1);

    /// <summary>
    /// Sorts by instant (then by <paramref name="tiebreak"/>, then by the order read) and moves each item whose instant
    /// is not after the one before it to one <see cref="Step"/> after it.
    /// </summary>
    public static List<(Instant At, bool Adjusted, T Item)> Arrange<T>(IReadOnlyList<T> items, Func<T, Instant> at, Func<T, long> tiebreak)
    {
        var order = Enumerable.Range(0, items.Count)
            .OrderBy(i => at(items[i]))
            .ThenBy(i => tiebreak(items[i]))
            .ThenBy(i => i)
            .ToList();
        var arranged = new List<(Instant, bool, T)>(items.Count);
        Instant? previous = null;
        foreach (var index in order)
        {
            var instant = at(items[index]);
            var adjusted = false;
            if (previous is { } before && instant <= before)
            {
                instant = before + Step;
                adjusted = true;
            }

            arranged.Add((instant, adjusted, items[index]));
            previous = instant;
        }

        return arranged;
    }
}
