namespace ArticleRevisions.Model;

/// <summary>The fields of a revision that its source suppressed (hid), so their values are unknown.</summary>
[Flags]
public enum SuppressedFields
{
    /// <summary>Nothing was suppressed.</summary>
    None = 0,

    /// <summary>The text was suppressed; the revision's text is empty and says nothing about the article.</summary>
    Text = 1,

    /// <summary>Who made the revision was suppressed; its editor is absent.</summary>
    Editor = 2,

    /// <summary>The edit summary was suppressed (a MediaWiki comment); its note is absent.</summary>
    Note = 4,
}
