using ArticleRevisions.Import.MediaWiki;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Import.Export;

/// <summary>Writes a history out as files other tools read: a snapshot folder, or a MediaWiki XML export.</summary>
/// <remarks>
/// The destination folder must not exist yet, or be empty. Everything is written into a hidden folder beside it
/// first and renamed into place at the end, so a failed export leaves nothing behind. This type is stateless and
/// thread-safe.
/// </remarks>
public static class HistoryExporter
{
    /// <summary>Exports the history at <paramref name="historyPath"/> into the folder <paramref name="directory"/>.</summary>
    /// <param name="historyPath">The history file.</param>
    /// <param name="directory">The folder to create (or an empty one to fill).</param>
    /// <param name="format">
    /// <see cref="ExportFormat.Folder"/>: one file per revision named by its UTC time, <c>manifest.tsv</c> (every
    /// stored field and attribute), <c>article.tsv</c>, the raw sources in <c>raw/</c> and the events in
    /// <c>events.tsv</c> when there are any; a folder import of it gives back the same version 2 history, byte for
    /// byte (a version 1 history comes back as its upgrade to version 2).
    /// <see cref="ExportFormat.MediaWiki"/>: <c>ID.xml</c>, a MediaWiki export that the MediaWiki import reads back.
    /// </param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportException">The destination exists and is not an empty folder.</exception>
    /// <exception cref="HistoryFormatException">The history is not a valid history file.</exception>
    /// <exception cref="IOException">A file cannot be read or written.</exception>
    public static ExportReport Export(string historyPath, string directory, ExportFormat format = ExportFormat.Folder)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        ArgumentNullException.ThrowIfNull(directory);
        var history = HistoryFile.Read(historyPath);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new ImportException(directory, 0, "exists and is not an empty folder; export into a new folder so nothing is overwritten.");
        }

        // Only a root has no parent, and a root is never an empty folder, so it was refused above.
        var parent = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(parent))
        {
            throw new ImportException(directory, 0, $"the folder {parent} does not exist.");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.export.tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            var files = format == ExportFormat.MediaWiki
                ? MediaWikiWriter.WriteFile(history, temporary)
                : FolderWriter.Write(history, RawSourceStore.ForHistory(historyPath), temporary);
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(temporary, full);
            return new ExportReport(historyPath, directory, format, history.Count, files);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
