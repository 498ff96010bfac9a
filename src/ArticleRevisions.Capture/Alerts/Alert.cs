using System.Collections.Immutable;
using NodaTime;

namespace ArticleRevisions.Capture.Alerts;

/// <summary>An alert about one edit: which article, which revision, the verdict, a summary and a small diff.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Alert
{
    /// <summary>Gets the article's id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Gets the article's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the page watched.</summary>
    public required Uri Source { get; init; }

    /// <summary>Gets the revision that made the edit.</summary>
    public required int Revision { get; init; }

    /// <summary>Gets when the edit was observed.</summary>
    public required Instant ObservedAt { get; init; }

    /// <summary>Gets when the version before it was last seen, the start of the window in which the edit happened.</summary>
    public Instant? PreviousSeenAt { get; init; }

    /// <summary>Gets whether the edit is a stealth edit: substantive, with no note.</summary>
    public required bool Stealth { get; init; }

    /// <summary>Gets the edit's labels, such as <c>numberOrDate</c> or <c>textRemoved</c>.</summary>
    public ImmutableArray<string> Labels { get; init; } = [];

    /// <summary>Gets the one-line summary of the change.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets a small inline diff of the changed paragraphs, cut to a few thousand characters.</summary>
    public required string Diff { get; init; }

    /// <summary>Gets the phrases of the filter that the edit touched.</summary>
    public ImmutableArray<string> Phrases { get; init; } = [];
}
