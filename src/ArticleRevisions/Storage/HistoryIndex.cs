using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// The sidecar index of a version 2 history (<c>HISTORY.idx</c>): the offset, kind, number, times and chain hash of
/// every line, so that appending and reading one revision never read the whole file.
/// </summary>
/// <remarks>
/// <para>
/// A cache: it is rebuilt from the history whenever it is missing, from another layout version, made for another
/// header, or disagrees with the file, and <c>artrev verify</c> never trusts it. Binary, little-endian: a 64-byte
/// header (magic <c>ARTREVIX</c>, layout version, history format version, header line length, header seal) and
/// then one 96-byte entry per line, each ending in an FNV-1a checksum of its bytes, so a torn or damaged entry is
/// dropped and its line read again from the history. Each entry also holds the positions of the last metadata change
/// and the last event at or before it, so the article as it stands and the events are found from the last entry
/// without reading the others.
/// </para>
/// <para>
/// <see cref="LayoutVersion"/> is the algorithm version: raising it makes every existing index stale.
/// </para>
/// </remarks>
internal static class HistoryIndex
{
    public const int LayoutVersion = 2;
    public const int EntrySize = 96;
    private const int HeaderSize = 64;
    private const int Checked = 88;
    private static readonly byte[] Magic = "ARTREVIX"u8.ToArray();

    public static string PathFor(string historyPath) => historyPath + ".idx";

    /// <summary>Opens the index made for this header, reading its header and last block only; null when there is none or it belongs to another.</summary>
    /// <remarks>
    /// The last block's entries are checked against their checksums (an entry torn by a crash, and any after it, are
    /// left out); other blocks are checked when they are first read (see <see cref="IndexEntries"/>).
    /// </remarks>
    public static IndexEntries? TryOpen(string historyPath, long headerLength, string seal, Func<int, IReadOnlyList<IndexEntry>> rebuild)
    {
        var path = PathFor(historyPath);
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        using (handle)
        {
            Span<byte> header = stackalloc byte[HeaderSize];
            var fileLength = RandomAccess.GetLength(handle);
            if (RandomAccess.Read(handle, header, 0) != HeaderSize || !header[..8].SequenceEqual(Magic)
                || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != LayoutVersion
                || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != HistoryLineCodec.FormatVersion
                || BinaryPrimitives.ReadInt64LittleEndian(header[16..]) != headerLength
                || Convert.ToHexStringLower(header.Slice(24, 32)) != seal)
            {
                return null;
            }

            var count = (int)Math.Min((fileLength - HeaderSize) / EntrySize, int.MaxValue);
            if (count == 0)
            {
                return new IndexEntries(path, 0, [], rebuild);
            }

            var first = (count - 1) / IndexEntries.BlockEntries * IndexEntries.BlockEntries;
            var block = new byte[(count - first) * EntrySize];
            var read = RandomAccess.Read(handle, block, HeaderSize + ((long)first * EntrySize));
            var valid = first;
            while (valid < count && (valid - first + 1) * EntrySize <= read && IsIntact(block.AsSpan((valid - first) * EntrySize, EntrySize)))
            {
                valid++;
            }

            // A torn last entry leaves the entries before it; an empty last block leaves the last one of the block before.
            return valid > first
                ? new IndexEntries(path, valid, block[..((valid - first) * EntrySize)], rebuild)
                : first == 0 ? null : TryOpenShortened(path, first, rebuild);
        }
    }

    /// <summary>Reads entries <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1; null when any is missing or damaged.</summary>
    public static byte[]? ReadEntries(string indexPath, int first, int count, byte[]? reuse = null, SafeFileHandle? open = null)
    {
        var bytes = reuse is not null && reuse.Length == count * EntrySize ? reuse : new byte[count * EntrySize];
        try
        {
            var handle = open ?? OpenToRead(indexPath);
            try
            {
                if (RandomAccess.Read(handle, bytes, HeaderSize + ((long)first * EntrySize)) != bytes.Length)
                {
                    return null;
                }
            }
            finally
            {
                if (open is null)
                {
                    handle.Dispose();
                }
            }
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        for (var at = 0; at < bytes.Length; at += EntrySize)
        {
            if (!IsIntact(bytes.AsSpan(at, EntrySize)))
            {
                return null;
            }
        }

        return bytes;
    }

    /// <summary>Opens the index to read, sharing it with writers (an append, a replacement by rename).</summary>
    /// <exception cref="FileNotFoundException">There is no index.</exception>
    public static SafeFileHandle OpenToRead(string indexPath) =>
        File.OpenHandle(indexPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Replaces the index with one holding <paramref name="entries"/>, atomically.</summary>
    public static void WriteAll(string historyPath, long headerLength, string seal, IReadOnlyList<IndexEntry> entries)
    {
        var bytes = new byte[HeaderSize + (entries.Count * EntrySize)];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), LayoutVersion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), HistoryLineCodec.FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), headerLength);
        Convert.FromHexString(seal).CopyTo(bytes, 24);
        EncodeFrom(entries, 0, (-1, -1), bytes.AsSpan(HeaderSize));

        var path = PathFor(historyPath);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Adds entries to the end of an index that holds exactly <paramref name="existing"/> entries; rewrites it otherwise.</summary>
    public static void Append(string historyPath, long headerLength, string seal, IndexEntries all, int existing)
    {
        var path = PathFor(historyPath);
        var expectedLength = HeaderSize + ((long)existing * EntrySize);
        using (var stream = OpenForAppend(path, expectedLength))
        {
            if (stream is not null)
            {
                var bytes = new byte[(all.Count - existing) * EntrySize];
                EncodeFrom(all, existing, existing == 0 ? (-1, -1) : all.LinksOf(existing - 1), bytes);
                stream.Seek(expectedLength, SeekOrigin.Begin);
                stream.Write(bytes);
                return;
            }
        }

        WriteAll(historyPath, headerLength, seal, all);
    }

    public static void Delete(string historyPath) => File.Delete(PathFor(historyPath));

    /// <summary>Encodes entries from <paramref name="from"/> on into <paramref name="bytes"/>, carrying the links of the entry before.</summary>
    private static void EncodeFrom(IReadOnlyList<IndexEntry> entries, int from, (int Metadata, int Event) links, Span<byte> bytes)
    {
        for (var i = from; i < entries.Count; i++)
        {
            var entry = entries[i];
            links = (entry.Kind == IndexEntryKind.Metadata ? i : links.Metadata, entry.IsRevision ? links.Event : i);
            Encode(entry, links, bytes.Slice((i - from) * EntrySize, EntrySize));
        }
    }

    private static FileStream? OpenForAppend(string path, long expectedLength)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == expectedLength)
            {
                return stream;
            }

            stream.Dispose();
            return null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static IndexEntries? TryOpenShortened(string path, int count, Func<int, IReadOnlyList<IndexEntry>> rebuild)
    {
        var first = (count - 1) / IndexEntries.BlockEntries * IndexEntries.BlockEntries;
        return ReadEntries(path, first, count - first) is { } block ? new IndexEntries(path, count, block, rebuild) : null;
    }

    private static bool IsIntact(ReadOnlySpan<byte> entry) => BinaryPrimitives.ReadUInt64LittleEndian(entry[Checked..]) == Fnv(entry[..Checked]);

    public static (int Metadata, int Event) DecodeLinks(ReadOnlySpan<byte> span) =>
        (BinaryPrimitives.ReadInt32LittleEndian(span[80..]), BinaryPrimitives.ReadInt32LittleEndian(span[84..]));

    private static void Encode(IndexEntry entry, (int Metadata, int Event) links, Span<byte> span)
    {
        span.Clear();
        BinaryPrimitives.WriteInt64LittleEndian(span, entry.Offset);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], entry.Length);
        span[12] = (byte)entry.Kind;
        span[13] = entry.ObservedAt is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], entry.Number);
        BinaryPrimitives.WriteInt32LittleEndian(span[20..], entry.Base);
        WriteInstant(span[24..], entry.At);
        WriteInstant(span[36..], entry.ObservedAt ?? default);
        Convert.FromHexString(entry.Hash).CopyTo(span[48..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[80..], links.Metadata);
        BinaryPrimitives.WriteInt32LittleEndian(span[84..], links.Event);
        BinaryPrimitives.WriteUInt64LittleEndian(span[Checked..], Fnv(span[..Checked]));
    }

    public static IndexEntry Decode(ReadOnlySpan<byte> span) => new(
        BinaryPrimitives.ReadInt64LittleEndian(span),
        BinaryPrimitives.ReadInt32LittleEndian(span[8..]),
        (IndexEntryKind)span[12],
        BinaryPrimitives.ReadInt32LittleEndian(span[16..]),
        BinaryPrimitives.ReadInt32LittleEndian(span[20..]),
        ReadInstant(span[24..]),
        span[13] == 1 ? ReadInstant(span[36..]) : null,
        Convert.ToHexStringLower(span.Slice(48, 32)));

    private static void WriteInstant(Span<byte> span, Instant instant)
    {
        var since = instant - NodaConstants.UnixEpoch;
        BinaryPrimitives.WriteInt32LittleEndian(span, since.Days);
        BinaryPrimitives.WriteInt64LittleEndian(span[4..], since.NanosecondOfDay);
    }

    public static Instant ReadInstant(ReadOnlySpan<byte> span) =>
        NodaConstants.UnixEpoch + Duration.FromDays(BinaryPrimitives.ReadInt32LittleEndian(span)) + Duration.FromNanoseconds(BinaryPrimitives.ReadInt64LittleEndian(span[4..]));

    private static ulong Fnv(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
