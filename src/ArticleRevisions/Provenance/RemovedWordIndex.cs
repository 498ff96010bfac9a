namespace ArticleRevisions.Provenance;

/// <summary>
/// Every word removed so far that has not been put back, found by its text and one or both neighbours; the most
/// recently removed match first.
/// </summary>
/// <remarks>
/// One removed word sits in three tables; taking it from one marks it reclaimed, and the others skip it when they
/// meet it, which is cheaper than finding it in their stacks.
/// </remarks>
internal sealed class RemovedWordIndex
{
    private readonly Dictionary<(string Key, string Left, string Right), Stack<RemovedWord>> both = [];
    private readonly Dictionary<(string Key, string Left), Stack<RemovedWord>> byLeft = [];
    private readonly Dictionary<(string Key, string Right), Stack<RemovedWord>> byRight = [];
    private readonly List<RemovedWord> added = [];

    /// <summary>Gets the words not yet put back, in the order they were added: adding them again in this order rebuilds the index.</summary>
    public IEnumerable<RemovedWord> Unclaimed => added.Where(w => !w.Reclaimed);

    /// <summary>Gets every word added, put back or not, in the order they were added.</summary>
    public IReadOnlyList<RemovedWord> All => added;

    /// <summary>Adds a word; one put back already (read from a checkpoint) is only counted, so the words keep their places.</summary>
    public void Add(RemovedWord word)
    {
        added.Add(word);
        if (word.Reclaimed)
        {
            return;
        }

        Push(both, (word.Key, word.Left, word.Right), word);
        Push(byLeft, (word.Key, word.Left), word);
        Push(byRight, (word.Key, word.Right), word);
    }

    public RemovedWord? TakeBoth(string key, string left, string right) => Take(both, (key, left, right));

    public RemovedWord? TakeLeft(string key, string left) => Take(byLeft, (key, left));

    public RemovedWord? TakeRight(string key, string right) => Take(byRight, (key, right));

    private static void Push<TKey>(Dictionary<TKey, Stack<RemovedWord>> table, TKey key, RemovedWord word)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var stack))
        {
            table[key] = stack = new Stack<RemovedWord>();
        }

        stack.Push(word);
    }

    private static RemovedWord? Take<TKey>(Dictionary<TKey, Stack<RemovedWord>> table, TKey key)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var stack))
        {
            return null;
        }

        while (stack.TryPop(out var word))
        {
            if (!word.Reclaimed)
            {
                word.Reclaimed = true;
                return word;
            }
        }

        table.Remove(key);
        return null;
    }
}
