namespace ArticleRevisions.Rendering;

/// <summary>One table of a <see cref="ReportDocument"/>.</summary>
/// <param name="Heading">A heading above the table, or null.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows, each with one cell per column; a writer enumerates them once, or twice where it measures them first, so they may be made as they are enumerated.</param>
/// <param name="Numbers">The indexes of the columns holding numbers, aligned right.</param>
/// <param name="Bar">The index of the column holding a timeline bar, shown in a fixed-width font; -1 for none.</param>
internal sealed record ReportTable(string? Heading, IReadOnlyList<string> Header, IEnumerable<string[]> Rows, IReadOnlySet<int> Numbers, int Bar = -1);
