using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>A whole sentence or paragraph deleted or inserted, which may be one end of a move.</summary>
internal sealed record MoveCandidate(Atom Atom, UnitLevel Level, Segment Segment, bool IsDeletion);
