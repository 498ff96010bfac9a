namespace ArticleRevisions.Text;

/// <summary>Thrown when a text is larger than the limit it is read with, before it is read whole.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TextTooLargeException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file path, or <c>-</c> for standard input.</param>
    /// <param name="limit">The limit, in bytes.</param>
    /// <param name="size">The text's size in bytes, when known (a file's; a stream's is known only to be larger).</param>
    public TextTooLargeException(string sourceName, long limit, long? size)
        : base($"{sourceName}: {(size is { } bytes ? $"{bytes} bytes ({Mebibytes(bytes)})" : "more than " + Mebibytes(limit))} is larger than the limit of {Mebibytes(limit)} for one text.")
    {
        SourceName = sourceName;
        Limit = limit;
        Size = size;
    }

    /// <summary>Gets the file path, or <c>-</c> for standard input.</summary>
    public string SourceName { get; }

    /// <summary>Gets the limit, in bytes.</summary>
    public long Limit { get; }

    /// <summary>Gets the text's size in bytes, or null when only known to be larger than <see cref="Limit"/>.</summary>
    public long? Size { get; }

    private static string Mebibytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
}
