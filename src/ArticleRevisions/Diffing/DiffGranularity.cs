namespace ArticleRevisions.Diffing;

/// <summary>The smallest unit a comparison reports as changed.</summary>
public enum DiffGranularity
{
    /// <summary>Single characters (text elements) inside changed sentences.</summary>
    Character,

    /// <summary>Words, punctuation and white space inside changed sentences; the default.</summary>
    Word,

    /// <summary>Whole sentences inside changed paragraphs.</summary>
    Sentence,

    /// <summary>Whole paragraphs.</summary>
    Paragraph,
}
