using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Model;

namespace ArticleRevisions.Capture.Capturing;

/// <summary>What to capture into a history: the URL (the history's source when null), how to extract it, and the article of a history not created yet.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaptureRequest
{
    /// <summary>Gets the URL to fetch; the history's own source when null.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets the declaration to extract with; when null, a shipped declaration for the URL's host, else the automatic extractor.</summary>
    public SourceDeclaration? Declaration { get; init; }

    /// <summary>Gets whether to use the automatic extractor even where a shipped declaration applies.</summary>
    public bool Automatic { get; init; }

    /// <summary>
    /// Gets the article a new history is about, used only when no file is at the history's path: the history is then
    /// created together with the first thing the capture records, and not at all when it records nothing. When null,
    /// the history must exist.
    /// </summary>
    public Article? Article { get; init; }
}
