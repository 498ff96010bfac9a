namespace ArticleRevisions.Rendering;

/// <summary>One row of the counts table: a unit and how many of it were added, removed, changed and moved.</summary>
/// <param name="Unit">The plural unit name: words, sentences or paragraphs.</param>
/// <param name="Added">How many were added.</param>
/// <param name="Removed">How many were removed.</param>
/// <param name="Changed">How many were edited inside, or null where the unit has no such count (words).</param>
/// <param name="Moved">How many were moved, or null where the unit has no such count (words).</param>
internal readonly record struct StatRow(string Unit, int Added, int Removed, int? Changed, int? Moved);
