using System.Collections.Immutable;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Capture.Capturing;

/// <summary>The outcome of capturing one source once: what was fetched, what was found and what was recorded.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaptureResult
{
    /// <summary>Gets what happened.</summary>
    public required CaptureOutcome Outcome { get; init; }

    /// <summary>Gets the history file captured into.</summary>
    public required string HistoryPath { get; init; }

    /// <summary>Gets the article captured.</summary>
    public required Article Article { get; init; }

    /// <summary>Gets the source's URL as the history keeps it.</summary>
    public required Uri Source { get; init; }

    /// <summary>Gets when the capture was made.</summary>
    public required Instant At { get; init; }

    /// <summary>Gets the fetch behind the capture; null for a re-extraction from the stored raw page.</summary>
    public FetchResult? Fetch { get; init; }

    /// <summary>Gets the revision added, for <see cref="CaptureOutcome.Added"/>, <see cref="CaptureOutcome.ReExtracted"/> and a <see cref="CaptureOutcome.Back"/> whose text changed.</summary>
    public Revision? Revision { get; init; }

    /// <summary>Gets the revision before the one added, if any.</summary>
    public Revision? Previous { get; init; }

    /// <summary>Gets how many words the added revision added to the one before it (all its words for a first revision), when a revision was added.</summary>
    public int? WordsAdded { get; init; }

    /// <summary>Gets how many words the added revision removed from the one before it, when a revision was added.</summary>
    public int? WordsRemoved { get; init; }

    /// <summary>Gets the events the capture recorded in the history (a source gone or back, a move, a re-run extraction), in chain order.</summary>
    public ImmutableArray<RecordedEvent> Events { get; init; } = [];

    /// <summary>Gets the extractor that produced the text, if extraction ran.</summary>
    public string? Extractor { get; init; }

    /// <summary>Gets the attributes recorded with the revision (HTTP status, ETag, claimed times, extractor, …).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Gets a one-line explanation for the outcomes that need one (why it is gone, broken, failed).</summary>
    public string? Detail { get; init; }

    /// <summary>Gets whether anything was written to the history (a revision or an event); the capture state beside it is not counted.</summary>
    public bool Recorded { get; init; }
}
