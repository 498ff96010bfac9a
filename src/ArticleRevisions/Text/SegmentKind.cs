namespace ArticleRevisions.Text;

/// <summary>What a <see cref="Segment"/> of text holds.</summary>
/// <remarks>Each splitter of <see cref="TextSegmenter"/> produces only some of these kinds; its documentation says which.</remarks>
public enum SegmentKind
{
    /// <summary>A paragraph: one or more lines of text, beginning and ending with a character that is not white space.</summary>
    Paragraph,

    /// <summary>A sentence, beginning and ending with a character that is not white space.</summary>
    Sentence,

    /// <summary>A word: letters, marks and digits, with their inner apostrophes, hyphens and number separators.</summary>
    Word,

    /// <summary>One punctuation mark or symbol (an emoji among them), or a run of the same punctuation character such as <c>...</c>.</summary>
    Punctuation,

    /// <summary>A run of white space, line breaks included.</summary>
    Whitespace,
}
