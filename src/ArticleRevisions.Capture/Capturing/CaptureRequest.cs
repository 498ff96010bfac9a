using ArticleRevisions.Capture.Extraction;

namespace ArticleRevisions.Capture.Capturing;

/// <summary>What to capture into a history: the URL (the history's source when null) and how to extract it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaptureRequest
{
    /// <summary>Gets the URL to fetch; the history's own source when null.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets the declaration to extract with; when null, a shipped declaration for the URL's host, else the automatic extractor.</summary>
    public SourceDeclaration? Declaration { get; init; }

    /// <summary>Gets whether to use the automatic extractor even where a shipped declaration applies.</summary>
    public bool Automatic { get; init; }
}
