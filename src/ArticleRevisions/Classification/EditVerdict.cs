namespace ArticleRevisions.Classification;

/// <summary>The overall judgement of a revision against the one before it.</summary>
public enum EditVerdict
{
    /// <summary>The first revision: nothing to compare with.</summary>
    Original,

    /// <summary>Only formatting, punctuation, spelling or position changed: the meaning is the same.</summary>
    Cosmetic,

    /// <summary>Words, numbers, negations or quotations changed: the meaning may differ.</summary>
    Substantive,
}
