using System.Buffers.Binary;
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
/// dropped and its line read again from the history.
/// </para>
/// <para>
/// <see cref="LayoutVersion"/> is the algorithm version: raising it makes every existing index stale, which is how
/// derived facts added to the entries later (word counts, verdicts, provenance checkpoints) get recomputed.
/// </para>
/// </remarks>
internal static class HistoryIndex
{
    public const int LayoutVersion = 1;
    private const int HeaderSize = 64;
    private const int EntrySize = 96;
    private static readonly byte[] Magic = "ARTREVIX"u8.ToArray();

    public static string PathFor(string historyPath) => historyPath + ".idx";

    /// <summary>Reads the entries of an index made for this header, or null when there is none or it belongs to another.</summary>
    public static List<IndexEntry>? TryLoad(string historyPath, long headerLength, string seal)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathFor(historyPath));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        if (bytes.Length < HeaderSize || !bytes.AsSpan(0, 8).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)) != LayoutVersion
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)) != HistoryLineCodec.FormatVersion
            || BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16)) != headerLength
            || Convert.ToHexStringLower(bytes.AsSpan(24, 32)) != seal)
        {
            return null;
        }

        var entries = new List<IndexEntry>((bytes.Length - HeaderSize) / EntrySize);
        for (var at = HeaderSize; at + EntrySize <= bytes.Length; at += EntrySize)
        {
            var span = bytes.AsSpan(at, EntrySize);
            if (BinaryPrimitives.ReadUInt64LittleEndian(span[80..]) != Fnv(span[..80]))
            {
                break;
            }

            entries.Add(Decode(span));
        }

        return entries;
    }

    /// <summary>Replaces the index with one holding <paramref name="entries"/>, atomically.</summary>
    public static void WriteAll(string historyPath, long headerLength, string seal, IReadOnlyList<IndexEntry> entries)
    {
        var bytes = new byte[HeaderSize + (entries.Count * EntrySize)];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), LayoutVersion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), HistoryLineCodec.FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), headerLength);
        Convert.FromHexString(seal).CopyTo(bytes, 24);
        for (var i = 0; i < entries.Count; i++)
        {
            Encode(entries[i], bytes.AsSpan(HeaderSize + (i * EntrySize), EntrySize));
        }

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
    public static void Append(string historyPath, long headerLength, string seal, IReadOnlyList<IndexEntry> all, int existing)
    {
        var path = PathFor(historyPath);
        var expectedLength = HeaderSize + ((long)existing * EntrySize);
        if (!File.Exists(path) || new FileInfo(path).Length != expectedLength)
        {
            WriteAll(historyPath, headerLength, seal, all);
            return;
        }

        var bytes = new byte[(all.Count - existing) * EntrySize];
        for (var i = existing; i < all.Count; i++)
        {
            Encode(all[i], bytes.AsSpan((i - existing) * EntrySize, EntrySize));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(expectedLength, SeekOrigin.Begin);
        stream.Write(bytes);
    }

    public static void Delete(string historyPath) => File.Delete(PathFor(historyPath));

    private static void Encode(IndexEntry entry, Span<byte> span)
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
        BinaryPrimitives.WriteUInt64LittleEndian(span[80..], Fnv(span[..80]));
    }

    private static IndexEntry Decode(ReadOnlySpan<byte> span) => new(
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

    private static Instant ReadInstant(ReadOnlySpan<byte> span) =>
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
