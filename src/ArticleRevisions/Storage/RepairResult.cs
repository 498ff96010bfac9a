namespace ArticleRevisions.Storage;

/// <summary>What <see cref="HistoryFile.Repair"/> did to a history file.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Path">The history file.</param>
/// <param name="RemovedBytes">How many bytes of torn last line were removed; 0 when the last line was complete and nothing was done.</param>
/// <param name="RemovedText">The start of the removed bytes as text (at most 80 characters, invalid UTF-8 replaced), to say what was lost; empty when nothing was removed.</param>
/// <param name="BackupPath">Where the file as it was before the repair is kept, or null when nothing was done.</param>
/// <param name="Revisions">How many revisions the file holds afterwards.</param>
public sealed record RepairResult(string Path, long RemovedBytes, string RemovedText, string? BackupPath, int Revisions);
