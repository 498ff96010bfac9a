using System.Buffers;
using System.Text;

namespace ArticleRevisions.Cli;

/// <summary>
/// A text writer that encodes what it is given as UTF-8 (no byte-order mark) straight into one byte buffer, written to
/// its stream when full and on <see cref="Flush"/>; it also takes UTF-8 bytes as they are, as an
/// <see cref="IBufferWriter{T}"/> (a JSON document's).
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="StreamWriter"/> copies every character into a character buffer and then encodes that into a byte
/// buffer of three times its size: a copy of the whole output more, and a few hundred KiB of fresh pages, which cost a
/// fault each on first touch (RESULTS.md, "r19"). The bytes are the same: invalid UTF-16 (a lone surrogate) becomes
/// U+FFFD, and a surrogate pair split between two writes is joined, as the writer's encoder does; a high surrogate
/// still waiting for its pair when the output is flushed becomes U+FFFD, as on a <see cref="StreamWriter"/>'s flush.
/// </para>
/// <para>Not thread-safe; the stream is not disposed with it.</para>
/// </remarks>
internal sealed class Utf8Output(Stream stream) : TextWriter, IBufferWriter<byte>
{
    /// <summary>
    /// Above the large-object threshold, so the buffer's pages are not cleared when it is made, only touched when
    /// written: a short run's output touches one. The size of the character buffer it replaced (64 Ki characters),
    /// so what is allocated after it, the texts first, lies where it did: a 96 KiB buffer moved the 10 MB texts and
    /// raised markdown's peak at 10 MB by ~0.3 MiB (RESULTS.md, "r20").
    /// </summary>
    private const int BufferSize = 128 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static ReadOnlySpan<byte> Replacement => [0xEF, 0xBF, 0xBD];

    private readonly byte[] buffer = new byte[BufferSize];
    private int count;

    /// <summary>A high surrogate that ended the last write, waiting for the low surrogate that may start the next; NUL when none.</summary>
    private char high;

    public override Encoding Encoding => Utf8;

    public override void Write(char value)
    {
        if (value < 0x80 && high == '\0' && count < buffer.Length)
        {
            buffer[count++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[]? buffer) => Write(buffer.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> text)
    {
        if (high != '\0' && !text.IsEmpty)
        {
            var first = text[0];
            if (char.IsLowSurrogate(first))
            {
                ReadOnlySpan<char> pair = [high, first];
                high = '\0';
                Encode(pair);
                text = text[1..];
            }
            else
            {
                ReplaceHigh();
            }
        }

        if (text.Length <= 16 && buffer.Length - count >= text.Length && CopyAscii(text))
        {
            return;
        }

        Encode(text);
    }

    public override void WriteLine() => Write(CoreNewLine);

    public override void WriteLine(string? value)
    {
        Write(value.AsSpan());
        Write(CoreNewLine);
    }

    public override void WriteLine(ReadOnlySpan<char> value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    /// <summary>Writes what is buffered to the stream (a high surrogate left waiting becomes U+FFFD) and flushes the stream.</summary>
    public override void Flush()
    {
        ReplaceHigh();
        WriteBuffer();
        stream.Flush();
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> bytes (one when 0), up to the buffer's size, after everything written before.</summary>
    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <inheritdoc cref="GetSpan"/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        ReplaceHigh();
        if (buffer.Length - count < Math.Clamp(sizeHint, 1, buffer.Length))
        {
            WriteBuffer();
        }

        return buffer.AsMemory(count);
    }

    /// <summary>Takes <paramref name="count"/> bytes written into the room last given.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - this.count);
        this.count += count;
    }

    /// <summary>
    /// Copies a short text of ASCII characters, which there is room for, byte for byte, and says whether it did: a
    /// transcoder call costs more than the copy for the marks and words a renderer writes between long stretches.
    /// </summary>
    private bool CopyAscii(ReadOnlySpan<char> text)
    {
        var room = buffer.AsSpan(count, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                return false;
            }

            room[i] = (byte)c;
        }

        count += text.Length;
        return true;
    }

    private void Encode(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(text, buffer.AsSpan(count), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: false);
            count += written;
            text = text[read..];
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    WriteBuffer();
                    break;
                case OperationStatus.NeedMoreData:
                    // Only a high surrogate ending the text is left: its pair may start the next write.
                    high = text[0];
                    return;
            }
        }
    }

    /// <summary>A high surrogate that no low surrogate followed becomes U+FFFD, as the encoder's replacement makes it.</summary>
    private void ReplaceHigh()
    {
        if (high == '\0')
        {
            return;
        }

        high = '\0';
        if (buffer.Length - count < Replacement.Length)
        {
            WriteBuffer();
        }

        Replacement.CopyTo(buffer.AsSpan(count));
        count += Replacement.Length;
    }

    private void WriteBuffer()
    {
        if (count > 0)
        {
            // Emptied first: a write that fails (a full disk) is not tried again by a later flush.
            var full = count;
            count = 0;
            stream.Write(buffer, 0, full);
        }
    }
}
