using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>How to describe the article of a history that an import creates; each value left null gets a default.</summary>
/// <remarks>
/// These values are used only when a history is created. Importing into an existing history keeps its article as it
/// is, and giving any of them then is refused, so that a different zone or title is never silently ignored.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record NewHistoryOptions
{
    /// <summary>Gets the article's slug; by default made from the history file's name.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the article's title; by default the source's own (a page title, a file name).</summary>
    public string? Title { get; init; }

    /// <summary>Gets the zone the article's times are shown in (and local times in a manifest read in); UTC by default.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets the article's BCP 47 language tag; the source's own where it declares one, else undetermined.</summary>
    public string? Language { get; init; }

    /// <summary>Gets where the article is published; the source's own where it knows one.</summary>
    public Uri? Source { get; init; }

    /// <summary>Gets whether any value is set.</summary>
    public bool IsEmpty => Id is null && Title is null && Zone is null && Language is null && Source is null;
}
