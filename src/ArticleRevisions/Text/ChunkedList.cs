using System.Collections;
using System.Runtime.CompilerServices;

namespace ArticleRevisions.Text;

/// <summary>
/// A list that grows by whole chunks small enough to stay out of the large-object heap, for the long lists a large
/// comparison builds (the paragraphs of a text, the atoms of a walk). Seen from outside the library only as an
/// <see cref="IReadOnlyList{T}"/> (wrapped in a <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>
/// where it is returned, which is why it is an <see cref="IList{T}"/> too).
/// </summary>
/// <remarks>
/// A <see cref="List{T}"/> grows by doubling, and for a large text every array it outgrows lies in the large-object
/// heap, which only a full collection clears: at 10 MB the two paragraph lists alone left 2.8 MiB there, all of it
/// resident at the comparison's peak. A chunk holds 4,096 items (48 KiB of segments, 32 KiB of references), so nothing
/// here reaches that heap and nothing is copied as the list grows. For items of at most 20 bytes. Not thread-safe.
/// </remarks>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ChunkedList<T> : IList<T>, IReadOnlyList<T>
{
    private const int ChunkShift = 12;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 16;
    private readonly int firstChunkSize = FirstChunkSize;
    private T[][] chunks = [];
    private int used;

    /// <summary>Makes an empty list whose first chunk starts small and doubles up to a whole chunk as it fills.</summary>
    public ChunkedList()
    {
    }

    /// <summary>Makes an empty list sized for about <paramref name="expected"/> items: its first chunk starts that large (at most a whole chunk), so it does not grow by doubling on the way.</summary>
    /// <param name="expected">How many items the list will likely hold; a guess, never a bound.</param>
    public ChunkedList(int expected) => firstChunkSize = Math.Clamp(expected, FirstChunkSize, ChunkSize);

    /// <summary>Gets how many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>Gets or replaces the item at <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return chunks[index >> ChunkShift][index & (ChunkSize - 1)];
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            chunks[index >> ChunkShift][index & (ChunkSize - 1)] = value;
        }
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        var chunk = Count >> ChunkShift;
        if (chunk == used)
        {
            if (used == chunks.Length)
            {
                Array.Resize(ref chunks, Math.Max(4, 2 * used));
            }

            // A chunk kept by Clear is used again. The first starts small and doubles up to a whole chunk, so a short
            // list (a small text's paragraphs) costs no more than a List would.
            chunks[used] ??= new T[used == 0 ? firstChunkSize : ChunkSize];
            used++;
        }

        var items = chunks[chunk];
        var offset = Count & (ChunkSize - 1);
        if (offset == items.Length)
        {
            Array.Resize(ref chunks[chunk], 2 * items.Length);
            items = chunks[chunk];
        }

        items[offset] = item;
        Count++;
    }

    /// <summary>Removes every item, keeping the chunks for the items added next.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            for (var k = 0; k < used; k++)
            {
                Array.Clear(chunks[k]);
            }
        }

        used = 0;
        Count = 0;
    }

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>Gets the index of the first item equal to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item)
    {
        for (var k = 0; k < Count; k++)
        {
            if (EqualityComparer<T>.Default.Equals(this[k], item))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Tells whether an item equals <paramref name="item"/>.</summary>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Copies the items into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Count, array.Length - arrayIndex, nameof(array));
        for (var k = 0; k < Count; k++)
        {
            array[arrayIndex + k] = this[k];
        }
    }

    void IList<T>.Insert(int index, T item) => throw new NotSupportedException("Items are only added at the end.");

    void IList<T>.RemoveAt(int index) => throw new NotSupportedException("Items are only added at the end.");

    bool ICollection<T>.Remove(T item) => throw new NotSupportedException("Items are only added at the end.");

    /// <summary>Gets an enumerator over the items, in order.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Enumerates a list's items without allocating.</summary>
    public struct Enumerator(ChunkedList<T> list)
    {
        private int index = -1;

        /// <summary>Gets the current item.</summary>
        public readonly T Current => list.chunks[index >> ChunkShift][index & (ChunkSize - 1)];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++index < list.Count;
    }
}
