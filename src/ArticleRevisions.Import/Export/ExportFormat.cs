namespace ArticleRevisions.Import.Export;

/// <summary>The shapes a history can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>One text file per revision, named by its time, plus <c>manifest.tsv</c> and <c>article.tsv</c>: what a folder import reads back into the same history.</summary>
    Folder,

    /// <summary>One MediaWiki XML export file (schema 0.11) holding the article as a page with every revision.</summary>
    MediaWiki,
}
