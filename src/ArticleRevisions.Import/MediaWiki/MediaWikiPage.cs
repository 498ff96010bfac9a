using ArticleRevisions.Model;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>One page of a MediaWiki export with its revisions as drafts, oldest first.</summary>
/// <param name="Title">The page title, with its namespace prefix (such as <c>Talk:Kyiv</c>).</param>
/// <param name="Namespace">The namespace number, where the export gives it (schema 0.6 and later).</param>
/// <param name="Id">The page id, where the export gives it.</param>
/// <param name="Revisions">The revisions in timestamp order, their times strictly increasing (see <see cref="MediaWikiImporter"/>).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MediaWikiPage(string Title, int? Namespace, long? Id, IReadOnlyList<RevisionDraft> Revisions);
