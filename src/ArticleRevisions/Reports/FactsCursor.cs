using System.Buffers.Text;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>
/// One open view of a history's facts sidecar, read through a buffer: where each revision's latest entry starts, then
/// the entries themselves, a line at a time, so memory holds a buffer and an offset per revision, not the sidecar.
/// </summary>
/// <remarks>
/// The sidecar is kept open from the first scan to the last read: a sidecar replaced meanwhile (renamed over) leaves
/// this view reading the file it scanned. Mutable, for one pass; not thread-safe.
/// </remarks>
internal sealed class FactsCursor : IDisposable
{
    private const int BufferSize = 64 * 1024;

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
            return new FactsCursor(new FileStream(FactsSidecar.PathFor(historyPath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1));
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

        if (offset < start || offset > start + held)
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

    public void Dispose() => stream?.Dispose();

    private void Load(long offset)
    {
        if (buffer.Length == 0)
        {
            buffer = new byte[BufferSize];
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
            Array.Resize(ref buffer, buffer.Length * 2);
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
