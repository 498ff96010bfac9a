using System.Buffers;

namespace ArticleRevisions.Storage;

/// <summary>A byte buffer writer over arrays from the shared pool, returned when disposed: a line is encoded into it and copied out once.</summary>
/// <remarks>Mutable; owned by one encoding. Nothing read from <see cref="Written"/> may be kept after disposal.</remarks>
internal sealed class PooledBytes : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int count;

    /// <summary>Starts with room for <paramref name="capacity"/> bytes, grown when more are written.</summary>
    public PooledBytes(int capacity) => buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>Gets the bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, count);

    /// <inheritdoc/>
    public void Advance(int count) => this.count += count;

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(count);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(count);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Reserve(int sizeHint)
    {
        var needed = count + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
