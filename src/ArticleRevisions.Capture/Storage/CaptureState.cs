using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Capture.Storage;

/// <summary>What capture remembers about a source between runs: validators for conditional requests, whether it is gone, the extraction in force and the polling schedule.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaptureState
{
    /// <summary>Gets the empty state of a source never fetched.</summary>
    public static CaptureState Empty { get; } = new();

    /// <summary>Gets the URL last fetched (validators are only sent back to the same URL).</summary>
    public Uri? FetchedUri { get; init; }

    /// <summary>Gets the last response's ETag.</summary>
    public string? ETag { get; init; }

    /// <summary>Gets the last response's Last-Modified.</summary>
    public string? LastModified { get; init; }

    /// <summary>Gets when the source was last checked, whatever the result.</summary>
    public Instant? LastCheck { get; init; }

    /// <summary>Gets the last time the current text was seen unchanged: the honest start of the window in which the next change happened.</summary>
    public Instant? LastSeenUnchanged { get; init; }

    /// <summary>Gets the last HTTP status seen.</summary>
    public int? LastStatus { get; init; }

    /// <summary>Gets whether the source is gone now: the history's latest source event says it went (a 404, 410 or front-page redirect), not that it came back.</summary>
    public bool Gone { get; init; }

    /// <summary>Gets whether the source is broken now (its last extraction failed).</summary>
    public bool Broken { get; init; }

    /// <summary>Gets whether the source was too large at its last check.</summary>
    public bool TooLarge { get; init; }

    /// <summary>Gets the raw page last fetched with the current text, kept in the history's raw-source store (the latest revision's when capture has seen none since).</summary>
    public RawSourceReference? Raw { get; init; }

    /// <summary>Gets the extractor that produced the current text.</summary>
    public string? Extractor { get; init; }

    /// <summary>Gets how many checks in a row found the text unchanged (drives the back-off).</summary>
    public int UnchangedStreak { get; init; }

    /// <summary>Gets when the source is next due to be checked.</summary>
    public Instant? NextDue { get; init; }
}
