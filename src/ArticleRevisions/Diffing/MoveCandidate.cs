using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>A whole sentence or paragraph deleted or inserted, which may be one end of a move.</summary>
/// <param name="AtomIndex">Where its atom stands in the engine's atoms.</param>
/// <param name="Level">Whether it is a sentence or a paragraph.</param>
/// <param name="Segment">Where it lies in its text (old for a deletion, new for an insertion).</param>
/// <param name="IsDeletion">Whether it was deleted (otherwise inserted).</param>
internal readonly record struct MoveCandidate(int AtomIndex, UnitLevel Level, Segment Segment, bool IsDeletion);
