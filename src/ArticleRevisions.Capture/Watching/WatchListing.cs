using System.Collections.Immutable;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Capture.Watching;

/// <summary>A collection's sources with how many revisions each history holds and what capture knows of each: the answer of <c>watch list</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WatchListing
{
    private WatchListing(ImmutableArray<WatchListEntry> entries) => Entries = entries;

    /// <summary>Gets the sources in the watch list's order.</summary>
    public ImmutableArray<WatchListEntry> Entries { get; }

    /// <summary>Reads the collection in <paramref name="directory"/>: its watch list, each page's history (its index only) and capture state.</summary>
    /// <param name="directory">The collection's folder.</param>
    /// <returns>The listing; empty when the folder has no watch list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="WatchListException">The watch list is malformed.</exception>
    /// <exception cref="HistoryFormatException">A history file is malformed.</exception>
    /// <exception cref="InvalidDataException">A capture state file is malformed.</exception>
    public static WatchListing Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var entries = WatchListFile.Load(directory).Sources.Select(source =>
        {
            if (source.Kind == WatchSourceKind.Feed)
            {
                return new WatchListEntry(source, null, null);
            }

            var history = Path.Combine(directory, source.HistoryFileName);
            return new WatchListEntry(source, File.Exists(history) ? HistoryFile.Open(history).Count : 0, PageCapturer.ReadState(history));
        });
        return new WatchListing([.. entries]);
    }
}
