using System.Globalization;

namespace ArticleRevisions.Model;

/// <summary>
/// Names the raw bytes a revision's text was extracted from (such as the HTML of a captured page): their SHA-256,
/// media type and length. The bytes themselves are kept beside the history, content-addressed and compressed
/// (see <c>Storage.RawSourceStore</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe. The reference is covered by the revision's chain hash.</remarks>
public sealed record RawSourceReference
{
    /// <summary>Creates a reference, checking every value.</summary>
    /// <param name="sha256">The SHA-256 of the raw bytes, as 64 lowercase hexadecimal digits.</param>
    /// <param name="mediaType">The media type as served, such as <c>text/html; charset=utf-8</c>; printable ASCII, at most 200 characters.</param>
    /// <param name="length">The number of raw bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sha256"/> or <paramref name="mediaType"/> is null.</exception>
    /// <exception cref="ArgumentException">The hash is not 64 lowercase hex digits, or the media type is empty, too long or not printable ASCII.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public RawSourceReference(string sha256, string mediaType, long length)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!RevisionHasher.IsWellFormed(sha256))
        {
            throw new ArgumentException($"Raw source hash '{sha256}' is not 64 lowercase hexadecimal digits.", nameof(sha256));
        }

        if (mediaType.Length is 0 or > 200 || mediaType.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException($"Media type '{mediaType}' must be 1 to 200 printable ASCII characters, such as 'text/html; charset=utf-8'.", nameof(mediaType));
        }

        Sha256 = sha256;
        MediaType = mediaType;
        Length = length;
    }

    /// <summary>Gets the SHA-256 of the raw bytes, as 64 lowercase hexadecimal digits.</summary>
    public string Sha256 { get; }

    /// <summary>Gets the media type the bytes were served with.</summary>
    public string MediaType { get; }

    /// <summary>Gets the number of raw bytes.</summary>
    public long Length { get; }

    /// <summary>Formats the reference for diagnostics, such as <c>sha256:9c72… text/html (18,204 bytes)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"sha256:{Sha256} {MediaType} ({Length} bytes)");
}
