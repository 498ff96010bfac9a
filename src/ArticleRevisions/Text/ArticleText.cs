using System.Text;

namespace ArticleRevisions.Text;

/// <summary>Decodes the bytes of an article's text, refusing anything that is not UTF-8 text.</summary>
/// <remarks>
/// Nothing is changed on the way in: a byte-order mark, CRLF line endings and a missing final newline are all
/// kept, so the text can be shown again byte for byte. A text larger than a limit (<see cref="DefaultMaxBytes"/>
/// unless given) is refused before it is read whole, so a wrong file cannot exhaust memory. This type is stateless
/// and thread-safe.
/// </remarks>
public static class ArticleText
{
    /// <summary>The largest text read unless another limit is given: 64 MiB, far more than any real article.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>How many bytes are looked at to recognise UTF-16 text without a byte-order mark.</summary>
    private const int Utf16Sample = 4096;

    /// <summary>The fewest two-byte units that can show a text without a byte-order mark is UTF-16.</summary>
    private const int MinimumUtf16Pairs = 4;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/> as article text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest file accepted, in bytes; <see cref="DefaultMaxBytes"/> by default.</param>
    /// <returns>The text, exactly as the file holds it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="TextTooLargeException">The file is larger than <paramref name="maxBytes"/>; it was not read.</exception>
    /// <exception cref="TextDecodingException">The file is UTF-16, holds a NUL byte (it is binary) or is not valid UTF-8.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a folder, or the file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        // A regular file says its size, so a large one is refused before a byte is read; a pipe is counted as read.
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new TextTooLargeException(path, maxBytes, stream.Length);
        }

        return ReadStream(stream, path, maxBytes);
    }

    /// <summary>Reads all of <paramref name="stream"/> as article text.</summary>
    /// <param name="stream">The stream, such as standard input.</param>
    /// <param name="sourceName">How to name the stream in errors, such as <c>-</c>.</param>
    /// <param name="maxBytes">The most bytes accepted; <see cref="DefaultMaxBytes"/> by default.</param>
    /// <returns>The text, exactly as the stream holds it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="TextTooLargeException">The stream holds more than <paramref name="maxBytes"/>; reading stopped there.</exception>
    /// <exception cref="TextDecodingException">The stream is UTF-16, holds a NUL byte or is not valid UTF-8.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static string ReadStream(Stream stream, string sourceName, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new TextTooLargeException(sourceName, maxBytes, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName);
    }

    /// <summary>Decodes <paramref name="bytes"/> as article text.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="sourceName">How to name the source in errors.</param>
    /// <returns>The text, with every character kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="TextDecodingException">The bytes hold a NUL byte or are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (Utf16Kind(bytes) is { } utf16)
        {
            throw new TextDecodingException(sourceName, 0, $"UTF-16 text ({utf16}), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new TextDecodingException(sourceName, nul, $"binary file (NUL byte at offset {nul}), not text.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidByte(bytes);
            throw new TextDecodingException(sourceName, offset, $"not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at offset {offset}); convert it to UTF-8 first.");
        }

        return StrictUtf8.GetString(bytes);
    }

    /// <summary>
    /// Says how the bytes are UTF-16 when they start with its byte-order mark, or when, without one, every other byte
    /// of their start is NUL (as Latin-script text in UTF-16 is), and the others are not; null when they are not.
    /// </summary>
    private static string? Utf16Kind(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "little-endian, byte-order mark FF FE";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "big-endian, byte-order mark FE FF";
        }

        var sample = bytes[..(Math.Min(bytes.Length, Utf16Sample) & ~1)];
        if (sample.Length < 2 * MinimumUtf16Pairs)
        {
            return null;
        }

        var (evenNuls, oddNuls) = (0, 0);
        for (var i = 0; i < sample.Length; i += 2)
        {
            var (first, second) = (sample[i], sample[i + 1]);
            // Beside a NUL, UTF-16 of Latin text has a printable ASCII character or a line break; a binary file
            // has anything.
            if ((first == 0 && !IsTextByte(second)) || (second == 0 && !IsTextByte(first)))
            {
                return null;
            }

            evenNuls += first == 0 ? 1 : 0;
            oddNuls += second == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return (evenNuls, oddNuls) switch
        {
            (0, var odd) when odd * 2 >= pairs => "little-endian, no byte-order mark",
            (var even, 0) when even * 2 >= pairs => "big-endian, no byte-order mark",
            _ => null,
        };
    }

    private static bool IsTextByte(byte b) => b is (>= 0x20 and < 0x7F) or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }
}
