using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>A sentence of the current revision with its normalised text and origin.</summary>
/// <param name="Segment">Where it lies in the current text.</param>
/// <param name="Key">Its text as the diff options normalise it, by which it is matched.</param>
/// <param name="Origin">The revision that introduced it.</param>
/// <param name="RestoredIn">The revision that last put it back after a removal, or 0.</param>
internal readonly record struct TrackedSentence(Segment Segment, string Key, int Origin, int RestoredIn);
