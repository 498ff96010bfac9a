using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>
/// Imports a MediaWiki XML export or dump into a collection folder: one history file per page, named from its title.
/// </summary>
/// <remarks>
/// <para>
/// The file is read as a stream (gzip-compressed files too), so memory depends on the largest revision and on the
/// number of revisions of one page, never on the file's size: a page's texts beyond 32 MB wait in a temporary file.
/// Each page's revisions are put in timestamp order (then by revision id) whatever order the file lists them in;
/// revisions that share a second are placed a millisecond apart, keeping the export's timestamp as the
/// <c>mediawiki.timestamp</c> attribute. A page whose history file exists in the folder gets only the revisions newer
/// than its latest one.
/// </para>
/// <para>
/// Nothing is put in place until the whole file has been read: every history is written to a temporary file beside
/// it, verified, and renamed into place at the end, so a file that fails half way changes nothing. This type is
/// stateless and thread-safe.
/// </para>
/// </remarks>
public static class MediaWikiImporter
{
    internal const long MemoryBudgetChars = 16L * 1024 * 1024;

    /// <summary>Imports the export file at <paramref name="file"/> into <paramref name="outputFolder"/>.</summary>
    /// <param name="file">The XML file, plain or gzip-compressed.</param>
    /// <param name="outputFolder">The collection folder; created when absent (its parent must exist).</param>
    /// <param name="options">The zone and language of new histories (UTC, and the wiki's language, by default); the other values do not apply.</param>
    /// <param name="progress">Told how far the import has got, after each page.</param>
    /// <returns>What was read and written, one entry per page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="outputFolder"/> is null.</exception>
    /// <exception cref="ImportException">The file is not a MediaWiki export, is not well-formed, declares a DTD, holds a title that MediaWiki itself refuses, or lacks texts; the message names the line.</exception>
    /// <exception cref="HistoryFormatException">A history in the folder is not a valid history file.</exception>
    /// <exception cref="IOException">A file cannot be read or written, or a history changed during the import.</exception>
    public static ImportReport Import(string file, string outputFolder, NewHistoryOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(outputFolder);
        if (Directory.Exists(file) || !File.Exists(file))
        {
            throw new ImportException(file, 0, Directory.Exists(file) ? "is a folder; give the XML export file." : "no such file.");
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Import(stream, file, outputFolder, options, progress);
    }

    /// <summary>Imports an export read from <paramref name="stream"/>, such as standard input, into <paramref name="outputFolder"/>.</summary>
    /// <param name="stream">The XML, plain or (when the stream can seek) gzip-compressed; read to its end, not closed.</param>
    /// <param name="sourceName">How to name the input in errors, such as <c>-</c>.</param>
    /// <param name="outputFolder">The collection folder; created when absent (its parent must exist).</param>
    /// <param name="options">The zone and language of new histories; the other values do not apply.</param>
    /// <param name="progress">Told how far the import has got, after each page.</param>
    /// <returns>What was read and written, one entry per page.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ImportException">The input is not a usable MediaWiki export; the message names the line.</exception>
    /// <exception cref="HistoryFormatException">A history in the folder is not a valid history file.</exception>
    /// <exception cref="IOException">A file cannot be read or written, or a history changed during the import.</exception>
    public static ImportReport Import(Stream stream, string sourceName, string outputFolder, NewHistoryOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(outputFolder);
        options ??= new NewHistoryOptions();
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var createdFolder = PrepareFolder(outputFolder, folder);
        try
        {
            return ImportInto(stream, sourceName, outputFolder, folder, options, progress);
        }
        catch
        {
            // A folder this import created and left empty goes too: a failed import leaves nothing behind.
            if (createdFolder && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }

            throw;
        }
    }

    private static ImportReport ImportInto(Stream stream, string sourceName, string outputFolder, string folder, NewHistoryOptions options, IProgress<ImportProgress>? progress)
    {
        long? total = stream.CanSeek ? stream.Length : null;
        var counting = new CountingStream(stream);
        using var input = OpenMaybeCompressed(counting);
        using var parser = new MediaWikiParser(input, sourceName);
        using var buffer = new PageBuffer(folder, MemoryBudgetChars);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new Dictionary<string, (string Path, string Id)>(StringComparer.Ordinal);
        var outcomes = new List<ImportedHistory>();
        var pages = 0;
        long revisions = 0;
        try
        {
            while (parser.ReadPage((_, revision) => buffer.Add(revision)) is { } page)
            {
                if (PageTitles.Problem(page.Title) is { } problem)
                {
                    throw new ImportException(sourceName, page.Line, problem + " The export is refused from this page on.");
                }

                // A title listed twice in one export goes to the same history, which then gets only what is newer.
                if (!places.TryGetValue(page.Title, out var place))
                {
                    place = PageTitles.Place(folder, page.Title, p => files.ContainsKey(p) || (File.Exists(p) && HistoryFile.Open(p).Article.Title != page.Title));
                    places.Add(page.Title, place);
                    files.Add(place.Path, page.Title);
                }

                var article = new Article(place.Id, page.Title, options.Zone ?? DateTimeZone.Utc, options.Language ?? LanguageOf(parser.Language), PageUrl(parser.BaseUrl, page.Title));
                using (var staging = HistoryStaging.Begin(Path.Combine(outputFolder, Path.GetFileName(place.Path)), () => article))
                {
                    foreach (var revision in Arrange(buffer))
                    {
                        staging.Add(revision);
                    }

                    outcomes.Add(staging.Commit());
                }

                pages++;
                revisions += buffer.Count;
                buffer.Clear();
                progress?.Report(new ImportProgress(counting.BytesRead, total, pages, revisions));
            }

            return new ImportReport(sourceName, Merge(outcomes));
        }
        catch (ImportException e) when (pages > 0)
        {
            throw new ImportException(e.SourceName, e.Line, $"{e.Reason} The {pages} page{(pages == 1 ? string.Empty : "s")} before it {(pages == 1 ? "was" : "were")} imported, each history whole; import the file again once it is fixed to add the rest.", e);
        }
    }

    /// <summary>One entry per history: a title listed more than once in the export adds its listings up.</summary>
    private static IEnumerable<ImportedHistory> Merge(List<ImportedHistory> outcomes) =>
        outcomes.GroupBy(o => o.Path, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a with
        {
            Read = a.Read + b.Read,
            Added = a.Added + b.Added,
            AlreadyPresent = a.AlreadyPresent + b.AlreadyPresent,
            Unchanged = a.Unchanged + b.Unchanged,
            Suppressed = a.Suppressed + b.Suppressed,
            TimesAdjusted = a.TimesAdjusted + b.TimesAdjusted,
            FirstAdded = a.FirstAdded ?? b.FirstAdded,
            LastAdded = b.LastAdded ?? a.LastAdded,
            Total = b.Total,
        }));

    /// <summary>The page's revisions as drafts in time order, with the export's facts as attributes.</summary>
    internal static IEnumerable<ImportedRevision> Arrange(PageBuffer buffer)
    {
        var indexes = Enumerable.Range(0, buffer.Count).ToList();
        foreach (var (at, adjusted, index) in TimeOrder.Arrange(indexes, i => buffer.Revisions[i].Timestamp, i => buffer.Revisions[i].Id ?? long.MaxValue))
        {
            yield return ToRevision(buffer.Revisions[index], buffer.TextOf(index), at, adjusted);
        }
    }

    internal static ImportedRevision ToRevision(RawRevision raw, string text, Instant at, bool adjusted)
    {
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (raw.Id is { } id)
        {
            attributes[AttributeNames.MediaWikiRevisionId] = id.ToString(CultureInfo.InvariantCulture);
        }

        if (raw.ParentId is { } parent)
        {
            attributes[AttributeNames.MediaWikiParentId] = parent.ToString(CultureInfo.InvariantCulture);
        }

        if (raw.Minor)
        {
            attributes[AttributeNames.MediaWikiMinor] = "true";
        }

        if (adjusted)
        {
            attributes[AttributeNames.MediaWikiTimestamp] = raw.TimestampText;
        }

        var suppressed = string.Join(',', new[] { (raw.TextSuppressed, "text"), (raw.EditorSuppressed, "editor"), (raw.CommentSuppressed, "note") }.Where(p => p.Item1).Select(p => p.Item2));
        if (suppressed.Length > 0)
        {
            attributes[AttributeNames.Suppressed] = suppressed;
        }

        var draft = new RevisionDraft(raw.TextSuppressed ? string.Empty : text)
        {
            At = at,
            Editor = raw.Editor,
            Note = raw.Comment,
        };
        return new ImportedRevision(draft, attributes.ToImmutable(), adjusted);
    }

    /// <summary>Creates the collection folder when absent; returns whether it did.</summary>
    private static bool PrepareFolder(string outputFolder, string folder)
    {
        if (File.Exists(folder))
        {
            throw new ImportException(outputFolder, 0, "is a file; give a folder for the histories (it is created when absent).");
        }

        var parent = Path.GetDirectoryName(folder);
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new ImportException(outputFolder, 0, $"the folder {parent} does not exist.");
        }

        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        return created;
    }

    private static Stream OpenMaybeCompressed(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return stream;
        }

        Span<byte> magic = stackalloc byte[2];
        var start = stream.Position;
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
    }

    private static string? LanguageOf(string? xmlLang) => Article.IsValidLanguage(xmlLang) ? xmlLang : null;

    /// <summary>The page's address on its wiki: the main page's address from siteinfo with the title in place of the main page's.</summary>
    private static Uri? PageUrl(string? baseUrl, string title)
    {
        if (baseUrl is null || !Article.TryParseSource(baseUrl, out var main))
        {
            return null;
        }

        var prefix = main.OriginalString[..(main.OriginalString.LastIndexOf('/') + 1)];
        var escaped = Uri.EscapeDataString(title.Replace(' ', '_')).Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal);
        return Article.TryParseSource(prefix + escaped, out var page) ? page : null;
    }
}
