using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// A sentence of the new revision whose text was not carried by the diff but which the sentence ledger found
/// elsewhere: in the old revision (moved by deleting and inserting it), or among removed sentences (restored).
/// </summary>
/// <param name="Target">The sentence in the new text.</param>
/// <param name="Origin">The sentence's origin.</param>
/// <param name="Origins">The origin of each character of the sentence as it was.</param>
/// <param name="RestoredIn">For a moved sentence, the restoring revision of each character as it was; otherwise null.</param>
/// <param name="SourceStart">For a moved sentence, where it started in the old text; otherwise -1.</param>
internal readonly record struct SentenceReuse(Segment Target, int Origin, int[] Origins, int[]? RestoredIn, int SourceStart);
