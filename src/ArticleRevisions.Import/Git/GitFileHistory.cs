using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Import.Git;

/// <summary>
/// Reads the history of one file in a git repository with the <c>git</c> program: each commit that changed the file
/// becomes a draft with the author date, author and subject, following renames.
/// </summary>
/// <remarks>
/// <para>
/// The <c>git</c> program is used rather than a library binding: it is already wherever a repository is, it reads
/// every repository git itself can (any object format, partial clones, worktrees, the user's safe-directory rules),
/// its <c>--follow</c> is the rename detection git users know, and it keeps <c>artrev</c> one self-contained native
/// file (a binding ships a native libgit2 beside it).
/// </para>
/// <para>
/// Drafts are ordered by the author date's instant, never by its text; commits that share a second are placed a
/// millisecond apart in the order git lists them. The author date with its offset is kept as the
/// <c>git.author-date</c> attribute. Merge commits count by their change against their first parent. A commit that
/// deleted the file gives an empty text marked <c>git.deleted</c>. Texts are the committed bytes (no checkout
/// filters) and must be UTF-8. This type is stateless and thread-safe.
/// </para>
/// </remarks>
public static class GitFileHistory
{
    /// <summary>Reads every version of <paramref name="path"/> in <paramref name="repository"/>, oldest first.</summary>
    /// <param name="repository">The repository's folder (or any folder inside its work tree).</param>
    /// <param name="path">The file's path relative to <paramref name="repository"/>, as it is named in the latest commit that has it.</param>
    /// <returns>The drafts in time order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportException">git is missing, the folder is not a repository, no commit touches the path, or git failed; the message says which.</exception>
    /// <exception cref="TextDecodingException">A version of the file is not UTF-8 text.</exception>
    public static IReadOnlyList<RevisionDraft> Read(string repository, string path) =>
        ReadRevisions(repository, path).Select(AttributeBridge.ToDraft).ToList();

    internal static IEnumerable<ImportedRevision> ReadRevisions(string repository, string path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(path);
        var entries = Log(repository, path);
        return Arrange(repository, entries);
    }

    internal static List<GitLogEntry> Log(string repository, string path)
    {
        if (!Directory.Exists(repository))
        {
            throw new ImportException(repository, 0, "no such folder.");
        }

        var output = GitProcess.Run(repository, "log", "--follow", "--diff-merges=first-parent", "--raw", "--no-abbrev", "-z", "--encoding=UTF-8", "--no-color", GitLogParser.Format, "--", path);
        var entries = GitLogParser.Parse(output, repository);
        if (entries.Count == 0)
        {
            throw new ImportException(repository, 0, $"no commit changes '{path}' (the path is relative to the repository folder and names the file as it is called now).");
        }

        entries.Reverse();
        return entries;
    }

    private static IEnumerable<ImportedRevision> Arrange(string repository, List<GitLogEntry> entries)
    {
        using var blobs = GitProcess.Start(repository, redirectInput: true, "cat-file", "--batch");
        foreach (var (at, adjusted, entry) in TimeOrder.Arrange(entries, e => e.At, _ => 0))
        {
            var text = entry.Blob is { } blob ? ReadBlob(blobs, blob, entry, repository) : string.Empty;
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            attributes[AttributeNames.GitCommit] = entry.Commit;
            attributes[AttributeNames.GitAuthorDate] = entry.AuthorDate;
            attributes[AttributeNames.GitPath] = entry.Path;
            if (entry.Email.Length > 0)
            {
                attributes[AttributeNames.GitAuthorEmail] = entry.Email;
            }

            if (entry.Blob is null)
            {
                attributes[AttributeNames.GitDeleted] = "true";
            }

            var draft = new RevisionDraft(text)
            {
                At = at,
                Editor = entry.Author.Length > 0 ? entry.Author : null,
                Note = entry.Subject.Length > 0 ? entry.Subject : null,
            };
            yield return new ImportedRevision(draft, attributes.ToImmutable(), adjusted);
        }

        blobs.Input.Close();
        blobs.Finish();
    }

    private static string ReadBlob(GitProcess git, string blob, GitLogEntry entry, string repository)
    {
        git.Input.Write(Encoding.ASCII.GetBytes(blob + "\n"));
        git.Input.Flush();
        var header = ReadLine(git.Output);
        var parts = header.Split(' ');
        if (parts.Length != 3 || parts[1] != "blob" || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > int.MaxValue)
        {
            throw new ImportException(repository, 0, $"git could not read the blob {blob} of '{entry.Path}' in commit {entry.Commit}: {header}");
        }

        var bytes = new byte[size];
        git.Output.ReadExactly(bytes);
        git.Output.ReadExactly(new byte[1]);
        return ArticleText.Decode(bytes, $"{repository}: {entry.Path} in commit {entry.Commit[..12]}");
    }

    private static string ReadLine(Stream stream)
    {
        var line = new List<byte>(64);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            line.Add((byte)b);
        }

        return Encoding.UTF8.GetString([.. line]);
    }
}
