using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>What an import did to one history file.</summary>
/// <remarks>
/// Every revision read is counted once in <see cref="Added"/>, <see cref="AlreadyPresent"/> or
/// <see cref="Unchanged"/>. This type is immutable and thread-safe.
/// </remarks>
public sealed record ImportedHistory
{
    /// <summary>Gets the history file's path.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the article the history is about.</summary>
    public required Article Article { get; init; }

    /// <summary>Gets whether the import created the history (rather than appending to one that existed).</summary>
    public required bool Created { get; init; }

    /// <summary>Gets how many revisions the source held for this history.</summary>
    public required int Read { get; init; }

    /// <summary>Gets how many revisions were appended.</summary>
    public required int Added { get; init; }

    /// <summary>Gets how many were left out because they are not newer than the history's latest revision before the import.</summary>
    public required int AlreadyPresent { get; init; }

    /// <summary>Gets how many were left out because their text equals the revision before them.</summary>
    public required int Unchanged { get; init; }

    /// <summary>Gets how many appended revisions had their text, editor or note suppressed at the source.</summary>
    public required int Suppressed { get; init; }

    /// <summary>
    /// Gets how many appended revisions shared a time with the one before them (the source counts whole seconds) and
    /// were placed one millisecond after it, so that times strictly increase; the source's own time is kept as an
    /// attribute.
    /// </summary>
    public required int TimesAdjusted { get; init; }

    /// <summary>Gets when the first appended revision became current, if any was appended.</summary>
    public Instant? FirstAdded { get; init; }

    /// <summary>Gets when the last appended revision became current, if any was appended.</summary>
    public Instant? LastAdded { get; init; }

    /// <summary>Gets the number of revisions in the history after the import.</summary>
    public required int Total { get; init; }
}
