namespace ArticleRevisions.Import.MediaWiki;

/// <summary>Reads the pages of a MediaWiki XML export as drafts, one page at a time.</summary>
/// <remarks>
/// Each page is held in memory with all its revisions while it is handed out; to import dumps with very long
/// histories in bounded memory, use <see cref="MediaWikiImporter"/>. The same safety rules apply: DTDs are refused,
/// declared encodings honoured, titles that MediaWiki itself refuses reported. This type is stateless and thread-safe.
/// </remarks>
public static class MediaWikiReader
{
    /// <summary>Reads the pages of the export in <paramref name="stream"/>, lazily, in the order the export lists them.</summary>
    /// <param name="stream">The XML; not closed.</param>
    /// <param name="sourceName">How to name the input in errors.</param>
    /// <returns>The pages, each with its revisions in time order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportException">While enumerating: the input is not a usable MediaWiki export; the message names the line.</exception>
    public static IEnumerable<MediaWikiPage> ReadPages(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Enumerate(stream, sourceName);
    }

    private static IEnumerable<MediaWikiPage> Enumerate(Stream stream, string sourceName)
    {
        using var parser = new MediaWikiParser(stream, sourceName);
        using var buffer = new PageBuffer(Path.GetTempPath(), long.MaxValue);
        while (parser.ReadPage((_, revision) => buffer.Add(revision)) is { } page)
        {
            if (PageTitles.Problem(page.Title) is { } problem)
            {
                throw new ImportException(sourceName, page.Line, problem);
            }

            var drafts = MediaWikiImporter.Arrange(buffer).Select(r => AttributeBridge.ToDraft(r)).ToList();
            buffer.Clear();
            yield return new MediaWikiPage(page.Title, page.Namespace, page.Id, drafts);
        }
    }
}
