using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Gives each distinct key a small number, so sequences are compared as numbers; remembers each number's key.</summary>
/// <remarks>
/// A key that is its own text (<see cref="KeyNormalizer.IsOwnKey"/>) is kept as a range of that text, not copied:
/// the table holds where each key lies, and a key's string is made only when <see cref="Names"/> is asked for it (to
/// settle a tie). Codes are given in the order keys are first seen.
/// <para>
/// Each entry also holds the key's first characters, so a short key (most words and marks) is found without reading
/// the text it came from, which lies anywhere in a large text; and a key of up to twice <see cref="HeadLength"/>
/// characters is hashed by a seeded mix of its characters (<see cref="ShortHash"/>), a longer one by a function drawn
/// once per process from a strongly universal family (<see cref="LongKeyHash"/>). Hashes only choose buckets: a
/// key's code is the same whatever its hash.
/// </para>
/// <para>
/// An entry is 32 bytes: where its key lies (the text as a number, <see cref="Entry.Source"/>), the next entry in its
/// bucket, and two words of the key: its first <see cref="HeadLength"/> characters when it has no more, else its
/// first half of them and its hash. The table of a 10 MB text's paragraphs and changed words is in the large-object
/// heap, which no collection frees during a comparison; at 40 bytes an entry and sized to a power of two it was
/// 2.5 MiB, now 1.6.
/// </para>
/// <para>
/// The entries lie in chunks of <see cref="ChunkSize"/>: the first grows by doubling up to a whole chunk (or is sized
/// once by <see cref="EnsureRoom"/>), then a chunk is added whenever the last is full, so a large table is never
/// copied as it grows. A new page of memory costs a page fault of several microseconds when first touched, so a
/// table grown by doubling paid for each entry twice or more (once where it was written, again in each larger copy);
/// a chunk is a large object, whose pages are touched only as its entries are written. Only the buckets, 4 bytes a
/// key, are made again as the table grows.
/// </para>
/// </remarks>
internal sealed class KeyCodes
{
    // The entries, code k at chunks[k >> ChunkShift][k % ChunkSize]; capacity: how many the chunks hold.
    private Entry[][] chunks = [new Entry[16]];
    private int capacity = 16;
    private int[] buckets = new int[16];
    private int count;

    // The texts keys lie in, by number: a walk's two texts, and a string for each key that is not its own text.
    private string[] sources = new string[4];
    private int sourceCount;
    private NameList? names;
    private char[] scratch = [];
    private RawTexts? raw;
    private KeyCodes? block;

    public KeyCodes()
    {
        Array.Fill(buckets, -1);
    }

    /// <summary>Makes room for <paramref name="more"/> keys besides those the table holds, so a table whose size is known early is not grown by doubling.</summary>
    /// <remarks>
    /// Each doubling leaves the old arrays behind as garbage, and for the keys of a large text they lie in the
    /// large-object heap, which only a full collection clears. The first chunk is sized to the keys exactly (up to a
    /// whole chunk), the buckets to a power of two; further chunks are added as keys come. Codes do not depend on the
    /// table's size.
    /// </remarks>
    public void EnsureRoom(int more)
    {
        var keys = (int)Math.Min((long)count + more, 1 << 30);
        if (keys > chunks[0].Length && chunks[0].Length < ChunkSize)
        {
            // The rest of the room is made a chunk at a time as keys come: a chunk is a large object, whose pages
            // are touched only as entries are written.
            Array.Resize(ref chunks[0], Math.Min(keys, ChunkSize));
            capacity = Math.Max(capacity, chunks[0].Length);
        }

        if (keys > buckets.Length)
        {
            Rehash((int)BitOperations.RoundUpToPowerOf2((uint)keys));
        }
    }

    /// <summary>Gets a table of its own for the keys of one block of words, emptied: good until the next call.</summary>
    /// <remarks>
    /// A block's word codes are compared only with each other (and their keys, to settle ties), so they need not come
    /// from this table, which holds every key of the walk: at 1 MB each word's lookup there touched a bucket and an
    /// entry anywhere in megabytes, and read the rest of a long key where it was first seen, anywhere in the text,
    /// missing the cache each time. The block's table holds a few hundred keys lying near each other, so it stays in
    /// the nearest caches, and it is emptied, not made again, for the next block.
    /// </remarks>
    public KeyCodes ForBlock()
    {
        if (block is null)
        {
            block = new KeyCodes();
        }
        else
        {
            block.Clear();
        }

        return block;
    }

    /// <summary>Forgets every key, keeping the room made for them.</summary>
    /// <remarks>
    /// Emptying costs about as much as the keys held, not the room: the buckets are cleared whole (a few instructions for
    /// many buckets) unless they are many more than the keys, as in a table once grown for a large block that now held
    /// a small one: then each key's bucket is found again and emptied.
    /// </remarks>
    public void Clear()
    {
        if (buckets.Length <= 32 * (long)count + 1024)
        {
            Array.Fill(buckets, -1);
        }
        else
        {
            for (var k = 0; k < count; k++)
            {
                ref readonly var entry = ref At(k);
                if (entry.Length >= 0)
                {
                    buckets[HashOf(entry) & (buckets.Length - 1)] = -1;
                }
            }
        }

        Array.Clear(sources, 0, sourceCount);
        (count, sourceCount) = (0, 0);
        names?.Clear();
        raw?.Clear();
    }

    /// <summary>Gets the key of each code, in code order; each string is made the first time it is asked for.</summary>
    public IReadOnlyList<string> Names => names ??= new NameList(this);

    /// <summary>Gets the code of <paramref name="key"/>, giving it the next one if it has none yet.</summary>
    public int Code(string key) => CodeOf(key, 0, key.Length);

    /// <summary>Gets the code of the key of a stretch of <paramref name="text"/>, building the key only when it is not the text itself.</summary>
    /// <remarks>Most words take the first branch, which is kept small (the rest is a call of its own), so a word costs few instructions and spills nothing.</remarks>
    public int Code(string text, int start, int length, KeyNormalizer keys)
    {
        if (length <= 2 * HeadLength && keys.KeepsLatin1)
        {
            // Most words: read whole into the heads, which also tell whether every character is below U+0100, where
            // the options leave a key as it is (KeyNormalizer.IsOwnKey says yes to such text without looking further).
            var room = text.AsSpan(start);
            var (head0, head1) = Head(room, length);
            var (next0, next1) = length > HeadLength ? Head(room[HeadLength..], length - HeadLength) : (0UL, 0UL);
            if (((head0 | head1 | next0 | next1) & HighBytes) == 0)
            {
                var hash = ShortHash(length, head0, head1, next0, next1);
                var found = Find(room[..length], hash, head0, head1);
                return found >= 0 ? found : Add(text, start, length, hash, head0, head1);
            }
        }

        return CodeOfKey(text, start, length, keys);
    }

    /// <summary>Gets the code of the key of a stretch of <paramref name="text"/> that is not a short run of characters below U+0100, or whose key the options may change.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CodeOfKey(string text, int start, int length, KeyNormalizer keys)
    {
        var own = text.AsSpan(start, length);
        if (length > 2 * HeadLength && keys.KeepsLatin1 && LongKeyHash.TryHashBelowCombining(own, out var hash))
        {
            // Most paragraphs: every character below U+0300, which these options leave as it is (KeyNormalizer.IsOwnKey
            // says yes to such text), found while hashing, so the paragraph is read once for both.
            var (head0, head1) = Head(text.AsSpan(start), length);
            var found = Find(own, hash, head0, head1);
            return found >= 0 ? found : Add(text, start, length, hash, head0, head1);
        }

        if (keys.IsOwnKey(own))
        {
            return CodeOf(text, start, length);
        }

        // A stretch whose text was coded before has that code (a paragraph kept between the two texts, say).
        var rawHash = string.GetHashCode(own);
        raw ??= new RawTexts();
        var seen = raw.Find(own, rawHash);
        if (seen >= 0)
        {
            return seen;
        }

        // The key is written to a scratch buffer and looked up there; a string is made only for a key first seen.
        if (scratch.Length == 0)
        {
            scratch = new char[256];
        }

        var written = keys.Write(text, start, length, ref scratch);
        var key = scratch.AsSpan(0, written);
        int code;
        if (key.SequenceEqual(own))
        {
            code = CodeOf(text, start, length);
        }
        else
        {
            code = Find(scratch, written);
            code = code >= 0 ? code : Add(new string(key), 0, key.Length);
        }

        raw.Add(text, start, length, rawHash, code);
        return code;
    }

    /// <summary>Gets the code of a stretch of <paramref name="text"/> taken exactly as it is, without building a key.</summary>
    public int CodeOfText(string text, int start, int length) => CodeOf(text, start, length);

    /// <summary>Gives the next code to a piece equal to nothing else, so it matches no other piece.</summary>
    public int Unique()
    {
        if (count == capacity)
        {
            Grow();
        }

        // In no bucket, and no key has a negative length, so no lookup ever finds it.
        At(count) = new Entry(SourceOf(string.Empty), 0, -1, -1, 0, 0);
        return count++;
    }

    /// <summary>Codes every key of <paramref name="keys"/>, in order.</summary>
    public int[] Encode(IReadOnlyList<string> keys)
    {
        var codes = new int[keys.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Code(keys[i]);
        }

        return codes;
    }

    private int CodeOf(string source, int start, int length)
    {
        var span = source.AsSpan(start, length);
        var room = source.AsSpan(start);
        var (head0, head1) = Head(room, length);
        var hash = Hash(room, length, head0, head1);
        var found = Find(span, hash, head0, head1);
        return found >= 0 ? found : Add(source, start, length, hash, head0, head1);
    }

    /// <summary>Finds the key held by the start of <paramref name="room"/>.</summary>
    private int Find(ReadOnlySpan<char> room, int length)
    {
        var (head0, head1) = Head(room, length);
        return Find(room[..length], Hash(room, length, head0, head1), head0, head1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> key, int hash, ulong head0, ulong head1)
    {
        var second = Second(key.Length, hash, head1);
        for (var k = buckets[hash & (buckets.Length - 1)]; k >= 0;)
        {
            ref readonly var entry = ref At(k);
            if (entry.Length == key.Length && entry.Head0 == head0 && entry.Second == second
                && (key.Length <= HeadLength || key[Half..].SequenceEqual(sources[entry.Source].AsSpan(entry.Start + Half, key.Length - Half))))
            {
                return k;
            }

            k = entry.Next;
        }

        return -1;
    }

    private int Add(string source, int start, int length)
    {
        var room = source.AsSpan(start);
        var (head0, head1) = Head(room, length);
        return Add(source, start, length, Hash(room, length, head0, head1), head0, head1);
    }

    /// <remarks>Inlined, as a block's table adds most of the words it codes; the text a key lies in is most often the one the last key was added from.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Add(string source, int start, int length, int hash, ulong head0, ulong head1)
    {
        if (count == capacity || count == buckets.Length)
        {
            MakeRoom();
        }

        var id = count++;
        var last = sourceCount - 1;
        var number = last >= 0 && ReferenceEquals(sources[last], source) ? last : SourceOf(source);
        ref var bucket = ref buckets[hash & (buckets.Length - 1)];
        At(id) = new Entry(number, start, length, bucket, head0, Second(length, hash, head1));
        bucket = id;
        return id;
    }

    /// <summary>Makes room for one more key: an entry, and a bucket for no more than one key each.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoom()
    {
        if (count == capacity)
        {
            Grow();
        }

        if (count == buckets.Length)
        {
            Rehash(2 * buckets.Length);
        }
    }

    /// <summary>The number of <paramref name="source"/> among the texts keys lie in, giving it one if it is not among the last few.</summary>
    private int SourceOf(string source)
    {
        for (var k = sourceCount - 1; k >= Math.Max(0, sourceCount - 4); k--)
        {
            if (ReferenceEquals(sources[k], source))
            {
                return k;
            }
        }

        if (sourceCount == sources.Length)
        {
            Array.Resize(ref sources, 2 * sources.Length);
        }

        sources[sourceCount] = source;
        return sourceCount++;
    }

    /// <summary>An entry's second word: the rest of the head of a key that fits in it, the hash of a longer one.</summary>
    private static ulong Second(int length, int hash, ulong head1) => length <= HeadLength ? head1 : (uint)hash;

    /// <summary>The hash of an entry's key, from the entry alone.</summary>
    private static int HashOf(in Entry entry) =>
        entry.Length <= HeadLength ? ShortHash(entry.Length, entry.Head0, entry.Second, 0, 0) : (int)(uint)entry.Second;

    /// <summary>How many characters of a key are read at once, and held whole in its entry when it has no more.</summary>
    private const int HeadLength = 8;

    /// <summary>How many characters of a key longer than <see cref="HeadLength"/> its entry holds.</summary>
    private const int Half = HeadLength / 2;

    // Chosen once per process, so no input can be made to put its short keys in one bucket.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    /// <summary>The first <see cref="HeadLength"/> characters of the key of <paramref name="length"/> characters at the start of <paramref name="room"/>, padded with zeros.</summary>
    /// <remarks>Where the room holds a whole head, it is read at once and the characters past the key masked off; inlined, as it runs for every key.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head0, ulong Head1) Head(ReadOnlySpan<char> room, int length)
    {
        if (room.Length < HeadLength)
        {
            return HeadNearEnd(room, length);
        }

        var bytes = MemoryMarshal.AsBytes(room[..HeadLength]);
        var (head0, head1) = (MemoryMarshal.Read<ulong>(bytes), MemoryMarshal.Read<ulong>(bytes[8..]));
        if (length >= HeadLength)
        {
            return (head0, head1);
        }

        // Four characters to a ulong, the first in the lowest bits.
        return length <= HeadLength / 2
            ? (length == HeadLength / 2 ? head0 : head0 & ((1UL << (16 * length)) - 1), 0)
            : (head0, head1 & ((1UL << (16 * (length - (HeadLength / 2)))) - 1));
    }

    /// <summary>The head of a key at the end of its text, where fewer than <see cref="HeadLength"/> characters are left to read.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Head0, ulong Head1) HeadNearEnd(ReadOnlySpan<char> room, int length)
    {
        Span<char> padded = stackalloc char[HeadLength];
        padded.Clear();
        room[..length].CopyTo(padded);
        var all = MemoryMarshal.AsBytes(padded);
        return (MemoryMarshal.Read<ulong>(all), MemoryMarshal.Read<ulong>(all[8..]));
    }

    /// <summary>
    /// A short key is all in its head and length, mixed with the seed; a key of up to twice the head's length adds
    /// its next characters to the mix; a longer one is hashed by a function drawn from a strongly universal family
    /// (<see cref="LongKeyHash"/>).
    /// </summary>
    private static int Hash(ReadOnlySpan<char> room, int length, ulong head0, ulong head1)
    {
        if (length > 2 * HeadLength)
        {
            return LongKeyHash.Hash(room[..length]);
        }

        var (next0, next1) = length > HeadLength ? Head(room[HeadLength..], length - HeadLength) : (0UL, 0UL);
        return ShortHash(length, head0, head1, next0, next1);
    }

    /// <summary>The high byte of each of the four characters a ulong of a head holds: zero when all are below U+0100.</summary>
    private const ulong HighBytes = 0xFF00FF00FF00FF00UL;

    /// <summary>The hash of a key of at most twice <see cref="HeadLength"/> characters, from its heads (the second zero for a key of at most one head).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortHash(int length, ulong head0, ulong head1, ulong next0, ulong next1)
    {
        var x = ((head0 ^ Seed) * 0x9E3779B97F4A7C15UL) + BitOperations.RotateLeft(head1 ^ (ulong)length, 31);
        if (length > HeadLength)
        {
            x = ((x ^ next0) * 0xD6E8FEB86659FD93UL) + ((next1 ^ Seed) * 0x9E3779B97F4A7C15UL);
        }

        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return (int)x;
    }

    /// <summary>How many entries a chunk holds, 2^<see cref="ChunkShift"/>: 4,096 of 32 bytes, 128 KiB, a large object.</summary>
    private const int ChunkShift = 12;

    private const int ChunkSize = 1 << ChunkShift;

    /// <summary>The entry of code <paramref name="code"/>.</summary>
    private ref Entry At(int code) => ref chunks[code >> ChunkShift][code & (ChunkSize - 1)];

    /// <summary>Makes room for one more entry: the first chunk doubles up to a whole chunk, then a chunk is added.</summary>
    private void Grow()
    {
        if (capacity < ChunkSize)
        {
            Array.Resize(ref chunks[0], Math.Min(2 * capacity, ChunkSize));
            capacity = chunks[0].Length;
            return;
        }

        var chunk = capacity >> ChunkShift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, 2 * chunks.Length);
        }

        chunks[chunk] = new Entry[ChunkSize];
        capacity += ChunkSize;
    }

    /// <summary>Spreads the keys over <paramref name="size"/> buckets, a power of two.</summary>
    private void Rehash(int size)
    {
        buckets = new int[size];
        Array.Fill(buckets, -1);
        for (var k = 0; k < count; k++)
        {
            ref var entry = ref At(k);
            if (entry.Length >= 0)
            {
                ref var bucket = ref buckets[HashOf(entry) & (size - 1)];
                entry.Next = bucket;
                bucket = k;
            }
        }
    }

    /// <summary>
    /// One key: where it lies (<see cref="Source"/>, a number of <see cref="sources"/>), the next key in its bucket
    /// (-1 for none), its first characters (<see cref="Head0"/>), and <see cref="Second"/>: the next ones for a key of at most
    /// <see cref="HeadLength"/> characters, else its hash.
    /// </summary>
    private struct Entry(int source, int start, int length, int next, ulong head0, ulong second)
    {
        public readonly int Source = source;
        public readonly int Start = start;
        public readonly int Length = length;
        public int Next = next;
        public readonly ulong Head0 = head0;
        public readonly ulong Second = second;
    }

    /// <summary>The code of each stretch of text that is not its own key, found by the stretch as it is.</summary>
    private sealed class RawTexts
    {
        private (string Source, int Start, int Length, int Hash, int Code, int Next)[] entries = [];
        private int[] buckets = [];
        private int count;

        public int Find(ReadOnlySpan<char> text, int hash)
        {
            if (count == 0)
            {
                return -1;
            }

            for (var k = buckets[hash & (buckets.Length - 1)]; k >= 0;)
            {
                ref readonly var entry = ref entries[k];
                if (entry.Hash == hash && entry.Length == text.Length && text.SequenceEqual(entry.Source.AsSpan(entry.Start, entry.Length)))
                {
                    return entry.Code;
                }

                k = entry.Next;
            }

            return -1;
        }

        public void Clear()
        {
            Array.Clear(entries, 0, count);
            Array.Fill(buckets, -1);
            count = 0;
        }

        public void Add(string source, int start, int length, int hash, int code)
        {
            if (count == entries.Length)
            {
                var size = Math.Max(16, entries.Length * 2);
                Array.Resize(ref entries, size);
                buckets = new int[size];
                Array.Fill(buckets, -1);
                for (var k = 0; k < count; k++)
                {
                    ref var old = ref buckets[entries[k].Hash & (size - 1)];
                    entries[k].Next = old;
                    old = k;
                }
            }

            ref var bucket = ref buckets[hash & (buckets.Length - 1)];
            entries[count] = (source, start, length, hash, code, bucket);
            bucket = count++;
        }
    }

    /// <summary>The keys as strings, made on demand.</summary>
    internal sealed class NameList(KeyCodes codes) : IReadOnlyList<string>
    {
        private string?[] made = [];

        /// <summary>Compares the keys of two codes as <see cref="string.CompareOrdinal(string, string)"/> compares their strings (the same sign), without making them.</summary>
        public int CompareOrdinal(int x, int y)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)x, (uint)codes.count, nameof(x));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)y, (uint)codes.count, nameof(y));
            ref readonly var a = ref codes.At(x);
            ref readonly var b = ref codes.At(y);
            if (a.Length < 0 || b.Length < 0)
            {
                // A code given by Unique has no key; asking for its name fails as it always has.
                return string.CompareOrdinal(this[x], this[y]);
            }

            return codes.sources[a.Source].AsSpan(a.Start, a.Length).SequenceCompareTo(codes.sources[b.Source].AsSpan(b.Start, b.Length));
        }

        public int Count => codes.count;

        /// <summary>Forgets the strings made, as the table forgets their keys.</summary>
        public void Clear() => Array.Clear(made);

        public string this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)codes.count, nameof(index));
                if (made.Length <= index)
                {
                    Array.Resize(ref made, Math.Max(codes.count, Math.Max(16, 2 * made.Length)));
                }

                return made[index] ??= MakeName(index);
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var k = 0; k < Count; k++)
            {
                yield return this[k];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private string MakeName(int index)
        {
            var entry = codes.At(index);
            var source = codes.sources[entry.Source];
            return entry.Start == 0 && entry.Length == source.Length ? source : source.Substring(entry.Start, entry.Length);
        }
    }
}
