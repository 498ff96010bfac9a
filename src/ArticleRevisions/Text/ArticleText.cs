using System.Text;

namespace ArticleRevisions.Text;

/// <summary>Decodes the bytes of an article's text, refusing anything that is not UTF-8 text.</summary>
/// <remarks>
/// Nothing is changed on the way in: a byte-order mark, CRLF line endings and a missing final newline are all
/// kept, so the text can be shown again byte for byte. This type is stateless and thread-safe.
/// </remarks>
public static class ArticleText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/> as article text.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text, exactly as the file holds it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="TextDecodingException">The file holds a NUL byte (it is binary) or is not valid UTF-8.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a folder, or the file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads all of <paramref name="stream"/> as article text.</summary>
    /// <param name="stream">The stream, such as standard input.</param>
    /// <param name="sourceName">How to name the stream in errors, such as <c>-</c>.</param>
    /// <returns>The text, exactly as the stream holds it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TextDecodingException">The stream holds a NUL byte or is not valid UTF-8.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static string ReadStream(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
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
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new TextDecodingException(sourceName, nul, $"binary file (NUL byte at offset {nul}); only UTF-8 text can be compared.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidByte(bytes);
            throw new TextDecodingException(sourceName, offset, $"not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at offset {offset}); convert it to UTF-8 first.");
        }

        return StrictUtf8.GetString(bytes);
    }

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
