namespace ArticleRevisions.Provenance;

/// <summary>A run of text one revision removed, as the walk keeps it: revisions by number, so a checkpoint can hold it.</summary>
/// <param name="Text">The removed text.</param>
/// <param name="Start">Where it started in the revision before the remover.</param>
/// <param name="Origin">The number of the revision that introduced it.</param>
/// <param name="RemovedIn">The number of the revision that removed it.</param>
internal readonly record struct RemovalRecord(string Text, int Start, int Origin, int RemovedIn);
