using NodaTime;

namespace ArticleRevisions.Import.Git;

/// <summary>One commit that changed the followed file, as <c>git log --raw</c> reports it.</summary>
/// <param name="Commit">The commit's full hash.</param>
/// <param name="AuthorDate">The author date with its offset, as git gives it.</param>
/// <param name="At">The author date's instant.</param>
/// <param name="Author">The author's name (after the repository's mailmap).</param>
/// <param name="Email">The author's e-mail address.</param>
/// <param name="Subject">The first paragraph of the message, on one line.</param>
/// <param name="Path">The file's path in this commit.</param>
/// <param name="Blob">The file's blob after the commit; null when the commit deleted it.</param>
internal sealed record GitLogEntry(string Commit, string AuthorDate, Instant At, string Author, string Email, string Subject, string Path, string? Blob);
