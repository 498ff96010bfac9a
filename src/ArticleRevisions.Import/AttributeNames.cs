namespace ArticleRevisions.Import;

/// <summary>The revision attribute keys the importers write, so readers of a history can find the source's facts.</summary>
/// <remarks>Keys are dotted lowercase names; values are plain text. This type is stateless and thread-safe.</remarks>
public static class AttributeNames
{
    /// <summary>
    /// Which parts of a revision its source withheld, comma-separated in this order: <c>text</c>, <c>editor</c>,
    /// <c>note</c>. A withheld part is never invented: the text is stored empty, the editor and note absent.
    /// </summary>
    public const string Suppressed = Model.RevisionAttributes.SuppressedKey;

    /// <summary>The MediaWiki revision id.</summary>
    public const string MediaWikiRevisionId = "mediawiki.revid";

    /// <summary>The id of the revision this one was made from, where the export says.</summary>
    public const string MediaWikiParentId = "mediawiki.parentid";

    /// <summary><c>true</c> when the editor marked the revision as a minor edit.</summary>
    public const string MediaWikiMinor = "mediawiki.minor";

    /// <summary>The revision's timestamp exactly as the export wrote it, kept when the stored time had to be moved.</summary>
    public const string MediaWikiTimestamp = "mediawiki.timestamp";

    /// <summary>The full hash of the commit.</summary>
    public const string GitCommit = "git.commit";

    /// <summary>The author date exactly as git gives it, with its offset (such as <c>2025-01-07T10:12:00+04:30</c>).</summary>
    public const string GitAuthorDate = "git.author-date";

    /// <summary>The author's e-mail address.</summary>
    public const string GitAuthorEmail = "git.author-email";

    /// <summary>The file's path in the commit (it changes where the file was renamed).</summary>
    public const string GitPath = "git.path";

    /// <summary><c>true</c> when the commit deleted the file; the revision's text is then empty.</summary>
    public const string GitDeleted = "git.deleted";
}
