using System.IO.Compression;
using System.Security.Cryptography;
using ArticleRevisions.Model;

namespace ArticleRevisions.Storage;

/// <summary>
/// Keeps the raw bytes revisions were extracted from (the fetched HTML of a capture), content-addressed by SHA-256
/// and compressed with Brotli, in a folder beside the history: <c>NAME.jsonl.sources/9c/9c72….br</c>.
/// </summary>
/// <remarks>
/// <para>
/// Storing bytes that are already there costs nothing and changes nothing. A blob is written to a temporary file,
/// flushed to disk and then renamed into place, so a crash never leaves a half-written blob under its name; two
/// writers storing the same bytes at once both succeed. Reading checks the length and the SHA-256 of what it
/// decompresses and never reads more than the reference's length, so a damaged or hostile blob cannot pass for the
/// original or exhaust memory.
/// </para>
/// <para>Brotli (quality 9, 4 MiB window) from the .NET base library: HTML shrinks to about a tenth, with no dependency.</para>
/// <para>Instances hold only the folder's path: immutable and thread-safe.</para>
/// </remarks>
public sealed class RawSourceStore
{
    private const int Quality = 9;
    private const int Window = 22;

    /// <summary>Creates a store over <paramref name="directory"/>, which is created when the first blob is put.</summary>
    /// <param name="directory">The folder holding the blobs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public RawSourceStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
    }

    /// <summary>Gets the folder holding the blobs.</summary>
    public string Directory { get; }

    /// <summary>Gets the store that belongs to the history file at <paramref name="historyPath"/>: the folder <c>HISTORY.sources</c> beside it.</summary>
    /// <param name="historyPath">The history file's path.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyPath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="historyPath"/> is empty.</exception>
    public static RawSourceStore ForHistory(string historyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(historyPath);
        return new RawSourceStore(historyPath + ".sources");
    }

    /// <summary>Stores <paramref name="bytes"/>, unless they are stored already, and returns the reference a revision keeps.</summary>
    /// <param name="bytes">The raw bytes, exactly as fetched.</param>
    /// <param name="mediaType">Their media type, such as <c>text/html; charset=utf-8</c>.</param>
    /// <returns>The reference: SHA-256, media type and length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mediaType"/> is null.</exception>
    /// <exception cref="ArgumentException">The media type is empty, too long or not printable ASCII.</exception>
    /// <exception cref="IOException">The blob cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public RawSourceReference Put(ReadOnlySpan<byte> bytes, string mediaType)
    {
        var reference = new RawSourceReference(Convert.ToHexStringLower(SHA256.HashData(bytes)), mediaType, bytes.Length);
        var path = PathOf(reference);
        if (File.Exists(path))
        {
            return reference;
        }

        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, compressed, out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size.");
        }

        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(compressed, 0, written);
                stream.Flush(flushToDisk: true);
            }

            // Another writer may have stored the same bytes meanwhile; its blob is as good as ours.
            if (!File.Exists(path))
            {
                File.Move(temporary, path, overwrite: true);
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return reference;
    }

    /// <summary>Returns whether the blob <paramref name="reference"/> names is stored (without checking its content).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> when its file exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public bool Contains(RawSourceReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return File.Exists(PathOf(reference));
    }

    /// <summary>Reads the bytes <paramref name="reference"/> names, checking their length and SHA-256.</summary>
    /// <param name="reference">The reference a revision keeps.</param>
    /// <returns>The raw bytes, exactly as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The blob is not in the store.</exception>
    /// <exception cref="InvalidDataException">The blob is damaged: it does not decompress to the referenced length and hash.</exception>
    /// <exception cref="IOException">The blob cannot be read.</exception>
    public byte[] Get(RawSourceReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var path = PathOf(reference);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: the raw source {reference.Sha256} is not in the store.", path);
        }

        if (reference.Length > Array.MaxLength - 1)
        {
            throw new InvalidDataException($"{path}: the raw source is {reference.Length} bytes, more than one array can hold.");
        }

        var bytes = new byte[reference.Length + 1];
        var filled = 0;
        try
        {
            using var stream = new BrotliStream(File.OpenRead(path), CompressionMode.Decompress);
            int read;
            while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
            {
                filled += read;
            }
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: the raw source blob is damaged ({e.Message.TrimEnd('.')}).", e);
        }

        if (filled != reference.Length || Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, filled))) != reference.Sha256)
        {
            throw new InvalidDataException($"{path}: the raw source blob is damaged: it does not hold the {reference.Length} bytes with SHA-256 {reference.Sha256}.");
        }

        return bytes[..filled];
    }

    private string PathOf(RawSourceReference reference) =>
        System.IO.Path.Combine(Directory, reference.Sha256[..2], reference.Sha256 + ".br");
}
