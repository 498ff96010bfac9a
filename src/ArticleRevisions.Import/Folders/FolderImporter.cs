using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>Imports a folder of saved versions (see <see cref="SnapshotFolder"/>) into one history file.</summary>
/// <remarks>This type is stateless and thread-safe; two imports into the same history at once are not (the second is refused).</remarks>
public static class FolderImporter
{
    /// <summary>
    /// Appends the folder's snapshots that are newer than the history's latest revision to the history at
    /// <paramref name="historyPath"/>, creating it when absent.
    /// </summary>
    /// <param name="directory">The folder of snapshots.</param>
    /// <param name="historyPath">The history file.</param>
    /// <param name="options">
    /// How to describe a new history; unset values come from the folder's <c>article.tsv</c> (written by an export) or
    /// default to an id made from the history's file name, the folder's name as title, and UTC.
    /// </param>
    /// <returns>What was read and written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> or <paramref name="historyPath"/> is null.</exception>
    /// <exception cref="ImportException">The folder, its manifest or a file name is not usable, or options were given for a history that exists.</exception>
    /// <exception cref="TextDecodingException">A snapshot is not UTF-8 text.</exception>
    /// <exception cref="HistoryFormatException">The existing history is not a valid history file.</exception>
    /// <exception cref="IOException">A file cannot be read or written, or the history changed during the import (nothing is written then).</exception>
    /// <remarks>Nothing is written unless every snapshot was read: the history is built in a copy, verified and renamed into place whole.</remarks>
    public static ImportReport Import(string directory, string historyPath, NewHistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(historyPath);
        options ??= new NewHistoryOptions();
        var fields = File.Exists(historyPath) ? ArticleFields.None : ArticleFields.Read(directory);
        using var staging = HistoryStaging.Begin(historyPath, () => NewArticle(directory, historyPath, options, fields), options);
        var set = SnapshotFolder.ReadSet(directory, staging.Article.Zone);
        foreach (var snapshot in set.Snapshots)
        {
            staging.Add(snapshot.Revision);
        }

        return new ImportReport(directory, [staging.Commit()], set.LeftOut);
    }

    private static Article NewArticle(string directory, string historyPath, NewHistoryOptions options, ArticleFields fields)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new Article(
            options.Id ?? fields.Id ?? FileNames.Slug(Path.GetFileNameWithoutExtension(historyPath)),
            options.Title ?? fields.Title ?? (string.IsNullOrWhiteSpace(folderName) ? "Snapshots" : folderName),
            options.Zone ?? fields.Zone ?? DateTimeZone.Utc,
            options.Language ?? fields.Language,
            options.Source ?? fields.Source);
    }
}
