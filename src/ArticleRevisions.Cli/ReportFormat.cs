namespace ArticleRevisions.Cli;

/// <summary>The formats of the history reports: log, search, blame, timeline.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Markdown,
    Html,
}
