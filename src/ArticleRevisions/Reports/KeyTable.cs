namespace ArticleRevisions.Reports;

/// <summary>
/// A table of 64-bit keys (already well-mixed fingerprints), each with a number or none, in two flat arrays: 8 bytes a
/// key (12 with numbers) at a load of up to 80%, where a <see cref="Dictionary{TKey, TValue}"/> takes 24 and a
/// <see cref="HashSet{T}"/> 16 plus their buckets.
/// </summary>
/// <remarks>Open addressing with linear probing; grows (doubling) when fuller than 80%. Mutable; not thread-safe.</remarks>
internal sealed class KeyTable
{
    private readonly bool withNumbers;
    private ulong[] keys;
    private int[] numbers;
    private bool[] used;
    private int count;

    /// <summary>Creates a table with room for <paramref name="expected"/> keys, with a number for each key or not.</summary>
    public KeyTable(int expected, bool withNumbers)
    {
        this.withNumbers = withNumbers;
        var capacity = Math.Max(8, expected + (expected / 4) + 1);
        (keys, numbers, used) = Allocate(capacity);
    }

    /// <summary>Gets how many keys the table holds.</summary>
    public int Count => count;

    /// <summary>Whether <paramref name="key"/> is in the table.</summary>
    public bool Contains(ulong key) => Find(key) >= 0;

    /// <summary>Gets the number kept with <paramref name="key"/>; false when the key is not in the table.</summary>
    public bool TryGetNumber(ulong key, out int number)
    {
        var slot = Find(key);
        number = slot >= 0 && withNumbers ? numbers[slot] : 0;
        return slot >= 0;
    }

    /// <summary>Adds <paramref name="key"/>, or keeps <paramref name="number"/> with it when it is there already.</summary>
    public void Set(ulong key, int number = 0)
    {
        if ((count + 1) * 5L > keys.Length * 4L)
        {
            Grow();
        }

        var slot = Home(key, keys.Length);
        while (used[slot] && keys[slot] != key)
        {
            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        count += used[slot] ? 0 : 1;
        (used[slot], keys[slot]) = (true, key);
        if (withNumbers)
        {
            numbers[slot] = number;
        }
    }

    private static int Home(ulong key, int capacity) => (int)(((key >> 32) * (ulong)capacity) >> 32);

    private (ulong[] Keys, int[] Numbers, bool[] Used) Allocate(int capacity) =>
        (new ulong[capacity], withNumbers ? new int[capacity] : [], new bool[capacity]);

    private int Find(ulong key)
    {
        var slot = Home(key, keys.Length);
        while (used[slot])
        {
            if (keys[slot] == key)
            {
                return slot;
            }

            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        return -1;
    }

    private void Grow()
    {
        var (oldKeys, oldNumbers, oldUsed) = (keys, numbers, used);
        (keys, numbers, used) = Allocate(oldKeys.Length * 2);
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldUsed[i])
            {
                Set(oldKeys[i], withNumbers ? oldNumbers[i] : 0);
            }
        }
    }
}
