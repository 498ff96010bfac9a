namespace ArticleRevisions.Diffing;

/// <summary>A run of pieces deleted from the old sequence and a run inserted into the new one, at matching places.</summary>
internal readonly record struct EditBlock(int OldStart, int OldCount, int NewStart, int NewCount);
