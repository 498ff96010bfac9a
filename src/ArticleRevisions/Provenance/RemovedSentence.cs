namespace ArticleRevisions.Provenance;

/// <summary>A sentence a revision removed, with the origin it had and the origins of its characters.</summary>
/// <param name="Origin">The sentence's origin.</param>
/// <param name="Origins">The origin of each of its characters when it was removed.</param>
internal sealed record RemovedSentence(int Origin, int[] Origins);
