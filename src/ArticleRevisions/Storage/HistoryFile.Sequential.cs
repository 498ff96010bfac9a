using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <content>Reading many revisions in order without holding the history, and the index's view of each revision.</content>
public sealed partial class HistoryFile
{
    /// <summary>Gets the number, times and chain hash of every revision as the index records them, without reading the file.</summary>
    /// <remarks>For a version 1 file (read whole when opened) the values come from its revisions.</remarks>
    internal IEnumerable<(int Number, Instant At, Instant? ObservedAt, string Hash)> RevisionStamps =>
        whole is not null
            ? whole.Revisions.Select(r => (r.Number, r.At, r.ObservedAt, r.Hash))
            : Enumerable.Range(0, entries.Count).Where(entries.IsRevision).Select(i => entries[i]).Select(e => (e.Number, e.At, e.ObservedAt, e.Hash));

    /// <summary>Gets how many lines the index lists (revisions, metadata and events), for <see cref="TryReadStamp"/>.</summary>
    internal int IndexedLines => whole is null ? entries.Count : 0;

    /// <summary>
    /// Reads the number, times and chain hash of the index's line <paramref name="index"/> when it is a revision, without
    /// making an entry or a string: a walk of every revision allocates nothing per revision.
    /// </summary>
    /// <returns>False when the line is not a revision (or the file is a version 1 file, which has no index).</returns>
    internal bool TryReadStamp(int index, Span<byte> hash, out int number, out Instant at, out Instant? observedAt)
    {
        (number, at, observedAt) = (0, default, null);
        if (whole is not null || !entries.IsRevision(index))
        {
            return false;
        }

        entries.CopyHash(index, hash);
        (number, at, observedAt) = (entries.NumberOf(index), entries.AtOf(index), entries.ObservedAtOf(index));
        return true;
    }

    /// <summary>Counts the revisions among the first <paramref name="count"/> whose time <paramref name="counts"/> accepts, from the index, making nothing per revision.</summary>
    internal int CountRevisions(int count, Func<Instant, bool> counts)
    {
        if (whole is not null)
        {
            return whole.Revisions.Take(count).Count(r => counts(r.At));
        }

        var found = 0;
        using var open = entries.Hold();
        var last = count == 0 ? -1 : entries.IndexOfRevision(count);
        for (var i = 0; i <= last; i++)
        {
            found += entries.IsRevision(i) && counts(entries.AtOf(i)) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Gets the time of revision <paramref name="number"/> (1 to <see cref="Count"/>) from the index.</summary>
    internal Instant RevisionAt(int number) =>
        whole is not null ? whole.GetRevision(number).At : entries.AtOf(entries.IndexOfRevision(number));

    /// <summary>Copies the chain hash of revision <paramref name="number"/> (1 to <see cref="Count"/>) as 32 bytes, from the index.</summary>
    internal void CopyRevisionHash(int number, Span<byte> destination)
    {
        if (whole is not null)
        {
            Convert.FromHexString(whole.GetRevision(number).Hash, destination, out _, out _);
            return;
        }

        entries.CopyHash(entries.IndexOfRevision(number), destination);
    }

    /// <summary>Keeps the index file open until the result is disposed: a walk through every revision reads its blocks through one handle.</summary>
    internal IDisposable HoldIndexOpen() => entries.Hold();

    /// <summary>Gets the chain hashes of revisions 1 to <paramref name="count"/> as a table to look them up in, as the index (or, for version 1, the history) records them.</summary>
    /// <remarks>The table holds a 64-bit key per revision and reads a whole hash from the index when a key matches.</remarks>
    internal RevisionHashTable RevisionHashes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        var keys = new ulong[count];
        Span<byte> hash = stackalloc byte[32];
        if (whole is not null)
        {
            var revisions = whole;
            for (var number = 1; number <= count; number++)
            {
                keys[number - 1] = ulong.Parse(revisions.GetRevision(number).Hash.AsSpan(0, 16), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
            }

            return RevisionHashTable.Create(keys, (number, destination) => Convert.FromHexString(revisions.GetRevision(number).Hash, destination, out _, out _));
        }

        using var open = entries.Hold();
        var last = count == 0 ? -1 : entries.IndexOfRevision(count);
        for (var i = 0; i <= last; i++)
        {
            if (entries.IsRevision(i))
            {
                entries.CopyHash(i, hash);
                keys[entries.NumberOf(i) - 1] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
            }
        }

        var index = entries;
        return RevisionHashTable.Create(keys, (number, destination) => index.CopyHash(index.IndexOfRevision(number), destination));
    }

    /// <summary>
    /// Reads revisions <paramref name="from"/> to <paramref name="to"/> in order, each rebuilt from the one before and
    /// checked against its hash, holding only the current text: memory follows the largest revision, not the file.
    /// </summary>
    /// <param name="from">The first revision wanted, 1-based.</param>
    /// <param name="to">The last revision wanted, at most <see cref="Count"/>.</param>
    /// <returns>The revisions, lazily; reading starts at the full text at or before <paramref name="from"/>.</returns>
    /// <exception cref="HistoryFormatException">(While enumerating.) A line is damaged or does not match its hash.</exception>
    internal IEnumerable<Revision> ReadRevisions(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, Count);
        return from > to ? [] : whole is not null ? whole.Revisions.Skip(from - 1).Take(to - from + 1) : ReadLines(from, to);
    }

    private IEnumerable<Revision> ReadLines(int from, int to)
    {
        var first = entries.IndexOfRevision(entries.BaseOf(entries.IndexOfRevision(from)));
        var last = entries.IndexOfRevision(to);
        string? text = null;

        // One read per stretch from a full text to the line before the next one: at most one full text and its deltas.
        var i = first;
        while (i <= last)
        {
            var end = i + 1;
            while (end <= last && entries.KindOf(end) != IndexEntryKind.FullText)
            {
                end++;
            }

            var start = entries.OffsetOf(i);
            var bytes = ReadRange(start, entries.EndOf(end - 1));
            for (; i < end; i++)
            {
                var entry = entries[i];
                if (!entry.IsRevision)
                {
                    continue;
                }

                var line = bytes.AsSpan((int)(entry.Offset - start), entry.Length);
                var record = HistoryLineCodec.DecodeRevisionRecord(line, Path, i + 2, Version);
                // A line without a text has a delta: the codec refuses a revision line with neither.
                text = record.Text ?? ApplyDelta(record.Delta!, text ?? string.Empty, i + 2, record.Number);
                var revision = HistoryLineCodec.ToRevision(record, text, Path, i + 2);
                if (revision.Number != entry.Number || revision.At != entry.At)
                {
                    throw Stale(i + 2);
                }

                CheckHash(revision.Hash, entry, i);
                var expected = revision.ComputeHash(i == 0 ? seal : entries[i - 1].Hash);
                if (expected != revision.Hash)
                {
                    throw HashMismatch(i + 2, revision.Number, revision.Hash, expected);
                }

                if (revision.Number >= from)
                {
                    yield return revision;
                }
            }
        }
    }
}
