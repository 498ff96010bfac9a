using System.Buffers.Binary;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// The entries of a history's index, read from the index file a block at a time when first asked for, followed by the
/// entries added since (scanned from the file or written by this process).
/// </summary>
/// <remarks>
/// <para>
/// Opening a history reads the index's header and its last block only; a revision is found by its number (directly
/// when the history has no events, else by binary search) and a time by binary search, so a command reads a few
/// blocks of the index, not all of it, and holds at most 16 of them. Each block's entries are checked against their checksums when it is read; a
/// damaged block makes the whole index be rebuilt from the history (<c>rebuild</c>), which then answers instead.
/// </para>
/// <para>Mutable and not thread-safe, like the <see cref="HistoryFile"/> that owns it.</para>
/// </remarks>
internal sealed class IndexEntries : IReadOnlyList<IndexEntry>
{
    /// <summary>Entries per block read: 6 KiB.</summary>
    public const int BlockEntries = 64;

    /// <summary>Blocks held at most besides the last (24 KiB): a walk of every revision holds the blocks near it, not the index, and a binary search rarely returns to a block but the last few.</summary>
    private const int HeldBlocks = 4;

    private readonly string? indexPath;
    private readonly int stored;
    private readonly Dictionary<int, byte[]> blocks = [];
    private readonly Queue<int> readOrder = new();
    private readonly Func<int, IReadOnlyList<IndexEntry>>? rebuild;
    private readonly List<IndexEntry> added = [];
    private readonly List<(int Metadata, int Event)> addedLinks = [];
    private IReadOnlyList<IndexEntry>? rebuilt;
    private Microsoft.Win32.SafeHandles.SafeFileHandle? held;
    private int holds;
    private (int Metadata, int Event)[]? rebuiltLinks;

    /// <summary>Creates entries read from the index at <paramref name="indexPath"/>, whose first <paramref name="stored"/> entries are used.</summary>
    /// <param name="indexPath">The index file.</param>
    /// <param name="stored">How many of its entries are used.</param>
    /// <param name="lastBlock">The block holding entry <paramref name="stored"/> - 1, already read and checked.</param>
    /// <param name="rebuild">Reads the first N entries from the history itself, when a block of the index is damaged.</param>
    public IndexEntries(string indexPath, int stored, byte[] lastBlock, Func<int, IReadOnlyList<IndexEntry>> rebuild)
    {
        this.indexPath = indexPath;
        this.stored = stored;
        this.rebuild = rebuild;
        if (stored > 0)
        {
            // Held for good, beside the blocks read later: every lookup of a revision by number reads the last entry,
            // and its buffer (often a part of a block) would fit no other block.
            blocks[(stored - 1) / BlockEntries] = lastBlock;
        }
    }

    /// <summary>Creates an empty list.</summary>
    public IndexEntries()
    {
    }

    public int Count => stored + added.Count;

    /// <summary>Gets the number of revisions the entries describe.</summary>
    public int RevisionCount => Count == 0 ? 0 : NumberOf(Count - 1);

    public IndexEntry this[int index] => TryStored(index, out var span) ? HistoryIndex.Decode(span) : Listed(index);

    public void Add(IndexEntry entry)
    {
        var (metadata, @event) = Count == 0 ? (-1, -1) : LinksOf(Count - 1);
        var at = Count;
        added.Add(entry);
        addedLinks.Add((entry.Kind == IndexEntryKind.Metadata ? at : metadata, entry.IsRevision ? @event : at));
    }

    public long OffsetOf(int index) => TryStored(index, out var span) ? BinaryPrimitives.ReadInt64LittleEndian(span) : Listed(index).Offset;

    public long EndOf(int index) => TryStored(index, out var span) ? BinaryPrimitives.ReadInt64LittleEndian(span) + BinaryPrimitives.ReadInt32LittleEndian(span[8..]) : Listed(index).End;

    public IndexEntryKind KindOf(int index) => TryStored(index, out var span) ? (IndexEntryKind)span[12] : Listed(index).Kind;

    public bool IsRevision(int index) => KindOf(index) is IndexEntryKind.FullText or IndexEntryKind.Delta;

    public int NumberOf(int index) => TryStored(index, out var span) ? BinaryPrimitives.ReadInt32LittleEndian(span[16..]) : Listed(index).Number;

    public int BaseOf(int index) => TryStored(index, out var span) ? BinaryPrimitives.ReadInt32LittleEndian(span[20..]) : Listed(index).Base;

    /// <summary>Writes entry <paramref name="index"/>'s chain hash, 32 bytes, to <paramref name="destination"/>.</summary>
    public void CopyHash(int index, Span<byte> destination)
    {
        if (TryStored(index, out var span))
        {
            span.Slice(48, 32).CopyTo(destination);
        }
        else
        {
            Convert.FromHexString(Listed(index).Hash, destination, out _, out _);
        }
    }

    public Instant AtOf(int index) => TryStored(index, out var span) ? HistoryIndex.ReadInstant(span[24..]) : Listed(index).At;

    /// <summary>Gets the time a line's revision was captured, when it was captured later than it changed.</summary>
    public Instant? ObservedAtOf(int index) =>
        TryStored(index, out var span) ? span[13] == 1 ? HistoryIndex.ReadInstant(span[36..]) : null : Listed(index).ObservedAt;

    /// <summary>Returns the positions of the last metadata change and the last event (of any kind) at or before entry <paramref name="index"/>, each -1 when there is none.</summary>
    public (int Metadata, int Event) LinksOf(int index) =>
        TryStored(index, out var span)
            ? HistoryIndex.DecodeLinks(span)
            : index < stored ? rebuiltLinks![index] : addedLinks[index - stored];

    /// <summary>Returns the position of revision <paramref name="number"/>'s entry.</summary>
    /// <remarks>
    /// Entries are numbered in order and an event carries the number of the revision before it, so revision N is the
    /// first entry numbered N; it lies between position N - 1 (no event before it) and N - 1 + the events there are.
    /// </remarks>
    public int IndexOfRevision(int number)
    {
        int lo = number - 1, hi = Math.Min(Count - 1, number - 1 + (Count - RevisionCount));
        if (lo <= hi && NumberOf(lo) >= number)
        {
            return lo;
        }

        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (NumberOf(mid) >= number)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>Returns the positions of every event (any line that is not a revision), in order, following the links back from the last entry.</summary>
    public List<int> EventPositions()
    {
        var found = new List<int>();
        for (var i = Count == 0 ? -1 : LinksOf(Count - 1).Event; i >= 0; i = i == 0 ? -1 : LinksOf(i - 1).Event)
        {
            found.Add(i);
        }

        found.Reverse();
        return found;
    }

    /// <summary>Returns the position of the first entry that ends at or after <paramref name="end"/>, or -1.</summary>
    public int FindFirstEndingAtOrAfter(long end)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (EndOf(mid) >= end)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo == Count ? -1 : lo;
    }

    public IEnumerator<IndexEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Keeps the index file open until the result is disposed, so a walk through every entry reads its blocks through
    /// one handle instead of opening the file (a handle and a path) for each block; holds nest.
    /// </summary>
    public IDisposable Hold()
    {
        if (holds++ == 0 && indexPath is not null && stored > 0)
        {
            try
            {
                held = HistoryIndex.OpenToRead(indexPath);
            }
            catch (FileNotFoundException)
            {
                held = null; // read as before, each block by itself, which reports the index gone
            }
        }

        return new Holding(this);
    }

    private IndexEntry Listed(int index) => index < stored ? rebuilt![index] : added[index - stored];

    /// <summary>Gets the bytes of stored entry <paramref name="index"/>, reading its block if needed; false for an added entry or once the index was rebuilt.</summary>
    private bool TryStored(int index, out ReadOnlySpan<byte> span)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        span = default;
        if (index >= stored || rebuilt is not null)
        {
            return false;
        }

        var block = index / BlockEntries;
        if (!blocks.TryGetValue(block, out var bytes))
        {
            // The block read longest ago makes room, its buffer reused: one read again later costs a read, not memory.
            byte[]? reuse = null;
            if (readOrder.Count == HeldBlocks && readOrder.TryDequeue(out var oldest) && blocks.Remove(oldest, out var evicted))
            {
                reuse = evicted;
            }

            bytes = ReadBlock(block, reuse);
            if (rebuilt is not null)
            {
                return false;
            }

            blocks[block] = bytes;
            readOrder.Enqueue(block);
        }

        span = bytes.AsSpan((index % BlockEntries) * HistoryIndex.EntrySize, HistoryIndex.EntrySize);
        return true;
    }

    private byte[] ReadBlock(int block, byte[]? reuse)
    {
        var first = block * BlockEntries;
        var count = Math.Min(BlockEntries, stored - first);
        var bytes = HistoryIndex.ReadEntries(indexPath!, first, count, reuse, held);
        if (bytes is null)
        {
            // Damaged or cut short since it was opened: the history itself says what the entries are.
            rebuilt = rebuild!(stored);
            rebuiltLinks = new (int, int)[rebuilt.Count];
            (int Metadata, int Event) links = (-1, -1);
            for (var i = 0; i < rebuilt.Count; i++)
            {
                links = (rebuilt[i].Kind == IndexEntryKind.Metadata ? i : links.Metadata, rebuilt[i].IsRevision ? links.Event : i);
                rebuiltLinks[i] = links;
            }

            blocks.Clear();
            readOrder.Clear();
            return [];
        }

        return bytes;
    }

    /// <summary>One <see cref="Hold"/>: closes the index when the last one is disposed.</summary>
    private sealed class Holding(IndexEntries entries) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (!disposed && --entries.holds == 0)
            {
                entries.held?.Dispose();
                entries.held = null;
            }

            disposed = true;
        }
    }
}
