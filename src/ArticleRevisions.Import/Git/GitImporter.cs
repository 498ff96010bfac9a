using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Git;

/// <summary>Imports the history of one file in a git repository (see <see cref="GitFileHistory"/>) into a history file.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class GitImporter
{
    /// <summary>
    /// Appends the versions of <paramref name="path"/> newer than the history's latest revision to the history at
    /// <paramref name="historyPath"/>, creating it when absent.
    /// </summary>
    /// <param name="repository">The repository's folder.</param>
    /// <param name="path">The file's path relative to <paramref name="repository"/>, as it is called now.</param>
    /// <param name="historyPath">The history file.</param>
    /// <param name="options">How to describe a new history; by default an id made from the history's file name, the file's name as title, and UTC.</param>
    /// <returns>What was read and written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/>, <paramref name="path"/> or <paramref name="historyPath"/> is null.</exception>
    /// <exception cref="ImportException">git is missing or failed, no commit touches the path, or options were given for a history that exists.</exception>
    /// <exception cref="TextDecodingException">A version of the file is not UTF-8 text.</exception>
    /// <exception cref="HistoryFormatException">The existing history is not a valid history file.</exception>
    /// <exception cref="IOException">A file cannot be written, or the history changed during the import (nothing is written then).</exception>
    public static ImportReport Import(string repository, string path, string historyPath, NewHistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(historyPath);
        options ??= new NewHistoryOptions();
        // The log is read first, so a wrong repository or path is reported before anything is staged.
        var revisions = GitFileHistory.ReadRevisions(repository, path);
        using var staging = HistoryStaging.Begin(historyPath, () => new Article(
            options.Id ?? FileNames.Slug(Path.GetFileNameWithoutExtension(historyPath)),
            options.Title ?? Path.GetFileName(path.TrimEnd('/', '\\')),
            options.Zone ?? DateTimeZone.Utc,
            options.Language,
            options.Source), options);
        foreach (var revision in revisions)
        {
            staging.Add(revision);
        }

        return new ImportReport($"{repository}: {path}", [staging.Commit()]);
    }
}
