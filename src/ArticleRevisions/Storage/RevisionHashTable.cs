using System.Buffers.Binary;

namespace ArticleRevisions.Storage;

/// <summary>
/// The chain hashes of a history's first revisions, held as bytes and looked up by their hexadecimal text: which
/// revision, if any, a line of a sidecar keyed by hash belongs to.
/// </summary>
/// <remarks>
/// 44 bytes a revision (the hash, an 8-byte sort key and the number), about a third of the index, where a dictionary
/// of hash strings took some 200; looking a hash up makes no string. Immutable once built.
/// </remarks>
internal sealed class RevisionHashTable
{
    private const int HashSize = 32;
    private static readonly System.Buffers.SearchValues<byte> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef"u8);

    private readonly byte[] hashes;
    private readonly ulong[] keys;
    private readonly int[] numbers;

    private RevisionHashTable(byte[] hashes, ulong[] keys, int[] numbers)
    {
        this.hashes = hashes;
        this.keys = keys;
        this.numbers = numbers;
    }

    /// <summary>Builds the table of revisions 1 to <paramref name="count"/>, revision N's hash at <c>(N - 1) * 32</c> of <paramref name="hashes"/>.</summary>
    public static RevisionHashTable Create(byte[] hashes, int count)
    {
        var keys = new ulong[count];
        var numbers = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64BigEndian(hashes.AsSpan(i * HashSize));
            numbers[i] = i + 1;
        }

        Array.Sort(keys, numbers);
        return new RevisionHashTable(hashes, keys, numbers);
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

        for (; at < keys.Length && keys[at] == key; at++)
        {
            if (hashes.AsSpan((numbers[at] - 1) * HashSize, HashSize).SequenceEqual(hash))
            {
                return numbers[at];
            }
        }

        return 0;
    }
}
