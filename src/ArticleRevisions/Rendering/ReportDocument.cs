namespace ArticleRevisions.Rendering;

/// <summary>
/// A history report laid out for Markdown and HTML: a title, lines of notes, and tables. Cells hold plain text;
/// the writers escape it.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="Notes">Sentences shown under the title, one paragraph each.</param>
/// <param name="Tables">The tables, in order.</param>
internal sealed record ReportDocument(string Title, IReadOnlyList<string> Notes, IReadOnlyList<ReportTable> Tables);
