using System.Collections.Immutable;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>
/// The answer to "what changed in this collection, and where?": its articles, the most recently substantively
/// edited first, with their counts and activity on one shared time axis.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CollectionIndex
{
    private CollectionIndex(string title, ImmutableArray<CollectionEntry> entries, Interval? span)
    {
        Title = title;
        Entries = entries;
        Span = span;
    }

    /// <summary>Gets the collection's title, such as its folder's name.</summary>
    public string Title { get; }

    /// <summary>
    /// Gets the articles: those with a substantive edit first, the latest such edit first; then the others, the
    /// latest revision first; ties by name.
    /// </summary>
    public ImmutableArray<CollectionEntry> Entries { get; }

    /// <summary>Gets the time all the articles cover together, the axis their activity is drawn on; null when none has revisions or events.</summary>
    public Interval? Span { get; }

    /// <summary>Builds the index of <paramref name="entries"/>.</summary>
    /// <param name="title">The collection's title; not empty.</param>
    /// <param name="entries">One entry per article; names must be distinct.</param>
    /// <returns>The index, sorted.</returns>
    /// <exception cref="ArgumentNullException">An argument or an entry is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty, or two entries have the same name.</exception>
    public static CollectionIndex Create(string title, IEnumerable<CollectionEntry> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        if (list.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(entries), "An entry is null.");
        }

        if (list.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two entries are named '{twice.Key}'.", nameof(entries));
        }

        var sorted = list
            .OrderBy(e => e.LastSubstantiveEdit is null ? 1 : 0)
            .ThenByDescending(e => e.LastSubstantiveEdit ?? e.Latest ?? Instant.MinValue)
            .ThenByDescending(e => e.Latest ?? Instant.MinValue)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        var spans = sorted.Select(e => e.Span).OfType<Interval>().ToArray();
        Interval? span = spans.Length == 0 ? null : new Interval(spans.Min(s => s.Start), spans.Max(s => s.End));
        return new CollectionIndex(title, sorted, span);
    }
}
