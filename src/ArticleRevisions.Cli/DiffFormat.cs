namespace ArticleRevisions.Cli;

/// <summary>The formats of <c>artrev diff</c>, each a renderer of the library.</summary>
internal enum DiffFormat
{
    Inline,
    WordDiff,
    SideBySide,
    Unified,
    Json,
    Markdown,
    Html,
}
