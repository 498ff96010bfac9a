namespace ArticleRevisions.Capture.Capturing;

/// <summary>What one capture of a source found and recorded.</summary>
public enum CaptureOutcome
{
    /// <summary>The extracted text changed (or this is the first capture): a revision was added.</summary>
    Added,

    /// <summary>The server answered 304 Not Modified: nothing was downloaded or recorded.</summary>
    NotModified,

    /// <summary>The page was downloaded but its extracted text is the same: nothing was recorded.</summary>
    Unchanged,

    /// <summary>The same raw page gave a different text only because the extractor changed: a revision with the new text, and an extraction re-run event naming it, so it is not taken for an edit.</summary>
    ReExtracted,

    /// <summary>The page disappeared (404, 410, redirect to a front page): recorded as an event.</summary>
    Gone,

    /// <summary>The page is still gone: nothing new was recorded.</summary>
    StillGone,

    /// <summary>The page came back after it had gone: recorded as an event, with a revision too when its text changed.</summary>
    Back,

    /// <summary>No article could be extracted (a declared selector matched nothing, or no text): reported and kept in the capture state, never recorded as empty text.</summary>
    Broken,

    /// <summary>The page was larger than the size limit: it was cut there, reported and kept in the capture state, and not stored.</summary>
    TooLarge,

    /// <summary>The fetch failed (timeout, network error, a server error, too many redirects): nothing was recorded; try again later.</summary>
    Failed,
}
