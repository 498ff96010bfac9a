namespace ArticleRevisions.Capture.Storage;

/// <summary>What happened to a watched source that is not a new version of its text.</summary>
public enum CaptureEventKind
{
    /// <summary>The page disappeared: 404, 410, or a redirect to a front page.</summary>
    Gone,

    /// <summary>The page came back after it had gone.</summary>
    Back,

    /// <summary>The extraction was rerun on the same raw page and changed only the extracted text; not an edit by the publisher.</summary>
    ReExtracted,

    /// <summary>No article could be extracted: a declared selector matched nothing, or the page holds no text.</summary>
    Broken,

    /// <summary>The page was larger than the size limit and was not kept.</summary>
    TooLarge,
}
