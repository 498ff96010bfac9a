using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>One stretch of a moved text as it is shown where it arrived.</summary>
/// <param name="Kind"><see cref="DiffSpanKind.Unchanged"/>, <see cref="DiffSpanKind.Deleted"/> or <see cref="DiffSpanKind.Inserted"/>.</param>
/// <param name="Text">The new text, or the old text for a deletion.</param>
internal readonly record struct MovedPiece(DiffSpanKind Kind, string Text);
