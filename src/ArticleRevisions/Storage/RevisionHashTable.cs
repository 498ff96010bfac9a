using System.Buffers.Binary;

namespace ArticleRevisions.Storage;

/// <summary>
/// The chain hashes of a history's first revisions, looked up by their hexadecimal text: which revision, if any, a
/// line of a sidecar keyed by hash belongs to. The one such lookup of the store.
/// </summary>
/// <remarks>
/// It holds 12 bytes a revision (the first 8 bytes of its hash, as the sort key, and its number), an eighth of the
/// index; a key found is checked against the whole hash, read from where the hashes are kept (the index), so two
/// hashes that share their first 8 bytes are still told apart. Looking a hash up makes no string. Immutable once
/// built; not thread-safe when its hashes are read from a <see cref="HistoryFile"/>.
/// </remarks>
internal sealed class RevisionHashTable
{
    private const int HashSize = 32;
    private static readonly System.Buffers.SearchValues<byte> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef"u8);

    private readonly ulong[] keys;
    private readonly int[] numbers;
    private readonly HashReader hashOf;

    private RevisionHashTable(ulong[] keys, int[] numbers, HashReader hashOf)
    {
        this.keys = keys;
        this.numbers = numbers;
        this.hashOf = hashOf;
    }

    /// <summary>Writes revision <paramref name="number"/>'s chain hash, 32 bytes, to <paramref name="destination"/>.</summary>
    public delegate void HashReader(int number, Span<byte> destination);

    /// <summary>Builds the table of revisions 1 to <paramref name="count"/>, revision N's hash at <c>(N - 1) * 32</c> of <paramref name="hashes"/>.</summary>
    public static RevisionHashTable Create(byte[] hashes, int count)
    {
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64BigEndian(hashes.AsSpan(i * HashSize));
        }

        return Create(keys, (number, destination) => hashes.AsSpan((number - 1) * HashSize, HashSize).CopyTo(destination));
    }

    /// <summary>Builds the table of revisions 1 to <c>keys.Length</c>, given each one's key (the first 8 bytes of its hash, big-endian) at <c>N - 1</c> and where to read its whole hash.</summary>
    /// <param name="keys">The keys, in revision order; the table takes them over (they are sorted in place).</param>
    /// <param name="hashOf">Reads a revision's whole hash, to check a key found.</param>
    public static RevisionHashTable Create(ulong[] keys, HashReader hashOf)
    {
        var numbers = new int[keys.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i + 1;
        }

        Array.Sort(keys, numbers);
        return new RevisionHashTable(keys, numbers, hashOf);
    }

    /// <summary>Returns the number of the revision whose hash is <paramref name="hex"/> (64 lowercase hexadecimal digits, as UTF-8), or 0 when none is.</summary>
    public int NumberOf(ReadOnlySpan<byte> hex)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        if (hex.Length != HashSize * 2 || hex.ContainsAnyExcept(LowerHex)
            || Convert.FromHexString(hex, hash, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return 0;
        }

        var key = BinaryPrimitives.ReadUInt64BigEndian(hash);
        var at = Array.BinarySearch(keys, key);
        if (at < 0)
        {
            return 0;
        }

        // Two hashes may share their first 8 bytes: every entry with this key is compared in full.
        while (at > 0 && keys[at - 1] == key)
        {
            at--;
        }

        Span<byte> held = stackalloc byte[HashSize];
        for (; at < keys.Length && keys[at] == key; at++)
        {
            hashOf(numbers[at], held);
            if (held.SequenceEqual(hash))
            {
                return numbers[at];
            }
        }

        return 0;
    }
}
