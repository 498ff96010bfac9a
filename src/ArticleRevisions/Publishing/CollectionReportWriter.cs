using System.Text;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Publishing;

/// <summary>
/// Publishes a collection (a folder of history files, such as a watched collection) as a folder of HTML pages:
/// <c>index.html</c>, the articles sorted by their latest substantive edit with counts and sparklines, and
/// <c>articles/NAME.html</c>, one full report per history, each linking back to the index.
/// </summary>
/// <remarks>
/// Every page is self-contained (the stylesheet inline, no scripts, nothing fetched). The folder is written under a
/// hidden temporary name and renamed into place when complete; an earlier report in the same folder is replaced
/// only then. This type is stateless and thread-safe.
/// </remarks>
public static class CollectionReportWriter
{
    /// <summary>The name of the index page.</summary>
    public const string IndexFileName = "index.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads every history in <paramref name="collection"/> and writes the report folder <paramref name="output"/>.</summary>
    /// <param name="collection">The folder holding the histories: every <c>*.jsonl</c> file that starts as a history does; other files are ignored.</param>
    /// <param name="output">The folder to write: new, empty, or one this method wrote before (it is replaced).</param>
    /// <param name="options">How each article's page is written (its index link is set here); the defaults when null.</param>
    /// <returns>The index the pages were written from.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="collection"/> does not exist, or the folder that should hold <paramref name="output"/> does not.</exception>
    /// <exception cref="IOException"><paramref name="output"/> is a file, or a folder holding something other than an earlier report, or a file cannot be read or written; nothing is left behind.</exception>
    /// <exception cref="HistoryFormatException">A history is damaged (the message names it); nothing is written.</exception>
    public static CollectionIndex Write(string collection, string output, HtmlHistoryReportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        ArgumentException.ThrowIfNullOrEmpty(output);
        if (!Directory.Exists(collection))
        {
            throw new DirectoryNotFoundException($"{collection}: no such folder.");
        }

        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        CheckOutput(output, full);
        var histories = Directory.EnumerateFiles(collection, "*.jsonl")
            .Where(HistoryFile.IsHistoryFile)
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Report: HistoryReport.Create(HistoryFile.Open(path).History)))
            .ToList();
        var index = CollectionIndex.Create(new DirectoryInfo(Path.GetFullPath(collection)).Name, histories.Select(h => CollectionEntry.From(h.Name, h.Report)));

        var parent = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var previous = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.old");
        try
        {
            var indexOptions = HtmlCollectionIndexOptions.Default;
            Directory.CreateDirectory(Path.Combine(temporary, indexOptions.ArticlesFolder));
            var pageOptions = (options ?? HtmlHistoryReportOptions.Default) with { IndexHref = "../" + IndexFileName };
            foreach (var (name, report) in histories)
            {
                File.WriteAllText(Path.Combine(temporary, indexOptions.ArticlesFolder, name + ".html"), new HtmlHistoryReportRenderer(pageOptions).RenderToString(report), Utf8);
            }

            File.WriteAllText(Path.Combine(temporary, IndexFileName), new HtmlCollectionIndexRenderer(indexOptions).RenderToString(index), Utf8);
            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            Directory.Move(temporary, full);
            return index;
        }
        finally
        {
            foreach (var leftover in new[] { temporary, previous })
            {
                if (Directory.Exists(leftover))
                {
                    Directory.Delete(leftover, recursive: true);
                }
            }
        }
    }

    private static void CheckOutput(string output, string full)
    {
        if (File.Exists(full))
        {
            throw new IOException($"{output}: is a file; give a folder for the report.");
        }

        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{output}: the folder {parent} does not exist.");
        }

        if (Directory.Exists(full))
        {
            var entries = Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            entries.ExceptWith([IndexFileName, HtmlCollectionIndexOptions.Default.ArticlesFolder.TrimEnd('/')]);
            if (entries.Count > 0)
            {
                throw new IOException($"{output}: holds files that are not an earlier report (such as {entries.Order(StringComparer.Ordinal).First()}); give a new folder for the report.");
            }
        }
    }
}
