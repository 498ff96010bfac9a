using ArticleRevisions.Model;

namespace ArticleRevisions.Import.Folders;

/// <summary>One saved version of an article in a snapshot folder: the file and the draft made from it.</summary>
/// <param name="File">The file's path relative to the folder, with '/' between folders.</param>
/// <param name="Draft">The draft: the file's text exactly as saved, its time, and what the manifest says of it.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Snapshot(string File, RevisionDraft Draft);
