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
    /// <remarks>
    /// Nothing is written unless every snapshot was read: a new history is written beside its path, checked and
    /// renamed into place; an existing one gets every new snapshot with one write. The raw sources a manifest names
    /// (<c>raw</c>, <c>raw-type</c>) go into the history's raw-source store, and the events of an exported folder's
    /// <c>events.tsv</c> are recorded after the snapshot they followed.
    /// </remarks>
    public static ImportReport Import(string directory, string historyPath, NewHistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(historyPath);
        options ??= new NewHistoryOptions();
        var fields = File.Exists(historyPath) ? ArticleFields.None : ArticleFields.Read(directory);
        using var staging = HistoryStaging.Begin(historyPath, () => NewArticle(directory, historyPath, options, fields), options);
        var set = SnapshotFolder.ReadSet(directory, staging.Article.Zone);
        var events = set.Events.ToLookup(e => e.After);
        if (set.Events.FirstOrDefault(e => e.After > set.Snapshots.Count) is { } beyond)
        {
            throw new ImportException(Path.Combine(directory, EventTable.FileName), beyond.Line, $"the event follows snapshot {beyond.After}, but the folder holds {set.Snapshots.Count}.");
        }

        // Events follow the snapshot they followed in the history exported: those after a snapshot the history
        // already had are already there too; those before the first snapshot belong to a new history only.
        var numbers = new Dictionary<int, int>();
        if (staging.Created)
        {
            Record(0);
        }

        for (var i = 0; i < set.Snapshots.Count; i++)
        {
            if (staging.Add(set.Snapshots[i].Revision))
            {
                numbers[i + 1] = staging.Count;
                Record(i + 1);
            }
        }

        return new ImportReport(directory, [staging.Commit()], set.LeftOut);

        void Record(int after)
        {
            foreach (var row in events[after])
            {
                if (row.Revision is { } named && !numbers.ContainsKey(named))
                {
                    continue;
                }

                try
                {
                    staging.Record(row.ToEvent(row.Revision is { } revision ? numbers[revision] : null));
                }
                catch (ArgumentException e)
                {
                    throw new ImportException(Path.Combine(directory, EventTable.FileName), row.Line, e.Message.Split(" (Parameter", 2)[0], e);
                }
            }
        }
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
