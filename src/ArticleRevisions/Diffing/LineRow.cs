namespace ArticleRevisions.Diffing;

/// <summary>One row of a <see cref="LineAlignment"/>: an old line, a new line, or both, and how they relate.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Change">How the lines relate.</param>
/// <param name="OldLine">The 0-based index of the old line in <see cref="LineAlignment.OldLines"/>, or null when the row has none.</param>
/// <param name="NewLine">The 0-based index of the new line in <see cref="LineAlignment.NewLines"/>, or null when the row has none.</param>
public readonly record struct LineRow(LineChange Change, int? OldLine, int? NewLine);
