namespace ArticleRevisions.Storage;

/// <summary>What <see cref="HistoryFile.Upgrade"/> did to a history file.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Path">The history file.</param>
/// <param name="FromVersion">The format version it had.</param>
/// <param name="ToVersion">The format version it has now (equal to <paramref name="FromVersion"/> when nothing was done).</param>
/// <param name="Revisions">How many revisions it holds (each one checked against the original).</param>
/// <param name="BackupPath">Where the original is kept, or null when nothing was done.</param>
/// <param name="BytesBefore">The file's size before.</param>
/// <param name="BytesAfter">The file's size after.</param>
public sealed record UpgradeResult(string Path, int FromVersion, int ToVersion, int Revisions, string? BackupPath, long BytesBefore, long BytesAfter);
