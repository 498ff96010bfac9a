namespace ArticleRevisions.Capture.Storage;

/// <summary>A reference to raw source bytes kept content-addressed beside a history: the fetched page a revision was extracted from.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Sha256">The SHA-256 of the bytes, as 64 lowercase hexadecimal digits.</param>
/// <param name="MediaType">The media type the server gave, such as <c>text/html</c>.</param>
/// <param name="Length">The number of bytes.</param>
public sealed record RawSource(string Sha256, string MediaType, long Length);
