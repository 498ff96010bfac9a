using System.Buffers;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// A write-only stream of UTF-8 bytes that ends in a <see cref="TextWriter"/>, so a <see cref="System.Text.Json.Utf8JsonWriter"/>
/// can stream into any writer: into the writer itself when it is a UTF-8 writer that takes bytes too (an
/// <see cref="IBufferWriter{T}"/> of bytes), into the writer's own stream when that is a UTF-8 <see cref="StreamWriter"/> (no
/// decoding at all), otherwise decoded to characters as it comes.
/// </summary>
/// <remarks>Not thread-safe: one instance serves one document.</remarks>
internal sealed class Utf8TextSink : Stream
{
    private readonly TextWriter writer;
    private readonly IBufferWriter<byte>? bytes;
    private readonly Stream? direct;
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] chars = [];

    public Utf8TextSink(TextWriter writer)
    {
        this.writer = writer;

        // A UTF-8 writer that takes bytes too (artrev's standard output) takes them as they are, after what it holds.
        if (writer is IBufferWriter<byte> utf8Bytes && writer.Encoding is UTF8Encoding { Preamble.Length: 0 })
        {
            bytes = utf8Bytes;
            return;
        }

        // A UTF-8 stream writer with nothing of its own to add (no byte-order mark still to come) takes the bytes as they are.
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8, BaseStream: { CanWrite: true } stream } && utf8.Preamble.Length == 0)
        {
            writer.Flush();
            direct = stream;
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (bytes is not null)
        {
            while (!buffer.IsEmpty)
            {
                var room = bytes.GetSpan();
                var part = Math.Min(room.Length, buffer.Length);
                buffer[..part].CopyTo(room);
                bytes.Advance(part);
                buffer = buffer[part..];
            }

            return;
        }

        if (direct is not null)
        {
            direct.Write(buffer);
            return;
        }

        var needed = decoder.GetCharCount(buffer, flush: false);
        if (chars.Length < needed)
        {
            chars = new char[Math.Max(needed, 4096)];
        }

        var written = decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars.AsSpan(0, written));
    }

    public override void Flush()
    {
        // The writer is flushed by its owner; the direct stream is the writer's own and flushed with it.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
