namespace ArticleRevisions.Classification;

/// <summary>What kind of change one edit between two consecutive revisions is.</summary>
public enum EditLabel
{
    /// <summary>Only white space, line breaks or Markdown markup (heading marks, underlines, emphasis, list markers) changed.</summary>
    Formatting,

    /// <summary>Only punctuation or typography changed (quotes, dashes, ellipses, letter case of punctuation-adjacent text).</summary>
    Punctuation,

    /// <summary>A small edit inside one word (a typo fixed), or only the letter case of words changed.</summary>
    SpellingFix,

    /// <summary>A number or a date changed.</summary>
    NumberOrDate,

    /// <summary>A negation (not, no, never, не, ні, …) was added or removed.</summary>
    Negation,

    /// <summary>Text inside a quotation changed.</summary>
    Quotation,

    /// <summary>Text was added.</summary>
    TextAdded,

    /// <summary>Text was removed.</summary>
    TextRemoved,

    /// <summary>Text was replaced by different wording.</summary>
    Rewritten,

    /// <summary>A sentence or paragraph was moved unchanged, or nearly so.</summary>
    Moved,

    /// <summary>
    /// The title line (the headline) was reworded: an edit that lies within the first line of both texts where that
    /// line is a heading. Re-casing it, fixing a typo or changing its markup keeps the cosmetic labels.
    /// </summary>
    Headline,

    /// <summary>
    /// The edit puts back text an earlier revision took out, or the revision's whole text equals an earlier revision's
    /// (see <see cref="RevisionClassification.RevertsTo"/>). Only a whole history tells it: see
    /// <see cref="EditClassifier.Classify(Model.ArticleHistory)"/>. It says where the text came from, not how much it
    /// matters, so it leaves the verdict to the edit's other labels.
    /// </summary>
    Revert,
}
