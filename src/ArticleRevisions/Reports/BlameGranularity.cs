namespace ArticleRevisions.Reports;

/// <summary>What a <see cref="BlameReport"/> attributes to revisions.</summary>
public enum BlameGranularity
{
    /// <summary>Whole sentences.</summary>
    Sentence,

    /// <summary>Words, shown as runs of consecutive words with one origin.</summary>
    Word,
}
