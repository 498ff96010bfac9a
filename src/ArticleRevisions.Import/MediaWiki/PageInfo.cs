namespace ArticleRevisions.Import.MediaWiki;

/// <summary>A <c>&lt;page&gt;</c>'s own fields, read before its revisions.</summary>
internal sealed record PageInfo(string Title, int? Namespace, long? Id, int Line);
