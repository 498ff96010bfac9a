using System.Buffers;
using System.Buffers.Text;

namespace ArticleRevisions.Storage;

/// <summary>
/// One open view of a history's facts sidecar (<see cref="FactsSidecar"/>), read through a buffer: every line in order
/// (<see cref="Scan"/>), then any line again by its offset (<see cref="TryReadLine"/>), so memory holds a buffer, not
/// the sidecar. The one reader of the sidecar's lines.
/// </summary>
/// <remarks>
/// The sidecar is kept open from the first scan to the last read: a sidecar replaced meanwhile (renamed over) leaves
/// this view reading the file it scanned. The buffer is rented from the shared pool and returned on
/// <see cref="Dispose"/>, so cursors opened one after another reuse it. Mutable, for one pass; not thread-safe.
/// </remarks>
internal sealed class FactsCursor : IDisposable
{
    private const int BufferSize = 16 * 1024;

    private readonly FileStream? stream;
    private byte[] buffer = [];
    private long start;
    private int held;

    private FactsCursor(FileStream? stream)
    {
        this.stream = stream;
    }

    /// <summary>Receives one whole line and the offset of its first byte.</summary>
    public delegate void LineVisitor(long offset, ReadOnlySpan<byte> line);

    /// <summary>Opens the sidecar of the history at <paramref name="historyPath"/>; a cursor with no lines when there is none.</summary>
    public static FactsCursor Open(string historyPath)
    {
        try
        {
            return new FactsCursor(new FileStream(FactsSidecar.PathFor(historyPath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new FactsCursor(null);
        }
    }

    /// <summary>The prefix every entry written under <paramref name="version"/> starts with, up to its hash.</summary>
    public static byte[] PrefixOf(string version) => System.Text.Encoding.UTF8.GetBytes($"{{\"v\":\"{version}\",\"sha256\":\"");

    /// <summary>The key a revision is looked up by: the first 64 bits of its chain hash (16 hexadecimal digits), or null when they are not that.</summary>
    public static ulong? KeyOf(ReadOnlySpan<byte> hexadecimal) =>
        hexadecimal.Length >= 16 && Utf8Parser.TryParse(hexadecimal[..16], out ulong key, out var used, 'x') && used == 16 ? key : null;

    /// <summary>Passes on every whole line in order with its offset; returns whether a torn last line (no newline) was left out.</summary>
    public bool Scan(LineVisitor visit)
    {
        if (stream is null)
        {
            return false;
        }

        Load(0);
        var consumed = 0;
        while (true)
        {
            var rest = buffer.AsSpan(consumed, held - consumed);
            var newline = rest.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                visit(start + consumed, rest[..newline]);
                consumed += newline + 1;
                continue;
            }

            if (!Refill(start + consumed))
            {
                return held > 0;
            }

            consumed = 0;
        }
    }

    /// <summary>The line starting at <paramref name="offset"/>, without its newline; false when it has none (torn, or past the end).</summary>
    public bool TryReadLine(long offset, out ReadOnlySpan<byte> line)
    {
        line = default;
        if (stream is null)
        {
            return false;
        }

        // A cursor that has read nothing yet has no buffer: loaded first, or its first read would find no line.
        if (buffer.Length == 0 || offset < start || offset > start + held)
        {
            Load(offset);
        }

        while (true)
        {
            var rest = buffer.AsSpan((int)(offset - start), held - (int)(offset - start));
            var newline = rest.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = rest[..newline];
                return true;
            }

            if (!Refill(offset))
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        stream?.Dispose();
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private void Load(long offset)
    {
        if (buffer.Length == 0)
        {
            buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        }

        stream!.Position = offset;
        start = offset;
        held = 0;
        Refill(offset);
    }

    /// <summary>Keeps the bytes from <paramref name="from"/> on (growing the buffer when they fill it) and reads more after them; false at the end of the file.</summary>
    private bool Refill(long from)
    {
        var keep = (int)(start + held - from);
        if (keep == buffer.Length)
        {
            // A line longer than the buffer: a larger one, from the pool as well.
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(held - keep, keep).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (from != start)
        {
            buffer.AsSpan(held - keep, keep).CopyTo(buffer);
        }

        start = from;
        held = keep;
        var read = stream!.Read(buffer, held, buffer.Length - held);
        held += read;
        return read > 0;
    }
}
