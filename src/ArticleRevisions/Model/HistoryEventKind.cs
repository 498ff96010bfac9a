namespace ArticleRevisions.Model;

/// <summary>What a <see cref="HistoryEvent"/> records.</summary>
public enum HistoryEventKind
{
    /// <summary>The article's metadata (title, zone, source, language) changed; <see cref="HistoryEvent.Article"/> holds the new metadata.</summary>
    MetadataChanged,

    /// <summary>The source stopped serving the article (a 404 or 410, a redirect elsewhere, …).</summary>
    SourceGone,

    /// <summary>The source serves the article again after it was gone.</summary>
    SourceReturned,

    /// <summary>
    /// The text was extracted again from the same raw source (a better extractor), and only the extraction changed:
    /// <see cref="HistoryEvent.RevisionNumber"/> names the revision that holds the new extraction, which is not an edit
    /// by the publisher.
    /// </summary>
    ExtractionRerun,
}
