using System.Buffers.Binary;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// The entries of a history's index, kept as the index file's bytes and decoded one at a time when asked for, followed
/// by the entries added since (scanned from the file or written by this process).
/// </summary>
/// <remarks>
/// Opening a history of 10,000 revisions used to decode every entry, each with a 64-character hash string; the
/// fields read by searches and checks (<see cref="OffsetOf"/>, <see cref="KindOf"/>, <see cref="AtOf"/>, …) come
/// straight from the bytes, and a whole <see cref="IndexEntry"/> (with its hash) is built only by the indexer.
/// Mutable and not thread-safe, like the <see cref="HistoryFile"/> that owns it.
/// </remarks>
internal sealed class IndexEntries : IReadOnlyList<IndexEntry>
{
    private readonly byte[] bytes;
    private readonly int start;
    private readonly int stored;
    private readonly List<IndexEntry> added = [];

    /// <summary>Creates entries from an index's bytes, whose first <paramref name="stored"/> entries start at <paramref name="start"/>.</summary>
    public IndexEntries(byte[] bytes, int start, int stored)
    {
        this.bytes = bytes;
        this.start = start;
        this.stored = stored;
    }

    /// <summary>Creates an empty list.</summary>
    public IndexEntries()
        : this([], 0, 0)
    {
    }

    public int Count => stored + added.Count;

    public IndexEntry this[int index] => index < stored ? HistoryIndex.Decode(Span(index)) : added[index - stored];

    public void Add(IndexEntry entry) => added.Add(entry);

    public long OffsetOf(int index) => index < stored ? BinaryPrimitives.ReadInt64LittleEndian(Span(index)) : added[index - stored].Offset;

    public long EndOf(int index) => index < stored ? OffsetOf(index) + BinaryPrimitives.ReadInt32LittleEndian(Span(index)[8..]) : added[index - stored].End;

    public IndexEntryKind KindOf(int index) => index < stored ? (IndexEntryKind)Span(index)[12] : added[index - stored].Kind;

    public bool IsRevision(int index) => KindOf(index) is IndexEntryKind.FullText or IndexEntryKind.Delta;

    public int NumberOf(int index) => index < stored ? BinaryPrimitives.ReadInt32LittleEndian(Span(index)[16..]) : added[index - stored].Number;

    public int BaseOf(int index) => index < stored ? BinaryPrimitives.ReadInt32LittleEndian(Span(index)[20..]) : added[index - stored].Base;

    public Instant AtOf(int index) => index < stored ? HistoryIndex.ReadInstant(Span(index)[24..]) : added[index - stored].At;

    /// <summary>Returns the position of the last entry of a kind <paramref name="match"/> accepts, or -1.</summary>
    public int FindLastIndex(Func<IndexEntryKind, bool> match)
    {
        for (var i = Count - 1; i >= 0; i--)
        {
            if (match(KindOf(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the position of the first entry that ends at or after <paramref name="end"/>, or -1.</summary>
    public int FindFirstEndingAtOrAfter(long end)
    {
        for (var i = 0; i < Count; i++)
        {
            if (EndOf(i) >= end)
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerator<IndexEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private ReadOnlySpan<byte> Span(int index) => bytes.AsSpan(start + (index * HistoryIndex.EntrySize), HistoryIndex.EntrySize);
}
