using ArticleRevisions.Capture.Storage;

namespace ArticleRevisions.Capture.Watching;

/// <summary>One source of a collection as <see cref="WatchListing"/> reports it: the source, how many revisions its history holds, and what capture knows of it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Source">The source as the watch list names it.</param>
/// <param name="Revisions">How many revisions its history holds; null for a feed, 0 for a page not captured yet.</param>
/// <param name="State">What capture knows of a page (checked, gone, broken, …); null for a feed.</param>
public sealed record WatchListEntry(WatchSource Source, int? Revisions, CaptureState? State);
