namespace ArticleRevisions.Import;

/// <summary>How far a long import has got, reported as it goes.</summary>
/// <param name="BytesRead">The bytes of the input read so far.</param>
/// <param name="TotalBytes">The input's length, when known (not for standard input or a compressed file).</param>
/// <param name="Pages">The pages (or histories) read so far.</param>
/// <param name="Revisions">The revisions read so far.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct ImportProgress(long BytesRead, long? TotalBytes, int Pages, long Revisions);
