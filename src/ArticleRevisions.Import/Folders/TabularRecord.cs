namespace ArticleRevisions.Import.Folders;

/// <summary>One record of a TSV or CSV file: its cells (null for an empty cell) and the line it starts on.</summary>
internal sealed record TabularRecord(int Line, IReadOnlyList<string?> Cells);
